#include "countoccurrencestool.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString CountOccurrencesTool::name() const
{
    return u"count_occurrences"_s;
}

QString CountOccurrencesTool::description() const
{
    return u"Counts how many times a piece of text (a letter, a word, a phrase) occurs in a "
           "text, without overlaps. Case is ignored unless match_case is true; with "
           "whole_words, only occurrences that are not part of a longer word count."_s;
}

QJsonObject CountOccurrencesTool::parameters() const
{
    const auto property = [](const QString &type, const QString &description) {
        return QJsonObject {{u"type"_s, type}, {u"description"_s, description}};
    };
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject {
                 {u"text"_s, property(u"string"_s, u"The text to search in."_s)},
                 {u"find"_s, property(u"string"_s, u"What to count; not empty."_s)},
                 {u"match_case"_s, property(u"boolean"_s, u"Count only the same case."_s)},
                 {u"whole_words"_s,
                  property(u"boolean"_s, u"Count only occurrences that are whole words."_s)},
             }},
            {u"required"_s, QJsonArray {u"text"_s, u"find"_s}}};
}

qsizetype CountOccurrencesTool::count(const QString &text, const QString &piece, bool matchCase,
                                      bool wholeWords)
{
    if (piece.isEmpty())
        return 0;
    if (!wholeWords)
        return text.count(piece, matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive);
    // Not preceded or followed by a letter, digit or underscore.
    QRegularExpression pattern(u"(?<![\\w])"_s + QRegularExpression::escape(piece) + u"(?![\\w])"_s,
                               QRegularExpression::UseUnicodePropertiesOption);
    if (!matchCase)
        pattern.setPatternOptions(pattern.patternOptions()
                                  | QRegularExpression::CaseInsensitiveOption);
    qsizetype found = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++found;
    return found;
}

void CountOccurrencesTool::invoke(const QJsonObject &arguments, Done done)
{
    const QJsonValue text = arguments.value(u"text"_s);
    const QJsonValue find = arguments.value(u"find"_s);
    if (!text.isString() || !find.isString() || find.toString().isEmpty()) {
        done(u"Give \"text\" and a non-empty \"find\", both as strings."_s, true);
        return;
    }
    const QJsonValue matchCase = arguments.value(u"match_case"_s);
    const QJsonValue wholeWords = arguments.value(u"whole_words"_s);
    if (!(matchCase.isUndefined() || matchCase.isBool())
        || !(wholeWords.isUndefined() || wholeWords.isBool())) {
        done(u"\"match_case\" and \"whole_words\" are true or false."_s, true);
        return;
    }
    const qsizetype found
        = count(text.toString(), find.toString(), matchCase.toBool(), wholeWords.toBool());
    done(u"%1 occurrence(s) of \"%2\"%3%4."_s.arg(
             QString::number(found), find.toString(),
             matchCase.toBool() ? u", matching case"_s : u", ignoring case"_s,
             wholeWords.toBool() ? u", as whole words"_s : QString()),
         false);
}
