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
    return u"The current local date and time of the user, with the time zone and the day of "
           "the week."_s;
}

QJsonObject CurrentTimeTool::parameters() const
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject()},
            {u"additionalProperties"_s, false}};
}

void CurrentTimeTool::invoke(const QJsonObject &, const Done &done)
{
    const QDateTime now = m_clock();
    // ISO 8601 with the offset, then the zone's name and the weekday, in English for the
    // model whatever the person's language.
    done({u"%1 (%2, %3)"_s.arg(now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate),
                               QString::fromUtf8(now.timeZone().id()),
                               QLocale(QLocale::English).dayName(now.date().dayOfWeek())),
          false});
}
