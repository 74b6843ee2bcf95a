#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Whether an answer is a JSON document, so that the transcript shows it as foldable JSON
// rather than as Markdown: the whole answer, or one ```json fence that is the whole answer.
class JsonAnswer
{
public:
    // The JSON text of a complete answer that is shown as JSON: when it parses as an object
    // or an array; or, when its request asked for JSON (`requested`), whenever it starts like
    // one, so that a broken answer is shown as broken JSON with where it breaks.
    // nullopt: it is shown as Markdown.
    static std::optional<QString> documentOf(QStringView answer, bool requested);

    // A streaming answer whose first character (after white space) is '{' or '['. Costs only
    // the leading white space.
    static bool startsLikeJson(QStringView answer);

private:
    static QStringView fenced(QStringView trimmed); // the inside of a lone ```json fence
};
