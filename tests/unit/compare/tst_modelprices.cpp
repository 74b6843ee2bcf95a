#include "compare/modelprices.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

TokenUsage usage(qint64 prompt, qint64 completion)
{
    TokenUsage usage;
    usage.promptTokens = prompt;
    usage.completionTokens = completion;
    usage.totalTokens = prompt + completion;
    return usage;
}

} // namespace

class TestModelPrices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString iniPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    // No built-in prices: they would go stale and show wrong costs.
    void startsEmpty()
    {
        QSettings settings(iniPath("empty.ini"), QSettings::IniFormat);
        const ModelPrices prices(&settings);
        QCOMPARE(prices.count(), 0);
        QVERIFY(prices.pricesForQml().isEmpty());
        QVERIFY(!prices.find(u"openai"_s, u"gpt-4o"_s));
        QVERIFY(!prices.cost(u"openai"_s, u"gpt-4o"_s, usage(10, 10)));
    }

    void providerPriceBeforeTheModelOnlyFallback()
    {
        ModelPrices prices(nullptr);
        QCOMPARE(prices.set({}, u"deepseek-chat"_s, 0.27, 1.10), QString());
        QCOMPARE(prices.set(u"router"_s, u"deepseek-chat"_s, 0.50, 2.00), QString());

        QCOMPARE(prices.find(u"router"_s, u"deepseek-chat"_s)->inputPerMillion, 0.50);
        QCOMPARE(prices.find(u"deepseek"_s, u"deepseek-chat"_s)->inputPerMillion, 0.27);
        QCOMPARE(prices.find({}, u"deepseek-chat"_s)->inputPerMillion, 0.27);
        QVERIFY(!prices.find(u"router"_s, u"deepseek-reasoner"_s));

        // 1M prompt and 1M completion tokens at each price.
        QCOMPARE(*prices.cost(u"router"_s, u"deepseek-chat"_s, usage(1'000'000, 1'000'000)), 2.50);
        QCOMPARE(*prices.cost(u"other"_s, u"deepseek-chat"_s, usage(1'000'000, 1'000'000)), 1.37);
        QCOMPARE(*prices.cost(u"other"_s, u"deepseek-chat"_s, usage(2000, 500)), 0.00109);
        TokenUsage unknown;
        unknown.completionTokens = 10;
        QVERIFY(!prices.cost(u"other"_s, u"deepseek-chat"_s, unknown));
    }

    void settingAgainReplaces()
    {
        ModelPrices prices(nullptr);
        QSignalSpy changed(&prices, &ModelPrices::changed);
        QCOMPARE(prices.set(u"p"_s, u"m"_s, 1, 2), QString());
        QCOMPARE(prices.set(u" p "_s, u"m "_s, 3, 4, 0.5), QString()); // trimmed: the same key
        QCOMPARE(prices.count(), 1);
        QCOMPARE(prices.entries().constFirst().inputPerMillion, 3.0);
        QCOMPARE(prices.entries().constFirst().cachedInputPerMillion, 0.5);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(prices.set(u"p"_s, u"m"_s, 3, 4, 0.5), QString()); // nothing new
        QCOMPARE(changed.count(), 2);
        // Any negative optional price means "not set".
        QCOMPARE(prices.set(u"p"_s, u"m"_s, 3, 4, -7), QString());
        QCOMPARE(prices.entries().constFirst().cachedInputPerMillion, -1.0);
    }

    void badPricesAreRefused_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("output");
        QTest::addColumn<double>("cached");
        QTest::newRow("no model") << u"  "_s << 1.0 << 1.0 << -1.0;
        QTest::newRow("negative input") << u"m"_s << -1.0 << 1.0 << -1.0;
        QTest::newRow("negative output") << u"m"_s << 1.0 << -0.01 << -1.0;
        QTest::newRow("not a number")
            << u"m"_s << std::numeric_limits<double>::quiet_NaN() << 1.0 << -1.0;
        QTest::newRow("infinite") << u"m"_s << 1.0 << std::numeric_limits<double>::infinity()
                                  << -1.0;
        QTest::newRow("a typo") << u"m"_s << 1.0 << 250'000.0 << -1.0;
        QTest::newRow("cached too") << u"m"_s << 1.0 << 1.0 << 1e9;
    }
    void badPricesAreRefused()
    {
        QFETCH(QString, model);
        QFETCH(double, input);
        QFETCH(double, output);
        QFETCH(double, cached);
        ModelPrices prices(nullptr);
        QSignalSpy changed(&prices, &ModelPrices::changed);
        QVERIFY(!prices.set(u"p"_s, model, input, output, cached).isEmpty());
        QCOMPARE(prices.count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void removeTakesOnlyThatEntry()
    {
        ModelPrices prices(nullptr);
        prices.set({}, u"m"_s, 1, 1);
        prices.set(u"p"_s, u"m"_s, 2, 2);
        QVERIFY(prices.remove(u"p"_s, u"m"_s));
        QVERIFY(!prices.remove(u"p"_s, u"m"_s));
        QCOMPARE(prices.count(), 1);
        QCOMPARE(prices.find(u"p"_s, u"m"_s)->inputPerMillion, 1.0); // the fallback now
    }

    void qmlSeesAListOfMaps()
    {
        ModelPrices prices(nullptr);
        prices.set(u"p"_s, u"zeta"_s, 1, 2);
        prices.set({}, u"Alpha"_s, 3, 4, -1, 8);
        prices.set(u"a"_s, u"zeta"_s, 5, 6);
        const QVariantList list = prices.property("prices").toList();
        QCOMPARE(list.size(), 3);
        QCOMPARE(prices.property("count").toInt(), 3);
        // By model (ignoring case), then provider.
        QCOMPARE(list.at(0).toMap().value(u"model"_s).toString(), u"Alpha"_s);
        QCOMPARE(list.at(1).toMap().value(u"providerId"_s).toString(), u"a"_s);
        QCOMPARE(list.at(2).toMap().value(u"providerId"_s).toString(), u"p"_s);
        const QVariantMap alpha = list.at(0).toMap();
        QCOMPARE(alpha.value(u"inputPerMillion"_s).toDouble(), 3.0);
        QCOMPARE(alpha.value(u"outputPerMillion"_s).toDouble(), 4.0);
        QCOMPARE(alpha.value(u"cachedInputPerMillion"_s).toDouble(), -1.0);
        QCOMPARE(alpha.value(u"reasoningPerMillion"_s).toDouble(), 8.0);
        QCOMPARE(prices.price({}, u"Alpha"_s), alpha);
        QVERIFY(prices.price(u"p"_s, u"Alpha"_s).isEmpty()); // exact entries only

        // Through the meta-object, as QML calls them.
        QString problem;
        QVERIFY(QMetaObject::invokeMethod(&prices, "set", Q_RETURN_ARG(QString, problem),
                                          Q_ARG(QString, u"q"_s), Q_ARG(QString, u"m"_s),
                                          Q_ARG(double, 1.0), Q_ARG(double, 2.0)));
        QCOMPARE(problem, QString());
        bool removed = false;
        QVERIFY(QMetaObject::invokeMethod(&prices, "remove", Q_RETURN_ARG(bool, removed),
                                          Q_ARG(QString, u"q"_s), Q_ARG(QString, u"m"_s)));
        QVERIFY(removed);
    }

    // The table survives a restart (and reaches confab-cli) through the settings file.
    void roundTripThroughTheSettingsFile()
    {
        const QString path = iniPath("prices.ini");
        ModelPrice full;
        full.providerId = u"openai"_s;
        full.model = u"gpt-4o"_s;
        full.inputPerMillion = 2.5;
        full.outputPerMillion = 10;
        full.cachedInputPerMillion = 1.25;
        full.reasoningPerMillion = 12;
        {
            QSettings settings(path, QSettings::IniFormat);
            ModelPrices prices(&settings);
            QCOMPARE(prices.setPrice(full), QString());
            QCOMPARE(prices.set({}, u"llama3.2"_s, 0, 0), QString());
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            const ModelPrices prices(&settings);
            QCOMPARE(prices.count(), 2);
            QCOMPARE(*prices.find(u"openai"_s, u"gpt-4o"_s), full);
            QCOMPARE(*prices.cost(u"ollama"_s, u"llama3.2"_s, usage(100, 100)), 0.0);
        }

        // Another process edits the file; reload() picks it up. Broken entries are skipped.
        QSettings other(path, QSettings::IniFormat);
        QSettings settings(path, QSettings::IniFormat);
        ModelPrices prices(&settings);
        other.beginWriteArray(ModelPrices::settingsGroup, 4);
        other.setArrayIndex(2);
        other.setValue(u"json"_s,
                       u"{\"model\":\"new\",\"inputPerMillion\":1,\"outputPerMillion\":2}"_s);
        other.setArrayIndex(3);
        other.setValue(u"json"_s, u"{\"model\":\"bad\",\"inputPerMillion\":\"free\"}"_s);
        other.endArray();
        other.sync();
        QSignalSpy changed(&prices, &ModelPrices::changed);
        prices.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(prices.count(), 3);
        QVERIFY(prices.find({}, u"new"_s));
        QVERIFY(!prices.find({}, u"bad"_s));
    }
};

QTEST_MAIN(TestModelPrices)
#include "tst_modelprices.moc"
