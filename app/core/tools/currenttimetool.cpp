#include "currenttimetool.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

CurrentTimeTool::CurrentTimeTool(Clock clock)
    : m_clock(std::move(clock))
{ }

QString CurrentTimeTool::name() const
{
    return u"get_current_time"_s;
}

QString CurrentTimeTool::description() const
{
    return u"The current date and time, with the time zone and the day of the week: the "
           "user's local time, or that of a given IANA time zone."_s;
}

QJsonObject CurrentTimeTool::parameters() const
{
    const QJsonObject timezone {
        {u"type"_s, u"string"_s},
        {u"description"_s,
         u"An IANA time zone such as \"Asia/Tokyo\" or \"UTC\"; leave out for the user's own."_s}};
    return {{u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject {{u"timezone"_s, timezone}}},
            {u"additionalProperties"_s, false}};
}

void CurrentTimeTool::invoke(const QJsonObject &arguments, const Done &done)
{
    QDateTime now = m_clock();
    const QString zoneName = arguments.value(u"timezone"_s).toString().trimmed();
    if (!zoneName.isEmpty()) {
        const QTimeZone zone(zoneName.toUtf8());
        if (!zone.isValid()) {
            done(ToolOutput::error(
                u"\"%1\" is not a time zone this computer knows; use an IANA name such as "
                "\"Europe/Paris\"."_s.arg(zoneName)));
            return;
        }
        now = now.toTimeZone(zone);
    }
    // ISO 8601 with the offset, then the zone's name and the weekday, in English for the
    // model whatever the person's language.
    done({u"%1 (%2, %3)"_s.arg(now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate),
                               QString::fromUtf8(now.timeZone().id()),
                               QLocale(QLocale::English).dayName(now.date().dayOfWeek())),
          false});
}
