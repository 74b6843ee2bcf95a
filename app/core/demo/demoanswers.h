#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the demo model says to one request: its reasoning, its text or tool call, and why
// it stopped.
struct DemoAnswer
{
    QString model;
    QString reasoning; // empty for confab-demo, which sends no reasoning field at all
    QString content;
    QString toolCallId; // empty: no tool call
    QString toolName;
    QString toolArguments;
    QString finishReason;
    qint64 promptTokens = 0;

    bool hasToolCall() const { return !toolCallId.isEmpty(); }
};

// The canned answers of Confab's offline demo, chosen from the request alone, and their
// OpenAI JSON. Pure functions: no I/O, no clock, no state.
class DemoAnswers
{
public:
    static QJsonArray models(); // the `data` of GET /models
    static bool isKnownModel(const QString &model);

    // The answer to a parsed POST /chat/completions body.
    static DemoAnswer answerFor(const QJsonObject &request);

    // The answer as `chat.completion.chunk` objects: the role; the reasoning and the content
    // in pieces of a few characters, or the tool call in fragments; then the finish reason
    // together with the usage.
    static QList<QJsonObject> chunks(const DemoAnswer &answer, const QString &id, qint64 created);
    // The answer as one non-streamed `chat.completion`.
    static QJsonObject completion(const DemoAnswer &answer, const QString &id, qint64 created);

    // Cuts text into pieces of three to six characters, never inside a surrogate pair.
    static QStringList splitIntoPieces(const QString &text);
    static qint64 estimateTokens(qsizetype characters); // about four characters a token

    Q_DECLARE_TR_FUNCTIONS(DemoAnswers) // last: it leaves the rest private
};
