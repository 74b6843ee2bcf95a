#include "comparisonexport.h"

#include "chat/chatsession.h"
#include "comparesession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString cell(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    return escaped.isEmpty() ? u"–"_s : escaped;
}

QString titleOf(const CompareColumn &column)
{
    const QString model = column.session()->model();
    return column.providerName().isEmpty() ? model : u"%1 (%2)"_s.arg(model, column.providerName());
}

QString roleName(Message::Role role)
{
    switch (role) {
    case Message::Role::User:
        return ComparisonExport::tr("You");
    case Message::Role::Assistant:
        return ComparisonExport::tr("Answer");
    case Message::Role::Tool:
        return ComparisonExport::tr("Tool result");
    case Message::Role::System:
        break;
    }
    return ComparisonExport::tr("System");
}

} // namespace

QString ComparisonExport::markdown(const CompareSession &comparison)
{
    QString out
        = u"# "_s + tr("Comparison of %n model(s)", nullptr, comparison.count()) + u"\n\n"_s;
    out += u"| | "_s + tr("Model") + u" | "_s + tr("First token") + u" | "_s + tr("Speed")
        + u" | "_s + tr("Tokens") + u" | "_s + tr("Duration") + u" | "_s + tr("Cost") + u" | "_s
        + tr("Finish") + u" |\n|---|---|---|---|---|---|---|---|\n"_s;
    for (int i = 0; i < comparison.count(); ++i) {
        const CompareColumn &column = *comparison.column(i);
        const AnswerMetrics metrics = column.metrics();
        const QString pick = comparison.pick() == i ? u" ★"_s : QString();
        out += u"| %1%2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n"_s.arg(
            column.letter(), pick, cell(titleOf(column)), cell(metrics.timeToFirstTokenText()),
            cell(metrics.speedText()), cell(metrics.tokensText()), cell(metrics.durationText()),
            cell(metrics.costText()), cell(metrics.finishText()));
    }
    if (comparison.pick() == CompareSession::Tie)
        out += u"\n"_s + tr("Verdict: a tie.") + u"\n"_s;
    for (int i = 0; i < comparison.count(); ++i) {
        const CompareColumn &column = *comparison.column(i);
        out += u"\n## %1. %2\n"_s.arg(column.letter(), titleOf(column));
        for (const Message &message : column.session()->conversation()->messages()) {
            out += u"\n**%1:**\n\n"_s.arg(roleName(message.role));
            if (!message.reasoning.isEmpty())
                out += u"<details><summary>"_s + tr("Reasoning") + u"</summary>\n\n"_s
                    + message.reasoning + u"\n\n</details>\n\n"_s;
            out += message.content + u'\n';
            if (!message.error.message.isEmpty())
                out += u"\n> "_s + message.error.message + u'\n';
        }
    }
    return out;
}

QByteArray ComparisonExport::json(const CompareSession &comparison)
{
    QJsonArray columns;
    for (int i = 0; i < comparison.count(); ++i) {
        const CompareColumn &column = *comparison.column(i);
        QJsonArray messages;
        for (const Message &message : column.session()->conversation()->messages()) {
            QJsonObject entry {{u"role"_s, Message::roleName(message.role)},
                               {u"content"_s, message.content}};
            if (!message.reasoning.isEmpty())
                entry.insert(u"reasoning"_s, message.reasoning);
            if (!message.model.isEmpty())
                entry.insert(u"model"_s, message.model);
            if (!message.error.message.isEmpty())
                entry.insert(u"error"_s, message.error.message);
            messages.append(entry);
        }
        columns.append(QJsonObject {{u"letter"_s, column.letter()},
                                    {u"provider_id"_s, column.providerId()},
                                    {u"provider_name"_s, column.providerName()},
                                    {u"model"_s, column.session()->model()},
                                    {u"metrics"_s, column.metrics().toJson()},
                                    {u"messages"_s, messages}});
    }
    QJsonObject root {{u"format"_s, u"confab-comparison"_s},
                      {u"version"_s, 1},
                      {u"id"_s, comparison.id()},
                      {u"blind"_s, comparison.isBlind()},
                      {u"columns"_s, columns}};
    if (comparison.pick() == CompareSession::Tie)
        root.insert(u"verdict"_s, u"tie"_s);
    else if (comparison.pick() >= 0)
        root.insert(u"verdict"_s, comparison.column(comparison.pick())->letter());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ComparisonExport::write(const CompareSession &comparison, const QString &path, bool *ok)
{
    const QByteArray bytes = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? json(comparison)
        : markdown(comparison).toUtf8();
    QSaveFile file(path);
    *ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    return *ok
        ? tr("Saved the comparison to %1.").arg(QDir::toNativeSeparators(path))
        : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
}
