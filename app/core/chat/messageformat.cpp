#include "messageformat.h"

#include "message.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageFormat", text, nullptr);
}

} // namespace

namespace MessageFormat {

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        milliseconds = 0;
    if (milliseconds < 10'000)
        return tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
    const qint64 seconds = (milliseconds + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString metadataLine(const Message &message)
{
    QStringList parts;
    if (!message.model.isEmpty())
        parts.append(message.model);
    const qint64 tokens = message.usage.completionTokens;
    if (tokens > 0)
        parts.append(
            QCoreApplication::translate("MessageFormat", "%Ln tokens", nullptr, int(tokens)));
    const qint64 firstToken = message.timeToFirstTokenMs();
    if (firstToken >= 0)
        parts.append(tr("first token %1").arg(duration(firstToken)));
    const double speed = message.tokensPerSecond();
    if (speed > 0)
        parts.append(tr("%1 tokens/s").arg(QLocale().toString(speed, 'f', speed < 10 ? 1 : 0)));
    return parts.join(QStringLiteral(" · "));
}

QString endNote(const Message &message)
{
    switch (message.state) {
    case Message::State::Cancelled:
        return tr("Stopped. What arrived is kept.");
    case Message::State::Interrupted:
        return tr("Interrupted: Confab closed before the answer finished. What was saved is kept.");
    case Message::State::Failed:
        return message.error.message.isEmpty() ? tr("The answer failed.") : message.error.message;
    case Message::State::Pending:
    case Message::State::Streaming:
        return {};
    case Message::State::Complete:
        break;
    }
    const QString &reason = message.finishReason;
    if (reason.isEmpty() || reason == u"stop")
        return {};
    if (reason == u"length")
        return tr("Cut off: max tokens");
    if (reason == u"content_filter")
        return tr("Stopped by the provider's content filter");
    if (reason == u"tool_calls" || reason == u"function_call")
        return tr("The model asked to use tools");
    return tr("Finished: %1").arg(reason);
}

QString reasoningTitle(const Message &message)
{
    if (message.isThinking())
        return tr("Thinking…");
    const qint64 ms = message.reasoningDurationMs();
    if (ms <= 0)
        return tr("Thoughts");
    return tr("Thought for %1").arg(duration(ms));
}

QString withoutRemoteContent(const QString &markdown)
{
    if (!markdown.contains(u'!') && !markdown.contains(u'<'))
        return markdown;
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]\\n]*)\\]"));
    static const QRegularExpression imgTag(
        QStringLiteral("<(img|image|picture|source|video|audio|iframe)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = markdown;
    text.replace(image, QStringLiteral("[%1: \\1]").arg(tr("Image")));
    text.replace(imgTag, QStringLiteral("&lt;\\1"));
    return text;
}

QString withoutQuoteMarkers(const QString &quote)
{
    QStringList lines = quote.split(u'\n');
    for (QString &line : lines) {
        const qsizetype marker = line.indexOf(u'>');
        if (marker < 0 || !line.first(marker).trimmed().isEmpty())
            continue;
        const qsizetype textStart
            = marker + 1 < line.size() && line.at(marker + 1) == u' ' ? marker + 2 : marker + 1;
        line.remove(0, textStart);
    }
    return lines.join(u'\n');
}

} // namespace MessageFormat
