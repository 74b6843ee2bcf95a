#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// The outcome of one keychain operation.
struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable };
    Status status = Status::Ok;
    QString key; // read: the key (Ok) — never logged
    QString message; // Unavailable: the backend's own words, for people (never contains a key)
    bool fromMemory = false; // read: served from this run's memory (no keychain involved)
};

// API keys in the OS keychain (one entry per provider id under one service name), and in
// memory while the app runs. Nowhere else: not in settings, files, logs or messages.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service = QStringLiteral("Confab"),
                         QObject *parent = nullptr);

    using Callback = std::function<void(const SecretResult &)>;
    // Asynchronous: `done` is always called later from the event loop, never from inside.
    void read(const QString &providerId, Callback done); // memory first, then the keychain
    void write(const QString &providerId, const QString &key, Callback done);
    void remove(const QString &providerId, Callback done); // clears memory at once

    // Blocking variants for confab-cli (spin a local QEventLoop).
    SecretResult readNow(const QString &providerId);
    SecretResult writeNow(const QString &providerId, const QString &key);
    SecretResult removeNow(const QString &providerId);

    // The fallback when the keychain is unavailable: kept in memory for this run only.
    void keepForThisRun(const QString &providerId, const QString &key);
    bool isKeptForThisRunOnly(const QString &providerId) const;

    // True when the last keychain job failed with an error other than EntryNotFound.
    bool isUnavailable() const;
    // That job's errorString(), prefixed with a sentence a person understands; else empty.
    QString unavailableMessage() const;

Q_SIGNALS:
    void availabilityChanged(); // isUnavailable() or unavailableMessage() changed

private:
    using OnSuccess = std::function<void(SecretResult &)>;
    void run(QKeychain::Job *job, const QString &providerId, const QString &secretToHide,
             OnSuccess onSuccess, Callback done);
    void deliver(const Callback &done, const SecretResult &result);
    void setBackendError(const QString &errorString);
    SecretResult waitFor(const std::function<void(Callback)> &start);

    QString m_service;
    QHash<QString, QString> m_keys; // provider id -> key, read or written this run
    QSet<QString> m_keptOnly; // provider ids whose key is in memory only
    QString m_backendError; // the last job's errorString(); empty when it reached the keychain
};
