#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What a request's response_format asks for, and how a JSON Schema a person pastes (or a
// file confab-cli reads) becomes one: {"type":"json_schema","json_schema":{"name":…,
// "schema":…,"strict":true}}.
class ResponseFormat
{
    Q_DECLARE_TR_FUNCTIONS(ResponseFormat)

public:
    enum class Kind { Text, JsonObject, JsonSchema };

    // An empty object (nothing sent) and {"type":"text"} are both Text.
    static Kind kindOf(const QJsonObject &format);
    static QString kindName(Kind kind); // "text", "json_object", "json_schema"
    static QJsonObject jsonObject();

    // The format for a JSON Schema's text. The text may also be a whole json_schema object
    // ({"name":…,"schema":{…}}, as the API documents it); then its name and strict are kept.
    // Otherwise the name is the schema's title, else `fallbackName` (a file's base name),
    // else "answer", cut down to what the API takes. On a problem returns {} and sets
    // `error` to a sentence for people.
    static QJsonObject fromSchemaText(const QString &text, const QString &fallbackName,
                                      QString *error);
    // The JSON Schema a json_schema format sends; {} for the other kinds.
    static QJsonObject schemaOf(const QJsonObject &format);
    static QString nameOf(const QJsonObject &format);
    // Letters, digits, '_' and '-' only, at most 64 characters: what json_schema.name may be.
    static QString apiName(const QString &text);
    static bool isApiName(const QString &name);
};
