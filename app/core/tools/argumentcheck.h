#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Checks a call's arguments against the tool's JSON Schema before anything runs, so that
// a model that got them wrong hears exactly what to fix; and an answer against the schema
// its request's response_format sent. It knows the keywords tools use
// for their arguments (type, properties, required, additionalProperties, items, enum,
// minimum / maximum, minLength / maxLength) and lets everything else pass: a keyword it does
// not know never refuses a call.
class ArgumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentCheck)

public:
    // What the value is, for the sentences: a tool call's arguments, or an answer that
    // response_format asked to follow a schema.
    enum class Subject { ToolArguments, Answer };

    // Empty when the value fits; else what is wrong, in one sentence per problem.
    static QString problems(const QJsonValue &value, const QJsonObject &schema,
                            Subject subject = Subject::ToolArguments);

private:
    static void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                      QStringList &problems, int depth, Subject subject);
    static bool hasType(const QJsonValue &value, const QString &type);
};
