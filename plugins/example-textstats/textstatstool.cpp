#include "textstatstool.h"

#include <QJsonArray>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool hasLetterOrNumber(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Segments of `text` of one kind (word, sentence) that hold a letter or a number, so that
// spaces and punctuation between words do not count as words.
qsizetype countSegments(const QString &text, QTextBoundaryFinder::BoundaryType type)
{
    QTextBoundaryFinder finder(type, text);
    qsizetype count = 0;
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        if (hasLetterOrNumber(QStringView(text).sliced(start, end - start)))
            ++count;
        start = end;
    }
    return count;
}

// "\r\n", "\r" and "\n" each end a line; a last line without an ending still counts.
qsizetype countLines(const QString &text)
{
    qsizetype lines = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n')))
            ++lines;
    }
    if (!text.isEmpty() && !text.endsWith(u'\n') && !text.endsWith(u'\r'))
        ++lines;
    return lines;
}

} // namespace

QString TextStatsTool::name() const
{
    return u"text_stats"_s;
}

QString TextStatsTool::description() const
{
    return u"Counts the characters (as a person sees them), characters other than spaces, "
           "words, sentences, lines and UTF-8 bytes of a text. Use it whenever a length "
           "matters (limits, summaries, word counts) instead of estimating."_s;
}

QJsonObject TextStatsTool::parameters() const
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject {{u"text"_s,
                           QJsonObject {{u"type"_s, u"string"_s},
                                        {u"description"_s, u"The text to measure."_s}}}}},
            {u"required"_s, QJsonArray {u"text"_s}}};
}

TextStatsTool::Counts TextStatsTool::count(const QString &text)
{
    Counts counts;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end != -1; end = graphemes.toNextBoundary()) {
        ++counts.characters;
        if (!text.at(start).isSpace())
            ++counts.nonSpaceCharacters;
        start = end;
    }
    counts.words = countSegments(text, QTextBoundaryFinder::Word);
    counts.sentences = countSegments(text, QTextBoundaryFinder::Sentence);
    counts.lines = countLines(text);
    counts.utf8Bytes = text.toUtf8().size();
    return counts;
}

void TextStatsTool::invoke(const QJsonObject &arguments, Done done)
{
    const QJsonValue text = arguments.value(u"text"_s);
    if (!text.isString()) {
        done(u"Give the text to measure as the string argument \"text\"."_s, true);
        return;
    }
    const Counts counts = count(text.toString());
    done(u"characters: %1\ncharacters other than spaces: %2\nwords: %3\nsentences: %4\n"
         "lines: %5\nUTF-8 bytes: %6"_s.arg(
             QString::number(counts.characters), QString::number(counts.nonSpaceCharacters),
             QString::number(counts.words), QString::number(counts.sentences),
             QString::number(counts.lines), QString::number(counts.utf8Bytes)),
         false);
}
