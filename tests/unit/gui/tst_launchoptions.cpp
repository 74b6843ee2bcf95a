#include "launchoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        qunsetenv("CONFAB_BASE_URL");
        const LaunchOptions options = LaunchOptions::parse({u"confab"_s});
        QVERIFY(options.error.isEmpty());
        QVERIFY(!options.demo);
        QVERIFY(options.baseUrl.isEmpty());
        QCOMPARE(options.apiKeyVariable, u"CONFAB_API_KEY"_s);
        QCOMPARE(options.colorScheme, LaunchOptions::ColorScheme::System);
    }

    void endpointAndScheme()
    {
        const LaunchOptions options = LaunchOptions::parse(
            {u"confab"_s, u"--base-url"_s, u"http://localhost:11434/v1"_s, u"--api-key-env"_s,
             u"MY_KEY"_s, u"--model"_s, u"llama3"_s, u"--color-scheme"_s, u"dark"_s});
        QVERIFY(options.error.isEmpty());
        QCOMPARE(options.baseUrl, QUrl(u"http://localhost:11434/v1"_s));
        QCOMPARE(options.apiKeyVariable, u"MY_KEY"_s);
        QCOMPARE(options.model, u"llama3"_s);
        QCOMPARE(options.colorScheme, LaunchOptions::ColorScheme::Dark);
    }

    void demo() { QVERIFY(LaunchOptions::parse({u"confab"_s, u"--demo"_s}).demo); }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("not http") << QStringList {u"confab"_s, u"--base-url"_s, u"ftp://x/v1"_s};
        QTest::addRow("no host") << QStringList {u"confab"_s, u"--base-url"_s, u"http:///v1"_s};
        QTest::addRow("scheme") << QStringList {u"confab"_s, u"--color-scheme"_s, u"purple"_s};
        QTest::addRow("unknown") << QStringList {u"confab"_s, u"--api-key"_s, u"sk-1"_s};
    }

    void mistakesAreExplained()
    {
        QFETCH(QStringList, arguments);
        const LaunchOptions options = LaunchOptions::parse(arguments);
        QVERIFY(!options.error.isEmpty());
        QVERIFY(!options.error.contains(u"sk-1")); // a key typed by mistake is not echoed
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
