#include "providers/providerpresets.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProviderPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsLoad()
    {
        QVERIFY2(ProviderPresets::all().size() >= 12, "presets.json did not load completely");
    }

    void everyPresetIsUsable()
    {
        QSet<QString> ids;
        for (const Provider &preset : ProviderPresets::all()) {
            QVERIFY2(!preset.id.isEmpty(), qPrintable(preset.name));
            QVERIFY2(!ids.contains(preset.id), qPrintable(preset.id));
            ids.insert(preset.id);
            QVERIFY2(!preset.name.isEmpty(), qPrintable(preset.id));
            if (preset.id == ProviderPresets::customId) {
                QVERIFY(preset.baseUrl.isEmpty());
                QVERIFY(preset.presetId.isEmpty());
                QVERIFY(!preset.keyRequired);
                continue;
            }
            QCOMPARE(preset.presetId, preset.id);
            QVERIFY2(preset.baseUrl.isValid(), qPrintable(preset.id));
            QVERIFY2(preset.baseUrl.scheme() == "https"_L1 || preset.baseUrl.scheme() == "http"_L1,
                     qPrintable(preset.id));
            QVERIFY2(!preset.baseUrl.host().isEmpty(), qPrintable(preset.id));
            // Remote services are reached over TLS; only local servers use plain http.
            if (preset.keyRequired)
                QCOMPARE(preset.baseUrl.scheme(), u"https"_s);
            QVERIFY2(!preset.docsUrl.isEmpty(), qPrintable(preset.id));
            QVERIFY(QUrl(preset.docsUrl).scheme() == "https"_L1);
        }
    }

    void presetsRoundTripThroughJson()
    {
        for (const Provider &preset : ProviderPresets::all()) {
            const std::optional<Provider> copy = Provider::fromJson(preset.toJson());
            QVERIFY2(copy.has_value(), qPrintable(preset.id));
            QCOMPARE(*copy, preset);
        }
    }

    void knownPresets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("keyRequired");
        auto row = [](const char *id, const char *url, bool key) {
            QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(url) << key;
        };
        row("openai", "https://api.openai.com/v1", true);
        row("deepseek", "https://api.deepseek.com/v1", true);
        row("openrouter", "https://openrouter.ai/api/v1", true);
        row("crazyrouter", "https://crazyrouter.com/v1", true);
        row("costrouter", "https://costrouter.ai/v1", true);
        row("gemini", "https://generativelanguage.googleapis.com/v1beta/openai", true);
        row("groq", "https://api.groq.com/openai/v1", true);
        row("mistral", "https://api.mistral.ai/v1", true);
        row("xai", "https://api.x.ai/v1", true);
        row("ollama", "http://localhost:11434/v1", false);
        row("lmstudio", "http://localhost:1234/v1", false);
        row("custom", "", false);
    }

    void knownPresets()
    {
        QFETCH(QString, id);
        QFETCH(QString, baseUrl);
        QFETCH(bool, keyRequired);
        const std::optional<Provider> preset = ProviderPresets::find(id);
        QVERIFY(preset.has_value());
        QCOMPARE(preset->baseUrl.toString(), baseUrl);
        QCOMPARE(preset->keyRequired, keyRequired);
    }

    void quirksAndExtras()
    {
        const Provider openai = *ProviderPresets::find(u"openai"_s);
        QVERIFY(openai.quirks.maxCompletionTokens);
        const Provider openRouter = *ProviderPresets::find(u"openrouter"_s);
        QCOMPARE(openRouter.quirks.reasoningField, u"reasoning"_s);
        const QPair<QByteArray, QByteArray> title {"X-Title", "Confab"};
        QVERIFY(openRouter.extraHeaders.contains(title));
        QCOMPARE(ProviderPresets::find(u"deepseek"_s)->defaultModel, u"deepseek-chat"_s);
        QVERIFY(!ProviderPresets::note(u"crazyrouter"_s).isEmpty());
        QVERIFY(!ProviderPresets::note(u"costrouter"_s).isEmpty());
        QVERIFY(ProviderPresets::note(u"openai"_s).isEmpty());
        QVERIFY(!ProviderPresets::find(u"nonexistent"_s).has_value());
    }

    void parseSkipsBadEntries()
    {
        const QByteArray json
            = "{\"presets\": ["
              "{\"id\": \"a\", \"name\": \"A\", \"baseUrl\": \"https://a.example/v1\"},"
              "{\"id\": \"b\", \"name\": \"B\"},"
              "{\"id\": \"c\", \"name\": \"C\", \"baseUrl\": \"ftp://c.example\"},"
              "42,"
              "{\"id\": \"d\", \"name\": \"D\", \"baseUrl\": \"http://d.example\","
              " \"unknown\": [1, 2]}"
              "]}";
        QStringList problems;
        const QList<Provider> presets = ProviderPresets::parse(json, &problems);
        QCOMPARE(presets.size(), 2);
        QCOMPARE(presets.at(0).id, u"a"_s);
        QCOMPARE(presets.at(1).id, u"d"_s);
        QCOMPARE(problems.size(), 3);
        QVERIFY(ProviderPresets::parse("not json", &problems).isEmpty());
    }

    void fromJsonRejectsHeaderInjection()
    {
        QJsonObject json {{"id"_L1, u"x"_s}, {"name"_L1, u"X"_s}, {"baseUrl"_L1, u""_s}};
        json.insert("extraHeaders"_L1, QJsonObject {{"X-Title"_L1, u"a\r\nAuthorization: b"_s}});
        QString error;
        QVERIFY(!Provider::fromJson(json, &error).has_value());
        QVERIFY(!error.isEmpty());
        json.insert("extraHeaders"_L1, QJsonObject {{"Bad Name"_L1, u"v"_s}});
        QVERIFY(!Provider::fromJson(json).has_value());
    }
};

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"
