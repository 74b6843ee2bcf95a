#include "jsonanswer.h"

#include <QJsonDocument>

namespace {

bool opensDocument(QStringView text)
{
    return !text.isEmpty() && (text.front() == u'{' || text.front() == u'[');
}

} // namespace

bool JsonAnswer::startsLikeJson(QStringView answer)
{
    for (const QChar c : answer) {
        if (!c.isSpace())
            return c == u'{' || c == u'[';
    }
    return false;
}

QStringView JsonAnswer::fenced(QStringView trimmed)
{
    const QStringView fence = u"```";
    if (!trimmed.startsWith(fence) || !trimmed.endsWith(fence) || trimmed.size() < 8)
        return {};
    const qsizetype firstNewline = trimmed.indexOf(u'\n');
    const qsizetype lastNewline = trimmed.lastIndexOf(u'\n');
    if (firstNewline < 0 || lastNewline <= firstNewline)
        return {};
    if (trimmed.sliced(lastNewline + 1).trimmed() != fence)
        return {};
    const QStringView language = trimmed.first(firstNewline).sliced(fence.size()).trimmed();
    if (!language.isEmpty() && language.compare(u"json", Qt::CaseInsensitive) != 0)
        return {};
    const QStringView inside = trimmed.sliced(firstNewline + 1, lastNewline - firstNewline - 1);
    if (inside.contains(fence))
        return {}; // more than one block: Markdown with code in it
    return inside.trimmed();
}

std::optional<QString> JsonAnswer::documentOf(QStringView answer, bool requested)
{
    const QStringView trimmed = answer.trimmed();
    QStringView document = trimmed;
    if (trimmed.startsWith(u"```"))
        document = fenced(trimmed);
    if (!opensDocument(document))
        return std::nullopt;
    if (requested)
        return document.toString();
    const QChar last = document.back();
    if (last != u'}' && last != u']')
        return std::nullopt;
    QJsonParseError error;
    QJsonDocument::fromJson(document.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document.toString();
}
