#pragma once

#include <QString>

struct Message;

// The words and numbers a person reads about a message: its metadata line, why it ended,
// how long the model thought. Kept apart from the views so that every wording is tested.
namespace MessageFormat {

// "deepseek-chat · 1,234 tokens · first token 0.4 s · 52 tokens/s"; parts that are not
// known yet are left out.
QString metadataLine(const Message &message);

// Empty for an answer that ended normally; otherwise what happened, e.g. "Cut off: max tokens".
QString endNote(const Message &message);

// "Thinking…" while the model reasons, then "Thought for 12 s".
QString reasoningTitle(const Message &message);

// A duration for people: "0.4 s", "12 s", "2 min 5 s".
QString duration(qint64 milliseconds);

// Markdown that renders without fetching anything: images become links with their alt
// text, raw <img> tags are shown as text. Links stay links; they open only on click.
QString withoutRemoteContent(const QString &markdown);

// A block quote's text without its first level of '>' markers.
QString withoutQuoteMarkers(const QString &quote);

} // namespace MessageFormat
