#include "providers/providerpresets.h"
#include "providers/providerregistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestProviderRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

    QByteArray fileContents() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static Provider customProvider(const QString &name)
    {
        Provider provider;
        provider.name = name;
        provider.baseUrl = QUrl(u"https://llm.example.com/v1"_s);
        return provider;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
    }

    void freshRegistryIsEmpty()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        QVERIFY(registry.providers().isEmpty());
        QVERIFY(registry.lastUsedProviderId().isEmpty());
    }

    void addFromPresetKeepsPresetIdThenMakesNamesUnique()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        QSignalSpy changed(&registry, &ProviderRegistry::changed);
        const Provider first = registry.addFromPreset(u"openai"_s);
        QCOMPARE(first.id, u"openai"_s);
        QCOMPARE(first.presetId, u"openai"_s);
        QCOMPARE(first.name, u"OpenAI"_s);
        const Provider second = registry.addFromPreset(u"openai"_s);
        QVERIFY(second.id.startsWith(u"custom-"_s));
        QCOMPARE(second.id.size(), 15);
        QCOMPARE(second.presetId, u"openai"_s);
        QCOMPARE(second.name, u"OpenAI 2"_s);
        QCOMPARE(registry.addFromPreset(u"openai"_s).name, u"OpenAI 3"_s);
        QCOMPARE(changed.count(), 3);
        QVERIFY(registry.addFromPreset(u"no-such-preset"_s).id.isEmpty());
        QCOMPARE(registry.providers().size(), 3);

        const Provider custom = registry.addFromPreset(u"custom"_s);
        QVERIFY(custom.id.startsWith(u"custom-"_s));
        QVERIFY(custom.presetId.isEmpty());
    }

    void addAssignsIdAndUniqueName()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        const Provider a = registry.add(customProvider(u"Work"_s));
        QVERIFY(a.id.startsWith(u"custom-"_s));
        const Provider b = registry.add(customProvider(u"work"_s)); // names ignore case
        QCOMPARE(b.name, u"work 2"_s);
        QVERIFY(a.id != b.id);
        Provider sameId = customProvider(u"Other"_s);
        sameId.id = a.id;
        QVERIFY(registry.add(sameId).id != a.id);
        QCOMPARE(registry.add(customProvider(QString())).name, u"llm.example.com"_s);
    }

    void findByIdThenName()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        const Provider openai = registry.addFromPreset(u"openai"_s);
        registry.add(customProvider(u"deepseek"_s));
        // The name "deepseek" is taken, the id is not: id "deepseek", name "DeepSeek 2".
        const Provider deepseek = registry.addFromPreset(u"deepseek"_s);
        QCOMPARE(deepseek.name, u"DeepSeek 2"_s);
        QCOMPARE(registry.find(u"openai"_s)->id, openai.id);
        QCOMPARE(registry.find(u"OPENAI"_s)->id, openai.id);
        QCOMPARE(registry.find(u"deepseek"_s)->id, deepseek.id); // id wins over a name
        QCOMPARE(registry.find(u"deepseek 2"_s)->id, deepseek.id);
        QVERIFY(!registry.find(u"nobody"_s).has_value());
    }

    void updateByIdRefusesClashes()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        Provider openai = registry.addFromPreset(u"openai"_s);
        registry.addFromPreset(u"groq"_s);
        openai.baseUrl = QUrl(u"https://proxy.example/v1"_s);
        openai.name = u"OpenAI via proxy"_s;
        QVERIFY(registry.update(openai));
        QCOMPARE(registry.find(u"openai"_s)->baseUrl, openai.baseUrl);
        QCOMPARE(registry.find(u"openai"_s)->name, u"OpenAI via proxy"_s);
        openai.name = u"GROQ"_s;
        QVERIFY(!registry.update(openai));
        openai.name = u"  "_s;
        QVERIFY(!registry.update(openai));
        openai.name = u"openai via PROXY"_s; // its own name in other case is fine
        QVERIFY(registry.update(openai));
        Provider unknown = openai;
        unknown.id = u"nope"_s;
        unknown.name = u"Nope"_s;
        QVERIFY(!registry.update(unknown));
    }

    void duplicateAndRemove()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        const Provider original = registry.addFromPreset(u"openrouter"_s);
        registry.noteModelUsed(original.id, u"openai/gpt-4o"_s);
        const Provider copy = registry.duplicate(original.id);
        QCOMPARE(copy.name, u"OpenRouter (copy)"_s);
        QVERIFY(copy.id != original.id);
        QCOMPARE(copy.baseUrl, original.baseUrl);
        QCOMPARE(copy.extraHeaders, original.extraHeaders);
        QCOMPARE(copy.presetId, original.presetId);
        QCOMPARE(copy.recentModels, QStringList {u"openai/gpt-4o"_s});
        QCOMPARE(registry.duplicate(original.id).name, u"OpenRouter (copy) 2"_s);
        QVERIFY(registry.duplicate(u"nope"_s).id.isEmpty());

        registry.setLastUsedProviderId(original.id);
        QVERIFY(registry.remove(original.id));
        QVERIFY(!registry.remove(original.id));
        QVERIFY(!registry.find(original.id).has_value());
        QVERIFY(registry.lastUsedProviderId().isEmpty());
        QCOMPARE(registry.providers().size(), 2);
    }

    void persistsAcrossRegistries()
    {
        QStringList ids;
        {
            auto settings = openSettings();
            ProviderRegistry registry(settings.get());
            ids << registry.addFromPreset(u"openrouter"_s).id;
            ids << registry.add(customProvider(u"Mine"_s)).id;
            ids << registry.addFromPreset(u"ollama"_s).id;
            registry.noteModelUsed(ids.at(0), u"a"_s);
            registry.noteModelUsed(ids.at(0), u"b"_s);
            registry.setCachedModels(ids.at(1), {u"m1"_s, u"m2"_s},
                                     QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
            registry.setLastUsedProviderId(ids.at(1));
        }
        auto settings = openSettings();
        ProviderRegistry first(settings.get());
        auto again = openSettings();
        ProviderRegistry second(again.get());
        QCOMPARE(second.providers(), first.providers());
        QCOMPARE(second.providers().size(), 3);
        QStringList loadedIds;
        for (const Provider &provider : second.providers())
            loadedIds << provider.id;
        QCOMPARE(loadedIds, ids); // the order is kept
        const Provider router = *second.find(ids.at(0));
        QCOMPARE(router.recentModels, (QStringList {u"b"_s, u"a"_s}));
        QCOMPARE(router.defaultModel, u"a"_s);
        QCOMPARE(router.quirks.reasoningField, u"reasoning"_s);
        QCOMPARE(router.extraHeaders, ProviderPresets::find(u"openrouter"_s)->extraHeaders);
        const Provider mine = *second.find(u"Mine"_s);
        QCOMPARE(mine.cachedModels, (QStringList {u"m1"_s, u"m2"_s}));
        QCOMPARE(mine.modelsFetchedAt, QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!second.find(u"Ollama"_s)->keyRequired);
        QCOMPARE(second.lastUsedProviderId(), ids.at(1));
    }

    void garbageEntriesAreSkipped()
    {
        {
            auto settings = openSettings();
            ProviderRegistry registry(settings.get());
            registry.addFromPreset(u"openai"_s);
            registry.addFromPreset(u"mistral"_s);
            registry.addFromPreset(u"xai"_s);
            registry.addFromPreset(u"groq"_s);
            registry.addFromPreset(u"deepseek"_s);
            settings->setValue(u"providers/1/json"_s, u"{not json"_s);
            settings->setValue(u"providers/3/json"_s, u"{\"id\":\"x\",\"name\":\"No URL\"}"_s);
            settings->setValue(u"providers/4/json"_s,
                               u"{\"id\":\"y\",\"name\":\"Y\",\"baseUrl\":\"https://y.example\","
                               "\"someday\":{\"field\":1}}"_s);
            settings->sync();
        }
        auto settings = openSettings();
        const QRegularExpression skipped(u"Skipping stored provider"_s);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        ProviderRegistry registry(settings.get());
        QStringList names;
        for (const Provider &provider : registry.providers())
            names << provider.name;
        // Settings arrays count from 1: OpenAI, XAI and Groq were overwritten; Y has an
        // unknown field, which is ignored.
        QCOMPARE(names, (QStringList {u"Mistral"_s, u"Y"_s, u"DeepSeek"_s}));
    }

    void noteModelUsedOrdersAndCaps()
    {
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        const QString id = registry.addFromPreset(u"openai"_s).id;
        for (int i = 0; i < 12; ++i)
            registry.noteModelUsed(id, u"model-%1"_s.arg(i));
        Provider provider = *registry.find(id);
        QCOMPARE(provider.recentModels.size(), Provider::maxRecentModels);
        QCOMPARE(provider.recentModels.first(), u"model-11"_s);
        QCOMPARE(provider.recentModels.last(), u"model-2"_s);
        QCOMPARE(provider.defaultModel, u"model-0"_s); // the first one used, kept
        registry.noteModelUsed(id, u"model-5"_s);
        provider = *registry.find(id);
        QCOMPARE(provider.recentModels.first(), u"model-5"_s);
        QCOMPARE(provider.recentModels.count(u"model-5"_s), 1);
        QCOMPARE(provider.recentModels.size(), Provider::maxRecentModels);
        registry.noteModelUsed(id, QString());
        registry.noteModelUsed(u"nope"_s, u"x"_s);
        QCOMPARE(registry.find(id)->recentModels, provider.recentModels);
    }

    void modelChoicesOrder()
    {
        Provider provider;
        provider.recentModels = {u"r1"_s, u"c2"_s};
        provider.defaultModel = u"d"_s;
        provider.cachedModels = {u"c1"_s, u"c2"_s, u"c3"_s, u"r1"_s};
        QCOMPARE(provider.modelChoices(),
                 (QStringList {u"r1"_s, u"c2"_s, u"d"_s, u"c1"_s, u"c3"_s}));
        QVERIFY(Provider().modelChoices().isEmpty());
    }

    void endpointCarriesKeyAndHeaders()
    {
        const Provider router = *ProviderPresets::find(u"openrouter"_s);
        const Endpoint endpoint = router.endpoint(u"  sk-or-test\n"_s);
        QCOMPARE(endpoint.apiKey, u"sk-or-test"_s);
        QCOMPARE(endpoint.baseUrl, router.baseUrl);
        QCOMPARE(endpoint.displayName, u"OpenRouter"_s);
        QCOMPARE(endpoint.name(), u"OpenRouter"_s);
        QCOMPARE(endpoint.extraHeaders, router.extraHeaders);
        QCOMPARE(endpoint.urlFor(u"chat/completions"_s).toString(),
                 u"https://openrouter.ai/api/v1/chat/completions"_s);
        QVERIFY(ProviderPresets::find(u"ollama"_s)->endpoint(QString()).apiKey.isEmpty());
    }

    void keysAreNeverPersisted()
    {
        const QString secret = u"sk-LEAKCHECK-0123456789abcdef"_s;
        {
            auto settings = openSettings();
            ProviderRegistry registry(settings.get());
            for (const Provider &preset : ProviderPresets::all()) {
                const Provider added = registry.addFromPreset(preset.id);
                QCOMPARE(added.endpoint(secret).apiKey, secret);
                registry.noteModelUsed(added.id, u"model"_s);
                registry.setCachedModels(added.id, {u"model"_s}, QDateTime::currentDateTimeUtc());
                QVERIFY(!QJsonDocument(added.toJson()).toJson().contains(secret.toUtf8()));
            }
            registry.duplicate(u"openai"_s);
            registry.setLastUsedProviderId(u"openai"_s);
        }
        const QByteArray stored = fileContents();
        QVERIFY(stored.contains("OpenRouter"));
        QVERIFY(!stored.contains(secret.toUtf8()));
        QVERIFY(!stored.contains("LEAKCHECK"));
        QVERIFY(!stored.contains("apiKey")); // no key field, not even an empty one
        QVERIFY(!stored.toLower().contains("authorization"));
    }
};

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
