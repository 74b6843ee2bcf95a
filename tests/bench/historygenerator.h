#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// What to generate. The defaults are the history: 10,000 conversations, 300,000
// messages, ~300 MB of text, one conversation of 2,000 messages.
struct HistoryParameters
{
    int conversations = 10'000;
    int messages = 300'000; // all conversations together, the long one included
    int averageMessageBytes = 1'000; // UTF-8 text (content + reasoning) per message
    int longConversationMessages = 2'000;
    int rareWordMessages = 7; // how many messages contain each of rareWords()
    qint64 endsAt = 1'793'491'200'000; // the newest activity: 2026-11-01 00:00 UTC
    quint64 seed = 0x5eed'c0ff'eeULL;

    // Everything the generated file depends on, the store's schema included; the cache
    // marker holds it.
    QString key() const;
};

// What was generated (or, for a reused file, what the marker recorded).
struct HistoryStats
{
    qint64 conversations = 0;
    qint64 messages = 0;
    qint64 textBytes = 0; // UTF-8 content and reasoning
    qint64 fileBytes = 0;
    double seconds = 0; // generation time
    bool reused = false;
};

// Writes a large, realistic, deterministic chat history through ConversationStore: titles,
// dates over two years (some pinned, some archived), alternating user and assistant
// messages (Markdown, code blocks, some reasoning, some CJK and emoji, a few regenerated
// answers), one conversation of longConversationMessages with a known id, and a few rare
// words in a known number of messages, so that searches can be checked.
class HistoryGenerator
{
public:
    static QString longConversationId();
    static QStringList rareWords(); // each in exactly rareWordMessages messages
    // Phrases the text contains now and then, for phrase searches.
    static QStringList stockPhrases();
    // The generated text's vocabulary, weighted in this order: common English words,
    // technical words, then a long tail of made-up words (the last tailWords() of it).
    static int vocabularySize();
    static int tailWords();
    static QString vocabularyWord(int rank);

    explicit HistoryGenerator(HistoryParameters parameters = {});

    // Reuses `path` when its marker (`path` + ".marker") records the same key(); otherwise
    // generates it into a temporary file beside it and renames that when complete.
    bool ensure(const QString &path);
    bool generate(const QString &path);

    // Called with 0..100 while generating.
    void setProgressHandler(std::function<void(int percent)> handler);

    const HistoryParameters &parameters() const;
    const HistoryStats &stats() const;
    QString lastError() const;

private:
    bool writeHistory(const QString &path);
    bool fail(const QString &message);

    HistoryParameters m_parameters;
    HistoryStats m_stats;
    QString m_lastError;
    std::function<void(int)> m_progress;
};
