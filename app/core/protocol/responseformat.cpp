#include "responseformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxNameLength = 64;

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'_' || c == u'-';
}

// The structural mistakes a provider would refuse the whole request for.
QString schemaProblem(const QJsonObject &schema)
{
    static const QStringList types = {u"object"_s,  u"array"_s,   u"string"_s, u"number"_s,
                                      u"integer"_s, u"boolean"_s, u"null"_s};
    const QJsonValue type = schema.value(u"type"_s);
    const QJsonArray named = type.isArray() ? type.toArray() : QJsonArray {type};
    if (!type.isUndefined() && std::any_of(named.begin(), named.end(), [](const QJsonValue &one) {
            return !types.contains(one.toString());
        }))
        return ResponseFormat::tr("The schema's \"type\" must be one of %1.")
            .arg(types.join(u", "_s));
    if (schema.contains(u"properties"_s) && !schema.value(u"properties"_s).isObject())
        return ResponseFormat::tr("The schema's \"properties\" must be an object.");
    const QJsonValue required = schema.value(u"required"_s);
    if (!required.isUndefined()) {
        const QJsonArray names = required.toArray();
        if (!required.isArray()
            || std::any_of(names.begin(), names.end(),
                           [](const QJsonValue &name) { return !name.isString(); }))
            return ResponseFormat::tr("The schema's \"required\" must be a list of names.");
    }
    return {};
}

} // namespace

ResponseFormat::Kind ResponseFormat::kindOf(const QJsonObject &format)
{
    const QString type = format.value(u"type"_s).toString();
    if (type == u"json_object"_s)
        return Kind::JsonObject;
    if (type == u"json_schema"_s)
        return Kind::JsonSchema;
    return Kind::Text;
}

QString ResponseFormat::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return u"text"_s;
    case Kind::JsonObject:
        return u"json_object"_s;
    case Kind::JsonSchema:
        return u"json_schema"_s;
    }
    return {};
}

QJsonObject ResponseFormat::jsonObject()
{
    return {{u"type"_s, u"json_object"_s}};
}

QString ResponseFormat::apiName(const QString &text)
{
    QString name;
    bool gap = false;
    for (const QChar c : text) {
        if (isNameCharacter(c)) {
            if (gap && !name.isEmpty())
                name += u'_';
            name += c;
            gap = false;
        } else {
            gap = true; // spaces, dots, accents: one '_' between the words
        }
    }
    return name.left(maxNameLength);
}

bool ResponseFormat::isApiName(const QString &name)
{
    return !name.isEmpty() && name.size() <= maxNameLength
        && std::all_of(name.begin(), name.end(), isNameCharacter);
}

QJsonObject ResponseFormat::fromSchemaText(const QString &text, const QString &fallbackName,
                                           QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QJsonObject();
    };
    if (text.trimmed().isEmpty())
        return fail(tr("Paste a JSON Schema, such as {\"type\": \"object\", \"properties\": "
                       "{…}}."));
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt counts bytes of UTF-8; people count characters.
        const qsizetype at = QString::fromUtf8(utf8.left(parseError.offset)).size();
        return fail(tr("The schema is not valid JSON: %1 at character %2.")
                        .arg(parseError.errorString())
                        .arg(std::max<qsizetype>(1, at)));
    }
    if (!document.isObject())
        return fail(tr("The schema must be a JSON object, such as {\"type\": \"object\"}."));

    QJsonObject wrapper;
    QJsonObject schema = document.object();
    if (schema.value(u"schema"_s).isObject() && schema.value(u"name"_s).isString()) {
        wrapper = schema; // the API's own json_schema object
        schema = wrapper.value(u"schema"_s).toObject();
    }
    if (const QString problem = schemaProblem(schema); !problem.isEmpty())
        return fail(problem);

    QString name = wrapper.value(u"name"_s).toString();
    if (!wrapper.isEmpty() && !isApiName(name))
        return fail(tr("The schema's name may have only letters, digits, _ and - (at most %1), "
                       "not \"%2\".")
                        .arg(maxNameLength)
                        .arg(name));
    if (name.isEmpty())
        name = apiName(schema.value(u"title"_s).toString());
    if (name.isEmpty())
        name = apiName(fallbackName);
    if (name.isEmpty())
        name = u"answer"_s;
    wrapper.insert(u"name"_s, name);
    wrapper.insert(u"schema"_s, schema);
    if (!wrapper.contains(u"strict"_s))
        wrapper.insert(u"strict"_s, true);
    if (error)
        error->clear();
    return {{u"type"_s, u"json_schema"_s}, {u"json_schema"_s, wrapper}};
}

QJsonObject ResponseFormat::schemaOf(const QJsonObject &format)
{
    if (kindOf(format) != Kind::JsonSchema)
        return {};
    return format.value(u"json_schema"_s).toObject().value(u"schema"_s).toObject();
}

QString ResponseFormat::nameOf(const QJsonObject &format)
{
    return format.value(u"json_schema"_s).toObject().value(u"name"_s).toString();
}
