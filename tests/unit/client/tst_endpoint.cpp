#include "client/endpoint.h"

#include <QTest>

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlForJoinsPaths_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no slash") << QStringLiteral("https://api.openai.com/v1")
                                  << QStringLiteral("https://api.openai.com/v1/chat/completions");
        QTest::newRow("trailing slash")
            << QStringLiteral("https://api.deepseek.com/v1/")
            << QStringLiteral("https://api.deepseek.com/v1/chat/completions");
        QTest::newRow("deeper path")
            << QStringLiteral("https://generativelanguage.googleapis.com/v1beta/openai")
            << QStringLiteral(
                   "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions");
        QTest::newRow("root") << QStringLiteral("http://localhost:1234")
                              << QStringLiteral("http://localhost:1234/chat/completions");
        QTest::newRow("query kept")
            << QStringLiteral("https://example.azure.com/openai?api-version=1")
            << QStringLiteral("https://example.azure.com/openai/chat/completions?api-version=1");
    }

    void urlForJoinsPaths()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(base);
        QCOMPARE(endpoint.urlFor(QStringLiteral("chat/completions")).toString(), expected);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << QStringLiteral("https://api.x.com/v1")
                              << QStringLiteral("https://API.x.com/v2/y") << true;
        QTest::newRow("default port") << QStringLiteral("https://api.x.com/")
                                      << QStringLiteral("https://api.x.com:443/") << true;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:80/")
                                    << QStringLiteral("http://127.0.0.1:81/") << false;
        QTest::newRow("other scheme")
            << QStringLiteral("https://api.x.com/") << QStringLiteral("http://api.x.com/") << false;
        QTest::newRow("subdomain") << QStringLiteral("https://api.x.com/")
                                   << QStringLiteral("https://evil.api.x.com/") << false;
        QTest::newRow("localhost vs ip") << QStringLiteral("http://localhost:5/")
                                         << QStringLiteral("http://127.0.0.1:5/") << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Endpoint::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void nameFallsBackToTheHost()
    {
        Endpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
        QCOMPARE(endpoint.name(), QStringLiteral("openrouter.ai"));
        endpoint.displayName = QStringLiteral("OpenRouter");
        QCOMPARE(endpoint.name(), QStringLiteral("OpenRouter"));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
