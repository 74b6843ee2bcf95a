#include "toolcall.h"

#include <QJsonDocument>

bool ToolCall::hasValidArguments() const
{
    if (arguments.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QJsonObject ToolCall::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("arguments"), arguments}};
}

namespace {

using namespace Qt::StringLiterals;

struct StatusName
{
    ToolRun::Status status;
    QLatin1StringView name;
};

constexpr StatusName statusNames[] = {
    {ToolRun::Status::None, "none"_L1},
    {ToolRun::Status::WaitingForApproval, "waiting"_L1},
    {ToolRun::Status::Running, "running"_L1},
    {ToolRun::Status::Done, "done"_L1},
    {ToolRun::Status::Failed, "failed"_L1},
    {ToolRun::Status::Denied, "denied"_L1},
    {ToolRun::Status::Cancelled, "cancelled"_L1},
};

} // namespace

bool ToolRun::isFinished() const
{
    return status == Status::Done || status == Status::Failed || status == Status::Denied
        || status == Status::Cancelled;
}

qint64 ToolRun::durationMs() const
{
    return startedAt > 0 && finishedAt >= startedAt ? finishedAt - startedAt : -1;
}

QString ToolRun::statusName(Status status)
{
    for (const StatusName &entry : statusNames)
        if (entry.status == status)
            return entry.name;
    return {};
}

ToolRun::Status ToolRun::statusFromName(const QString &name)
{
    for (const StatusName &entry : statusNames)
        if (entry.name == name)
            return entry.status;
    return Status::None;
}

QJsonObject ToolRun::toJson() const
{
    QJsonObject object {{u"status"_s, statusName(status)}};
    const auto put = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    put(u"source"_s, source);
    put(u"effect"_s, effect);
    put(u"approval"_s, approval);
    put(u"arguments"_s, arguments);
    put(u"result"_s, result);
    if (startedAt > 0)
        object.insert(u"started_at"_s, startedAt);
    if (finishedAt > 0)
        object.insert(u"finished_at"_s, finishedAt);
    return object;
}

ToolRun ToolRun::fromJson(const QJsonObject &object)
{
    ToolRun run;
    run.status = statusFromName(object.value(u"status"_s).toString());
    run.source = object.value(u"source"_s).toString();
    run.effect = object.value(u"effect"_s).toString();
    run.approval = object.value(u"approval"_s).toString();
    run.arguments = object.value(u"arguments"_s).toString();
    run.result = object.value(u"result"_s).toString();
    run.startedAt = qint64(object.value(u"started_at"_s).toDouble());
    run.finishedAt = qint64(object.value(u"finished_at"_s).toDouble());
    // A run that was under way when Confab ended did not finish.
    if (run.status == Status::Running || run.status == Status::WaitingForApproval)
        run.status = Status::Cancelled;
    return run;
}
