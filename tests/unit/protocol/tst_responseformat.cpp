#include "protocol/responseformat.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestResponseFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds()
    {
        using Kind = ResponseFormat::Kind;
        QCOMPARE(ResponseFormat::kindOf({}), Kind::Text);
        QCOMPARE(ResponseFormat::kindOf(object(R"({"type":"text"})")), Kind::Text);
        QCOMPARE(ResponseFormat::kindOf(ResponseFormat::jsonObject()), Kind::JsonObject);
        QCOMPARE(ResponseFormat::jsonObject(), object(R"({"type":"json_object"})"));
        QCOMPARE(ResponseFormat::kindOf(object(R"({"type":"json_schema"})")), Kind::JsonSchema);
        QCOMPARE(ResponseFormat::kindName(Kind::JsonSchema), u"json_schema"_s);
    }

    void schemaNamedByItsTitle()
    {
        QString error = u"stale"_s;
        const QJsonObject format
            = ResponseFormat::fromSchemaText(uR"({"title": "Person record", "type": "object",
                 "properties": {"name": {"type": "string"}}, "required": ["name"]})"_s,
                                             u"ignored"_s, &error);
        QCOMPARE(error, QString());
        QCOMPARE(format, object(R"({"type": "json_schema", "json_schema": {
            "name": "Person_record", "strict": true,
            "schema": {"title": "Person record", "type": "object",
                       "properties": {"name": {"type": "string"}}, "required": ["name"]}}})"));
        QCOMPARE(ResponseFormat::schemaOf(format).value(u"title"_s).toString(), u"Person record"_s);
        QCOMPARE(ResponseFormat::nameOf(format), u"Person_record"_s);
    }

    void schemaWithoutTitle()
    {
        QString error;
        QCOMPARE(ResponseFormat::fromSchemaText(uR"({"type": "array"})"_s, u"weather.v2"_s, &error),
                 object(R"({"type": "json_schema", "json_schema": {"name": "weather_v2",
                            "strict": true, "schema": {"type": "array"}}})"));
        QCOMPARE(ResponseFormat::fromSchemaText(uR"({})"_s, QString(), &error),
                 object(R"({"type": "json_schema", "json_schema": {"name": "answer",
                            "strict": true, "schema": {}}})"));
    }

    // Pasted as the API documents it: its own name and strict stay.
    void wholeJsonSchemaObject()
    {
        QString error;
        QCOMPARE(ResponseFormat::fromSchemaText(
                     uR"({"name": "city", "strict": false, "schema": {"type": "object"}})"_s,
                     QString(), &error),
                 object(R"({"type": "json_schema", "json_schema": {"name": "city",
                            "strict": false, "schema": {"type": "object"}}})"));
    }

    void apiNames()
    {
        QCOMPARE(ResponseFormat::apiName(u"  Wetter für Köln! "_s), u"Wetter_f_r_K_ln"_s);
        QCOMPARE(ResponseFormat::apiName(QString(80, u'a')).size(), 64);
        QVERIFY(ResponseFormat::isApiName(u"a-b_9"_s));
        QVERIFY(!ResponseFormat::isApiName(u"a b"_s));
        QVERIFY(!ResponseFormat::isApiName(QString()));
    }

    void invalidSchemasAreExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << u"  "_s
                               << u"Paste a JSON Schema, such as {\"type\": \"object\", "
                                  "\"properties\": {…}}."_s;
        QTest::addRow("not JSON") << u"{\"type\": \"object\",}"_s
                                  << u"The schema is not valid JSON: object is missing after a "
                                     "comma at character 19."_s;
        QTest::addRow("an array") << u"[]"_s
                                  << u"The schema must be a JSON object, such as {\"type\": "
                                     "\"object\"}."_s;
        QTest::addRow("unknown type") << u"{\"type\": \"obj\"}"_s
                                      << u"The schema's \"type\" must be one of object, array, "
                                         "string, number, integer, boolean, null."_s;
        QTest::addRow("properties a list")
            << u"{\"properties\": []}"_s << u"The schema's \"properties\" must be an object."_s;
        QTest::addRow("required not names") << u"{\"required\": [1]}"_s
                                            << u"The schema's \"required\" must be a list of "
                                               "names."_s;
        QTest::addRow("bad name") << u"{\"name\": \"my schema\", \"schema\": {}}"_s
                                  << u"The schema's name may have only letters, digits, _ and - "
                                     "(at most 64), not \"my schema\"."_s;
    }

    void invalidSchemasAreExplained()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString problem;
        QCOMPARE(ResponseFormat::fromSchemaText(text, u"file"_s, &problem), QJsonObject());
        QCOMPARE(problem, error);
    }
};

QTEST_GUILESS_MAIN(TestResponseFormat)
#include "tst_responseformat.moc"
