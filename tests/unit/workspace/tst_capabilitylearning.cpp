// What answers teach Confab about a model, through the whole Workspace: a provider in the
// settings file, a real client, a loopback server answering like real providers do. A
// refused image marks the model text-only (and the composer's view of it says so), a
// refused tool list or reasoning effort is left out of the next request, what an answer
// uses is noted, and the person's word stands.
#include "answerscript.h"
#include "attachments/attachmentreader.h"
#include "loopbackserver.h"
#include "providers/providerregistry.h"
#include "workspacefixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray providerError(const char *message)
{
    return QJsonDocument(QJsonObject {{u"error"_s,
                                       QJsonObject {{u"message"_s, QString::fromUtf8(message)},
                                                    {u"type"_s, u"invalid_request_error"_s}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestCapabilityLearning : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    LoopbackServer m_server;
    std::unique_ptr<Workspace> m_workspace;
    QString m_providerId;

    ChatSession *session() const { return m_workspace->current(); }
    ModelCapabilities known(const QString &model) const
    {
        return m_workspace->registry()->capabilities(m_providerId, model);
    }
    QJsonObject lastBody() const
    {
        return QJsonDocument::fromJson(m_server.requests().constLast().body).object();
    }
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !session()->isBusy(); }, 10'000);
    }
    static QList<Attachment> picture()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        return {AttachmentReader().readImage(image, u"chart.png"_s).attachment};
    }
    static ScriptedResponse answer(const QStringList &content, const QStringList &reasoning = {})
    {
        AnswerScript script;
        script.content = content;
        script.reasoning = reasoning;
        return script.response();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before any QSettings exists: the settings file lands in this folder.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QVERIFY(m_server.listen());
        m_server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"text-only"}]})"));
        m_workspace = WorkspaceFixture::withProvider(m_server, u"text-only"_s, &m_providerId);
        QVERIFY(m_workspace);
        QVERIFY(m_workspace->current());
    }

    // Each case in a conversation of its own: no earlier image or answer goes along.
    void init() { QVERIFY(m_workspace->newConversation()); }

    void aRefusedImageMarksTheModelTextOnly()
    {
        SessionCapabilities *onScreen = m_workspace->capabilities();
        session()->setModel(u"text-only"_s);
        QCOMPARE(onScreen->model(), u"text-only"_s);
        QCOMPARE(onScreen->vision(), u"unknown"_s);
        QVERIFY(onScreen->isEditable());
        QSignalSpy changed(onScreen, &SessionCapabilities::changed);
        // OpenAI's words for an image sent to a model without vision.
        m_server.enqueue(ScriptedResponse::json(
            400,
            providerError("Invalid content type. image_url is only supported by certain "
                          "models.")));
        QVERIFY(session()->send(u"What does this show?"_s, picture()));
        QVERIFY(waitIdle());
        const ModelCapabilities learned = known(u"text-only"_s);
        QVERIFY(learned.vision.isNo());
        QCOMPARE(learned.vision.source, CapabilityFlag::Source::Learned);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(onScreen->vision(), u"no"_s);
        QVERIFY(session()->statusText().contains(u"does not seem to see images"_s));
        // Nothing was said about tools or reasoning.
        QCOMPARE(learned.tools.support, CapabilityFlag::Support::Unknown);
        QCOMPARE(learned.reasoning.support, CapabilityFlag::Support::Unknown);
    }

    void aGenericRefusalTeachesNothing()
    {
        session()->setModel(u"picky"_s);
        m_server.enqueue(ScriptedResponse::json(400, providerError("temperature is too high")));
        QVERIFY(session()->send(u"Again?"_s, picture()));
        QVERIFY(waitIdle());
        QVERIFY(known(u"picky"_s).isEmpty());
        // The advice still comes: with images in the question, that is the likely cause.
        QVERIFY(session()->statusText().contains(u"may not accept images"_s));
    }

    void anAnsweredImageMarksTheModelSeeing()
    {
        session()->setModel(u"seer"_s);
        m_server.enqueue(answer({u"A bar "_s, u"chart."_s}));
        QVERIFY(session()->send(u"And this?"_s, picture()));
        QVERIFY(waitIdle());
        QVERIFY(known(u"seer"_s).vision.isYes());
        QCOMPARE(m_workspace->capabilities()->vision(), u"yes"_s);
        // The view follows the model picked.
        session()->setModel(u"text-only"_s);
        QCOMPARE(m_workspace->capabilities()->vision(), u"no"_s);
    }

    void theRefusedToolListIsLeftOutAfterwards()
    {
        session()->setModel(u"no-tools"_s);
        // Ollama's words for tools sent to a model without them.
        m_server.enqueue(ScriptedResponse::json(
            400,
            providerError("registry.ollama.ai/library/no-tools:latest does not support "
                          "tools")));
        QVERIFY(session()->send(u"What is 2^10?"_s));
        QVERIFY(waitIdle());
        QVERIFY(lastBody().value(u"tools"_s).toArray().size() > 0); // the built-in tools
        QVERIFY(known(u"no-tools"_s).tools.isNo());
        QCOMPARE(known(u"no-tools"_s).vision.support, CapabilityFlag::Support::Unknown);
        QVERIFY(session()->statusText().contains(u"does not take tools"_s));
        QCOMPARE(m_workspace->capabilities()->tools(), u"no"_s);

        m_server.enqueue(answer({u"1024."_s}));
        const int failedRow = session()->conversation()->rowCount() - 1;
        QVERIFY(session()->retry(failedRow));
        QVERIFY(waitIdle());
        QVERIFY(!lastBody().contains(u"tools"_s));
        QCOMPARE(session()->conversation()->at(failedRow).content, u"1024."_s);
    }

    void aRefusedReasoningEffortIsLeftOutAfterwards()
    {
        session()->setModel(u"plain"_s);
        ModelParameters parameters;
        parameters.reasoningEffort = u"high"_s;
        session()->setParameters(parameters);
        m_server.enqueue(ScriptedResponse::json(
            400, providerError("Unrecognized request argument supplied: reasoning_effort")));
        QVERIFY(session()->send(u"Think hard."_s));
        QVERIFY(waitIdle());
        QCOMPARE(lastBody().value(u"reasoning_effort"_s).toString(), u"high"_s);
        QVERIFY(known(u"plain"_s).reasoning.isNo());

        // The retry's answer brings reasoning text: that says nothing about the effort, so
        // the next question leaves it out too (no refusal every other question).
        m_server.enqueue(answer({u"Done."_s}, {u"Thinking…"_s}));
        QVERIFY(session()->retry(session()->conversation()->rowCount() - 1));
        QVERIFY(waitIdle());
        QVERIFY(!lastBody().contains(u"reasoning_effort"_s));
        QVERIFY(lastBody().value(u"tools"_s).toArray().size() > 0); // tools are another matter
        QVERIFY(known(u"plain"_s).reasoning.isNo());
        m_server.enqueue(answer({u"Again."_s}));
        QVERIFY(session()->send(u"Once more."_s));
        QVERIFY(waitIdle());
        QVERIFY(!lastBody().contains(u"reasoning_effort"_s));
        session()->setParameters({});
    }

    void whatAnAnswerUsesIsNoted()
    {
        session()->setModel(u"thinker"_s);
        // Reasoning text alone says nothing about taking an effort…
        m_server.enqueue(answer({u"Four."_s}, {u"Two and "_s, u"two."_s}));
        QVERIFY(session()->send(u"2+2?"_s));
        QVERIFY(waitIdle());
        QCOMPARE(known(u"thinker"_s).reasoning.support, CapabilityFlag::Support::Unknown);
        // …an answer to a question that sent one does.
        ModelParameters parameters;
        parameters.reasoningEffort = u"low"_s;
        session()->setParameters(parameters);
        m_server.enqueue(answer({u"Still four."_s}, {u"Sure."_s}));
        QVERIFY(session()->send(u"Sure?"_s));
        QVERIFY(waitIdle());
        session()->setParameters({});
        QVERIFY(known(u"thinker"_s).reasoning.isYes());
        QCOMPARE(known(u"thinker"_s).tools.support, CapabilityFlag::Support::Unknown);
        QCOMPARE(known(u"thinker"_s).vision.support, CapabilityFlag::Support::Unknown);

        m_server.enqueue(AnswerScript::toolCalls(
            {{u"call_1"_s, u"calculate"_s, uR"({"expression":"2+2"})"_s}}, u"thinker"_s));
        m_server.enqueue(answer({u"It is 4."_s}));
        QVERIFY(session()->send(u"Check it with the calculator."_s));
        QVERIFY(waitIdle());
        QVERIFY(known(u"thinker"_s).tools.isYes());
        QCOMPARE(session()->conversation()->messages().constLast().content, u"It is 4."_s);
    }

    // An image whose bytes this history does not have (an imported conversation) goes as
    // a note in words: the answer says nothing about seeing images.
    void aDescribedImageTeachesNothing()
    {
        session()->setModel(u"plain-2"_s);
        Attachment described = picture().constFirst();
        described.data.clear();
        described.thumbnail.clear();
        m_server.enqueue(answer({u"I cannot see it."_s}));
        QVERIFY(session()->send(u"What was in it?"_s, QList<Attachment> {described}));
        QVERIFY(waitIdle());
        QVERIFY(known(u"plain-2"_s).isEmpty());
    }

    // The person picks another provider while an answer arrives: what the answer shows is
    // kept for the provider that was asked.
    void learnedForTheProviderThatWasAsked()
    {
        ProviderSettings *providers = m_workspace->providers();
        const QString other = providers->addFromPreset(u"custom"_s);
        QCOMPARE(providers->save(other,
                                 {{u"name"_s, u"Other"_s},
                                  {u"baseUrl"_s, m_server.baseUrl().toString()},
                                  {u"keyRequired"_s, false}}),
                 QString());
        session()->setModel(u"seer-2"_s);
        AnswerScript slow;
        slow.content = {u"A "_s, u"bar "_s, u"chart."_s};
        slow.delayMs = 150;
        m_server.enqueue(slow.response());
        QVERIFY(session()->send(u"What is it?"_s, picture()));
        m_server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"seer-2"}]})"));
        m_workspace->useProvider(other);
        QTRY_COMPARE(m_workspace->currentProviderId(), other);
        QVERIFY(session()->isBusy()); // switched while it answered
        QVERIFY(waitIdle());
        const Message ended = session()->conversation()->messages().constLast();
        QVERIFY2(ended.state == Message::State::Complete, qPrintable(ended.error.message));
        QVERIFY(known(u"seer-2"_s).vision.isYes());
        QVERIFY(m_workspace->registry()->capabilities(other, u"seer-2"_s).isEmpty());
        m_server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"text-only"}]})"));
        m_workspace->useProvider(m_providerId);
        QTRY_COMPARE(m_workspace->currentProviderId(), m_providerId);
        QTRY_VERIFY(m_workspace->models().contains(u"text-only"_s));
    }

    void thePersonsWordStands()
    {
        SessionCapabilities *onScreen = m_workspace->capabilities();
        session()->setModel(u"text-only"_s);
        QVERIFY(onScreen->set(u"vision"_s, u"yes"_s));
        QCOMPARE(known(u"text-only"_s).vision.source, CapabilityFlag::Source::Person);
        QCOMPARE(onScreen->vision(), u"yes"_s);
        m_server.enqueue(ScriptedResponse::json(
            400,
            providerError("Invalid content type. image_url is only supported by certain "
                          "models.")));
        QVERIFY(session()->send(u"Look again."_s, picture()));
        QVERIFY(waitIdle());
        QVERIFY(known(u"text-only"_s).vision.isYes()); // the refusal does not overrule it
        QVERIFY(!onScreen->set(u"audio"_s, u"yes"_s));
        QVERIFY(onScreen->set(u"vision"_s, u"unknown"_s));
        QCOMPARE(onScreen->vision(), u"unknown"_s);
        QCOMPARE(known(u"text-only"_s).vision.support, CapabilityFlag::Support::Unknown);
    }
};

QTEST_MAIN(TestCapabilityLearning)
#include "tst_capabilitylearning.moc"
