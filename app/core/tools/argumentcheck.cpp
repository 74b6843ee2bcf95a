#include "argumentcheck.h"

#include <QJsonArray>

#include <QStringList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDepth = 16; // deeper schemas are taken on trust
constexpr int maxProblems = 5; // enough for the model to fix them

QString describeAt(const QString &where, ArgumentCheck::Subject subject)
{
    if (!where.isEmpty())
        return u"\"%1\""_s.arg(where);
    return subject == ArgumentCheck::Subject::Answer ? ArgumentCheck::tr("The answer")
                                                     : ArgumentCheck::tr("The arguments");
}

QString join(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

} // namespace

QString ArgumentCheck::problems(const QJsonValue &value, const QJsonObject &schema, Subject subject)
{
    QStringList found;
    check(value, schema, {}, found, 0, subject);
    return found.mid(0, maxProblems).join(u' ');
}

bool ArgumentCheck::hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"string"_s)
        return value.isString();
    if (type == u"number"_s)
        return value.isDouble();
    if (type == u"integer"_s) {
        const double number = value.toDouble();
        return value.isDouble() && std::isfinite(number) && std::floor(number) == number;
    }
    if (type == u"boolean"_s)
        return value.isBool();
    if (type == u"object"_s)
        return value.isObject();
    if (type == u"array"_s)
        return value.isArray();
    if (type == u"null"_s)
        return value.isNull();
    return true; // a type this check does not know
}

void ArgumentCheck::check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                          QStringList &problems, int depth, Subject subject)
{
    const auto describe = [subject](const QString &at) { return describeAt(at, subject); };
    if (depth > maxDepth || problems.size() >= maxProblems)
        return;
    const QJsonValue type = schema.value(u"type"_s);
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue &one : type.toArray())
        types.append(one.toString());
    if (!types.isEmpty() && std::none_of(types.cbegin(), types.cend(), [&value](const QString &t) {
            return hasType(value, t);
        })) {
        problems.append(tr("%1 must be of type %2.").arg(describe(where), types.join(u" or "_s)));
        return;
    }
    const QJsonArray allowed = schema.value(u"enum"_s).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
        QStringList choices;
        for (const QJsonValue &choice : allowed)
            choices.append(choice.isString() ? u"\"%1\""_s.arg(choice.toString())
                                             : choice.toVariant().toString());
        problems.append(tr("%1 must be one of %2.").arg(describe(where), choices.join(u", "_s)));
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains(u"minimum"_s) && number < schema.value(u"minimum"_s).toDouble())
            problems.append(tr("%1 must be at least %2.")
                                .arg(describe(where))
                                .arg(schema.value(u"minimum"_s).toDouble()));
        if (schema.contains(u"maximum"_s) && number > schema.value(u"maximum"_s).toDouble())
            problems.append(tr("%1 must be at most %2.")
                                .arg(describe(where))
                                .arg(schema.value(u"maximum"_s).toDouble()));
    }
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInt())
            problems.append(tr("%1 must have at least %2 characters.")
                                .arg(describe(where))
                                .arg(schema.value(u"minLength"_s).toInt()));
        if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInt())
            problems.append(tr("%1 must have at most %2 characters.")
                                .arg(describe(where))
                                .arg(schema.value(u"maxLength"_s).toInt()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray())
            if (!object.contains(name.toString()))
                problems.append(tr("%1 is required.").arg(describe(join(where, name.toString()))));
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), join(where, it.key()),
                      problems, depth + 1, subject);
            else if (additional.isBool() && !additional.toBool())
                problems.append(
                    (subject == Subject::Answer ? tr("%1 is not in the schema; it has: %2.")
                                                : tr("%1 is not an argument of this tool; it "
                                                     "takes: %2."))
                        .arg(describe(join(where, it.key())),
                             properties.isEmpty() ? tr("none") : properties.keys().join(u", "_s)));
            else if (additional.isObject())
                check(it.value(), additional.toObject(), join(where, it.key()), problems, depth + 1,
                      subject);
        }
    }
    if (value.isArray() && schema.value(u"items"_s).isObject()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items.at(i), schema.value(u"items"_s).toObject(), u"%1[%2]"_s.arg(where).arg(i),
                  problems, depth + 1, subject);
    }
}
