#include "client/modelcatalog.h"
#include "protocol/modelcapabilities.h"
#include "providers/providerregistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Support = CapabilityFlag::Support;
using Source = CapabilityFlag::Source;

// The vision / tools / reasoning flags: who may change them, how they are kept, and what
// a provider's model list says.
class TestModelCapabilities : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(u"confab.ini"_s), QSettings::IniFormat);
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(u"confab.ini"_s)); }

    void learnedBeatsListedAndThePersonBeatsBoth()
    {
        ModelCapabilities known;
        QVERIFY(known.isEmpty());
        QVERIFY(known.note(ModelCapability::Vision, true, Source::Listed, 1));
        QCOMPARE(known.vision.support, Support::Yes);
        // The model refused an image after all: what it did wins over the list.
        QVERIFY(known.note(ModelCapability::Vision, false, Source::Learned, 2));
        QCOMPARE(known.vision, (CapabilityFlag {Support::No, Source::Learned, 2}));
        // A later model list does not undo it.
        QVERIFY(!known.note(ModelCapability::Vision, true, Source::Listed, 3));
        QVERIFY(known.vision.isNo());
        // The same evidence again keeps the first date.
        QVERIFY(!known.note(ModelCapability::Vision, false, Source::Learned, 4));
        QCOMPARE(known.vision.at, 2);
        // The person says it can see images; an answer does not overrule them.
        known.set(ModelCapability::Vision, Support::Yes, 5);
        QCOMPARE(known.vision, (CapabilityFlag {Support::Yes, Source::Person, 5}));
        QVERIFY(!known.note(ModelCapability::Vision, false, Source::Learned, 6));
        QVERIFY(known.vision.isYes());
        // Unknown forgets it entirely, and then anything may say again.
        known.set(ModelCapability::Vision, Support::Unknown, 7);
        QVERIFY(known.isEmpty());
        QVERIFY(known.note(ModelCapability::Vision, false, Source::Learned, 8));
        // Each capability is its own.
        QCOMPARE(known.tools.support, Support::Unknown);
        QCOMPARE(known.reasoning.support, Support::Unknown);
    }

    void jsonKeepsOnlyWhatIsKnown()
    {
        ModelCapabilities known;
        known.note(ModelCapability::Tools, false, Source::Learned,
                   QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        known.set(ModelCapability::Reasoning, Support::Yes, 0);
        const QJsonObject json = known.toJson();
        QCOMPARE(
            json,
            (QJsonObject {{u"tools"_s,
                           QJsonObject {{u"supported"_s, false},
                                        {u"source"_s, u"learned"_s},
                                        {u"at"_s, u"2026-12-06T10:00:00.000Z"_s}}},
                          {u"reasoning"_s,
                           QJsonObject {{u"supported"_s, true}, {u"source"_s, u"person"_s}}}}));
        QCOMPARE(ModelCapabilities::fromJson(json), known);
        // Damaged entries are dropped, the good ones kept.
        const QJsonObject damaged {
            {u"vision"_s, QJsonObject {{u"supported"_s, u"yes"_s}, {u"source"_s, u"person"_s}}},
            {u"tools"_s, QJsonObject {{u"supported"_s, true}, {u"source"_s, u"guess"_s}}},
            {u"reasoning"_s, QJsonObject {{u"supported"_s, true}, {u"source"_s, u"listed"_s}}},
            {u"audio"_s, QJsonObject {{u"supported"_s, true}, {u"source"_s, u"person"_s}}}};
        const ModelCapabilities read = ModelCapabilities::fromJson(damaged);
        QCOMPARE(read.vision.support, Support::Unknown);
        QCOMPARE(read.tools.support, Support::Unknown);
        QCOMPARE(read.reasoning, (CapabilityFlag {Support::Yes, Source::Listed, 0}));
        QCOMPARE(ModelCapabilities::fromName(u"tools"_s), ModelCapability::Tools);
        QVERIFY(!ModelCapabilities::fromName(u"audio"_s));
    }

    void registryKeepsThemPerProviderAndModelAcrossRuns()
    {
        QString id;
        {
            auto settings = openSettings();
            ProviderRegistry registry(settings.get());
            id = registry.addFromPreset(u"openai"_s).id;
            const QString other = registry.addFromPreset(u"deepseek"_s).id;
            QSignalSpy changed(&registry, &ProviderRegistry::changed);
            registry.noteCapability(id, u"gpt-3.5-turbo"_s, ModelCapability::Vision, false,
                                    Source::Learned);
            QCOMPARE(changed.size(), 1);
            // Nothing new: not saved again.
            registry.noteCapability(id, u"gpt-3.5-turbo"_s, ModelCapability::Vision, false,
                                    Source::Learned);
            QCOMPARE(changed.size(), 1);
            registry.setCapability(id, u"gpt-4o"_s, ModelCapability::Tools, Support::Yes);
            QVERIFY(registry.capabilities(other, u"gpt-3.5-turbo"_s).isEmpty());
            QVERIFY(registry.capabilities(u"nobody"_s, u"gpt-3.5-turbo"_s).isEmpty());
        }
        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        const ModelCapabilities old = registry.capabilities(id, u"gpt-3.5-turbo"_s);
        QVERIFY(old.vision.isNo());
        QCOMPARE(old.vision.source, Source::Learned);
        QVERIFY(old.vision.at > 0);
        QCOMPARE(registry.capabilities(id, u"gpt-4o"_s).tools.source, Source::Person);
        // Forgetting the only flag removes the model's entry.
        registry.setCapability(id, u"gpt-4o"_s, ModelCapability::Tools, Support::Unknown);
        QVERIFY(!registry.find(id)->capabilities.contains(u"gpt-4o"_s));
    }

    void openRouterModelListSaysWhatEachModelTakes()
    {
        const QByteArray body = R"({"data":[
            {"id":"openai/gpt-4o","context_length":128000,
             "architecture":{"input_modalities":["text","image","file"],"output_modalities":["text"]},
             "supported_parameters":["max_tokens","tools","tool_choice","temperature"]},
            {"id":"deepseek/deepseek-r1",
             "architecture":{"input_modalities":["text"]},
             "supported_parameters":["reasoning","include_reasoning","max_tokens"]},
            {"id":"plain/model"}]})";
        const auto models = ModelCatalog::parse(body);
        QVERIFY(models);
        QCOMPARE(models->size(), 3);
        const ModelInfo &r1 = models->at(0);
        QCOMPARE(r1.id, u"deepseek/deepseek-r1"_s);
        QVERIFY(r1.capabilities.vision.isNo());
        QVERIFY(r1.capabilities.tools.isNo());
        QVERIFY(r1.capabilities.reasoning.isYes());
        QCOMPARE(r1.capabilities.reasoning.source, Source::Listed);
        const ModelInfo &gpt = models->at(1);
        QVERIFY(gpt.capabilities.vision.isYes());
        QVERIFY(gpt.capabilities.tools.isYes());
        QVERIFY(gpt.capabilities.reasoning.isNo());
        QVERIFY(models->at(2).capabilities.isEmpty()); // plain OpenAI-style entries say nothing

        auto settings = openSettings();
        ProviderRegistry registry(settings.get());
        const QString id = registry.addFromPreset(u"openrouter"_s).id;
        registry.setCapability(id, u"openai/gpt-4o"_s, ModelCapability::Tools, Support::No);
        registry.noteListedCapabilities(id, *models);
        QVERIFY(registry.capabilities(id, u"deepseek/deepseek-r1"_s).reasoning.isYes());
        QVERIFY(registry.capabilities(id, u"openai/gpt-4o"_s).vision.isYes());
        // The person had said no tools; the list does not change that.
        QVERIFY(registry.capabilities(id, u"openai/gpt-4o"_s).tools.isNo());
        QVERIFY(!registry.find(id)->capabilities.contains(u"plain/model"_s));
    }
};

QTEST_GUILESS_MAIN(TestModelCapabilities)
#include "tst_modelcapabilities.moc"
