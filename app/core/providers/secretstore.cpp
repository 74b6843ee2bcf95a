#include "secretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

#include <optional>

using namespace Qt::StringLiterals;

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void SecretStore::read(const QString &providerId, Callback done)
{
    // Once known, a key is served from memory: the keychain is asked once per run, not
    // once per request (and may prompt the person each time it is asked).
    if (const auto it = m_keys.constFind(providerId); it != m_keys.cend()) {
        SecretResult result;
        result.key = *it;
        result.fromMemory = true;
        deliver(done, result);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    run(
        job, providerId, {},
        [this, job, providerId](SecretResult &result) {
            result.key = job->textData();
            m_keys.insert(providerId, result.key);
        },
        std::move(done));
}

void SecretStore::write(const QString &providerId, const QString &key, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(key);
    run(
        job, providerId, key,
        [this, providerId, key](SecretResult &) {
            m_keys.insert(providerId, key);
            m_keptOnly.remove(providerId);
        },
        std::move(done));
}

void SecretStore::remove(const QString &providerId, Callback done)
{
    // The person asked for the key to be gone: forget it here even if the keychain fails.
    m_keys.remove(providerId);
    m_keptOnly.remove(providerId);
    run(new QKeychain::DeletePasswordJob(m_service), providerId, {}, {}, std::move(done));
}

SecretResult SecretStore::readNow(const QString &providerId)
{
    return waitFor([&](Callback done) { read(providerId, std::move(done)); });
}

SecretResult SecretStore::writeNow(const QString &providerId, const QString &key)
{
    return waitFor([&](Callback done) { write(providerId, key, std::move(done)); });
}

SecretResult SecretStore::removeNow(const QString &providerId)
{
    return waitFor([&](Callback done) { remove(providerId, std::move(done)); });
}

void SecretStore::keepForThisRun(const QString &providerId, const QString &key)
{
    m_keys.insert(providerId, key);
    m_keptOnly.insert(providerId);
}

bool SecretStore::isKeptForThisRunOnly(const QString &providerId) const
{
    return m_keptOnly.contains(providerId);
}

bool SecretStore::isUnavailable() const
{
    return !m_backendError.isEmpty();
}

QString SecretStore::unavailableMessage() const
{
    if (m_backendError.isEmpty())
        return {};
    return tr("The system keychain could not be used, so API keys cannot be stored securely. "
              "The keychain said: %1")
        .arg(m_backendError);
}

void SecretStore::run(QKeychain::Job *job, const QString &providerId, const QString &secretToHide,
                      OnSuccess onSuccess, Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file instead of the keychain
    job->setKey(providerId);
    // No parent: a running job outlives a destroyed store safely; the context object
    // `this` drops the connection, so no callback reaches a store that is gone.
    connect(job, &QKeychain::Job::finished, this,
            [this, secretToHide, onSuccess = std::move(onSuccess),
             done = std::move(done)](QKeychain::Job *finished) {
                SecretResult result;
                if (finished->error() == QKeychain::NoError) {
                    if (onSuccess)
                        onSuccess(result);
                } else if (finished->error() == QKeychain::EntryNotFound) {
                    result.status = SecretResult::Status::NotFound;
                } else {
                    // QtKeychain 0.13 has no isAvailable(), and without a usable Secret
                    // Service every job fails with OtherError: any other error means
                    // "unavailable", explained in the backend's own words.
                    result.status = SecretResult::Status::Unavailable;
                    result.message = finished->errorString();
                    if (result.message.isEmpty())
                        result.message
                            = tr("The keychain reported error %1.").arg(int(finished->error()));
                    // Backends do not echo secrets, but a message must never carry one.
                    for (const QString &secret : {secretToHide, m_keys.value(finished->key())})
                        if (!secret.isEmpty())
                            result.message.replace(secret, u"…"_s);
                }
                setBackendError(result.message);
                deliver(done, result);
            });
    job->start();
}

void SecretStore::deliver(const Callback &done, const SecretResult &result)
{
    // Always from the event loop, so callers see one order whether the keychain answered
    // at once, later, or not at all (memory).
    if (done)
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void SecretStore::setBackendError(const QString &errorString)
{
    // Also when only the words change: a banner that shows them stays current.
    if (m_backendError == errorString)
        return;
    m_backendError = errorString;
    Q_EMIT availabilityChanged();
}

SecretResult SecretStore::waitFor(const std::function<void(Callback)> &start)
{
    std::optional<SecretResult> result;
    QEventLoop loop;
    start([&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
