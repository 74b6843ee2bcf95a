#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Checks a call's arguments against the tool's JSON Schema before anything runs, so that
// a model that got them wrong hears exactly what to fix. It knows the keywords tools use
// for their arguments (type, properties, required, additionalProperties, items, enum,
// minimum / maximum, minLength / maxLength) and lets everything else pass: a keyword it does
// not know never refuses a call.
class ArgumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentCheck)

public:
    // Empty when the arguments fit; else what is wrong, in one sentence per problem.
    static QString problems(const QJsonObject &arguments, const QJsonObject &schema);

private:
    static void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                      QStringList &problems, int depth);
    static bool hasType(const QJsonValue &value, const QString &type);
};
