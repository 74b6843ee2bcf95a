#pragma once

#include "tool.h"

#include <QDateTime>

#include <functional>

// Built-in: the current date and time where the person is, with the time zone.
class CurrentTimeTool : public Tool
{
public:
    using Clock = std::function<QDateTime()>;
    explicit CurrentTimeTool(Clock clock = &QDateTime::currentDateTime);

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &arguments, const Done &done) override;

private:
    Clock m_clock;
};
