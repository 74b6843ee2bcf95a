#include "providers/secretstore.h"
#include "secretservicecheck.h"

#include <QDBusConnection>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using Status = SecretResult::Status;

namespace {

// Every fake key carries this marker, so a search of logs and files cannot miss one.
constexpr auto keyMarker = "sk-confab-test"_L1;
constexpr auto childArgument = "--without-keychain"_L1;
constexpr int keychainTimeoutMs = 30'000;

QString fakeKey(const QString &tag)
{
    return keyMarker + u'-' + tag + u"-7f3a9c"_s;
}

// 200 characters (code points), some outside the BMP.
QString longUnicodeKey()
{
    QString key = keyMarker + u'-';
    const QList<char32_t> pieces = {U'к', U'é', U'漢', U'🔑', U'ß', U'ø'};
    for (int i = 0; key.toUcs4().size() < 200; ++i)
        key += QString::fromUcs4(&pieces[i % pieces.size()], 1);
    return key;
}

QString uniqueService()
{
    return u"Confab-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The asynchronous call's result, after checking that it did not arrive from inside the call.
SecretResult waitAsync(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    if (result)
        qFatal("a SecretStore callback was called from inside the call");
    if (!QTest::qWaitFor([&] { return result.has_value(); }, keychainTimeoutMs))
        qFatal("a SecretStore callback never came");
    return *result;
}

bool logLeakedKey = false;
QtMessageHandler previousHandler = nullptr;

void watchForKeys(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(keyMarker))
        logLeakedKey = true;
    previousHandler(type, context, message);
}

} // namespace

// Against the real Secret Service (scripts/test runs one), under a service name of its own.
class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_service;
    QString m_whyNoKeychain;
    QStringList m_usedIds;

    QString providerId(const QString &name)
    {
        m_usedIds += name;
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(watchForKeys);
        m_service = uniqueService();
        m_whyNoKeychain = whySecretServiceUnusable(m_service);
    }

    void init()
    {
        const bool needsKeychain
            = qstrcmp(QTest::currentTestFunction(), "withoutKeychainNothingIsStored") != 0;
        if (needsKeychain && !m_whyNoKeychain.isEmpty())
            QSKIP(qPrintable(m_whyNoKeychain));
    }

    void cleanup()
    {
        SecretStore store(m_service);
        for (const QString &id : std::as_const(m_usedIds))
            store.removeNow(id); // leave no entry behind in a real keyring
        m_usedIds.clear();
        QVERIFY2(!logLeakedKey, "a key reached the log");
    }

    void storesReadsReplacesAndDeletes()
    {
        const QString id = providerId(u"openai"_s);
        SecretStore store(m_service);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);

        QCOMPARE(store.writeNow(id, fakeKey(u"one"_s)).status, Status::Ok);
        SecretResult read = SecretStore(m_service).readNow(id); // a new store: no memory
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.key, fakeKey(u"one"_s));
        QVERIFY(!read.fromMemory);
        read = store.readNow(id);
        QCOMPARE(read.key, fakeKey(u"one"_s));
        QVERIFY(read.fromMemory);

        QCOMPARE(store.writeNow(id, fakeKey(u"two"_s)).status, Status::Ok);
        QCOMPARE(store.readNow(id).key, fakeKey(u"two"_s));
        QCOMPARE(SecretStore(m_service).readNow(id).key, fakeKey(u"two"_s));

        QCOMPARE(store.removeNow(id).status, Status::Ok);
        read = store.readNow(id);
        QCOMPARE(read.status, Status::NotFound);
        QVERIFY(read.key.isEmpty());
        QCOMPARE(SecretStore(m_service).readNow(id).status, Status::NotFound);

        QVERIFY(!store.isUnavailable());
        QVERIFY(store.unavailableMessage().isEmpty());
        QCOMPARE(availability.size(), 0);
    }

    void asynchronousCallsDoTheSame()
    {
        const QString id = providerId(u"mistral"_s);
        SecretStore store(m_service);
        const QString key = fakeKey(u"async"_s);

        QCOMPARE(waitAsync([&](auto done) { store.write(id, key, done); }).status, Status::Ok);
        SecretStore fresh(m_service);
        SecretResult read = waitAsync([&](auto done) { fresh.read(id, done); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.key, key);
        QVERIFY(!read.fromMemory);
        read = waitAsync([&](auto done) { fresh.read(id, done); });
        QCOMPARE(read.key, key);
        QVERIFY(read.fromMemory);

        QCOMPARE(waitAsync([&](auto done) { store.remove(id, done); }).status, Status::Ok);
        SecretStore another(m_service); // alive until its callback: a store's end cancels them
        read = waitAsync([&](auto done) { another.read(id, done); });
        QCOMPARE(read.status, Status::NotFound);
    }

    void keepsProvidersApart()
    {
        const QString a = providerId(u"provider-a"_s), b = providerId(u"provider-b"_s);
        SecretStore store(m_service);
        QCOMPARE(store.writeNow(a, fakeKey(u"a"_s)).status, Status::Ok);
        QCOMPARE(SecretStore(m_service).readNow(b).status, Status::NotFound);
        QCOMPARE(store.writeNow(b, fakeKey(u"b"_s)).status, Status::Ok);

        SecretStore fresh(m_service);
        QCOMPARE(fresh.readNow(a).key, fakeKey(u"a"_s));
        QCOMPARE(fresh.readNow(b).key, fakeKey(u"b"_s));
        QCOMPARE(store.removeNow(a).status, Status::Ok);
        QCOMPARE(SecretStore(m_service).readNow(a).status, Status::NotFound);
        QCOMPARE(SecretStore(m_service).readNow(b).key, fakeKey(u"b"_s));

        // Another service name (another app, or the real "Confab") is another set of entries.
        QCOMPARE(SecretStore(uniqueService()).readNow(b).status, Status::NotFound);
    }

    void keepsLongUnicodeKeys()
    {
        const QString id = providerId(u"unicode"_s);
        const QString key = longUnicodeKey();
        QCOMPARE(key.toUcs4().size(), 200);
        QCOMPARE(SecretStore(m_service).writeNow(id, key).status, Status::Ok);
        QCOMPARE(SecretStore(m_service).readNow(id).key, key);
    }

    void writingEndsKeepingForThisRunOnly()
    {
        const QString id = providerId(u"kept"_s);
        SecretStore store(m_service);
        store.keepForThisRun(id, fakeKey(u"kept"_s));
        QVERIFY(store.isKeptForThisRunOnly(id));
        QCOMPARE(SecretStore(m_service).readNow(id).status, Status::NotFound); // not stored
        QCOMPARE(store.writeNow(id, fakeKey(u"kept"_s)).status, Status::Ok);
        QVERIFY(!store.isKeptForThisRunOnly(id));
        QCOMPARE(SecretStore(m_service).readNow(id).key, fakeKey(u"kept"_s));
    }

    // This binary again, with a D-Bus address that leads nowhere and an empty home.
    void withoutKeychainNothingIsStored()
    {
#ifndef Q_OS_LINUX
        QSKIP("Only the Secret Service is reached over D-Bus; elsewhere it cannot be taken away.");
#else
        QTemporaryDir home, runtime;
        QVERIFY(home.isValid() && runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        for (const auto name :
             {"XDG_CONFIG_HOME"_L1, "XDG_DATA_HOME"_L1, "XDG_CACHE_HOME"_L1, "XDG_STATE_HOME"_L1})
            env.remove(name); // so that they, too, lie inside the empty home
        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home.path());
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {childArgument});
        QVERIFY(child.waitForFinished(120'000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("Totals: 4 passed, 0 failed, 0 skipped"), output.constData());
        QVERIFY2(!output.contains(keyMarker.latin1()), "the child printed a key");

        for (const QString &dir : {home.path(), runtime.path()}) {
            QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                const QString key = fakeKey(u"offline"_s);
                const bool found = bytes.contains(key.toUtf8())
                    || bytes.contains(key.toUtf8().toBase64())
                    || bytes.contains(QByteArrayView(reinterpret_cast<const char *>(key.utf16()),
                                                     key.size() * 2));
                QVERIFY2(!found, qPrintable(u"the key was written to "_s + file.fileName()));
            }
        }
#endif
    }
};

// Run by withoutKeychainNothingIsStored() in a child process that has no Secret Service.
class TestSecretStoreWithoutKeychain : public QObject
{
    Q_OBJECT

    const QString m_key = fakeKey(u"offline"_s);

private Q_SLOTS:
    void initTestCase() { QVERIFY(!QDBusConnection::sessionBus().isConnected()); }

    void everyOperationIsUnavailable()
    {
        SecretStore store(uniqueService());
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        QVERIFY(!store.isUnavailable()); // nothing is known before the first job

        const SecretResult written = store.writeNow(u"openai"_s, m_key);
        QCOMPARE(written.status, Status::Unavailable);
        QVERIFY(!written.message.isEmpty());
        QVERIFY(!written.message.contains(m_key));
        QVERIFY(store.isUnavailable());
        QVERIFY(store.unavailableMessage().contains(written.message));
        QVERIFY(store.unavailableMessage().size() > written.message.size()); // the sentence
        QCOMPARE(availability.size(), 1);

        for (const SecretResult &result :
             {store.readNow(u"openai"_s), store.removeNow(u"openai"_s),
              waitAsync([&](auto done) { store.read(u"openai"_s, done); }),
              waitAsync([&](auto done) { store.write(u"openai"_s, m_key, done); }),
              waitAsync([&](auto done) { store.remove(u"openai"_s, done); })}) {
            QCOMPARE(result.status, Status::Unavailable);
            QVERIFY(!result.message.isEmpty());
            QVERIFY(result.key.isEmpty());
            QVERIFY(!result.message.contains(m_key));
        }
        QVERIFY(!store.isKeptForThisRunOnly(u"openai"_s)); // a failed write keeps nothing
    }

    void keepsForThisRunInMemory()
    {
        SecretStore store(uniqueService());
        QCOMPARE(store.writeNow(u"openai"_s, m_key).status, Status::Unavailable);
        store.keepForThisRun(u"openai"_s, m_key);
        QVERIFY(store.isKeptForThisRunOnly(u"openai"_s));
        QVERIFY(!store.isKeptForThisRunOnly(u"other"_s));

        SecretResult read = waitAsync([&](auto done) { store.read(u"openai"_s, done); });
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.key, m_key);
        QVERIFY(read.fromMemory);
        read = store.readNow(u"openai"_s);
        QCOMPARE(read.key, m_key);
        QVERIFY(read.fromMemory);
        QCOMPARE(store.readNow(u"other"_s).status, Status::Unavailable);

        store.removeNow(u"openai"_s); // forgets it even though the keychain cannot be reached
        QVERIFY(!store.isKeptForThisRunOnly(u"openai"_s));
        QCOMPARE(store.readNow(u"openai"_s).status, Status::Unavailable);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (argc > 1 && childArgument == QLatin1StringView(argv[1])) {
        TestSecretStoreWithoutKeychain test;
        return QTest::qExec(&test, QStringList {app.arguments().constFirst()});
    }
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
