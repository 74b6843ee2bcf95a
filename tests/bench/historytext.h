#pragma once

#include <QString>
#include <QStringList>

#include <random>

// Deterministic chat text for the history benchmark: words drawn from a Zipf-like
// vocabulary (common English, technical terms, a long tail of made-up words), Markdown
// answers with headings, lists, tables and fenced code, some Chinese and Japanese, some
// emoji. The same seed always gives the same text, on every platform.
class HistoryText
{
public:
    explicit HistoryText(quint64 seed);

    static constexpr int tailWordCount = 20'000; // made-up words at the end of vocabulary()

    // Every word the text draws from, by group: common English, technical, the tail.
    static const QStringList &vocabulary();
    static const QStringList &rareWords(); // never drawn; planted with plantedSentence()
    static const QStringList &stockPhrases(); // appear now and then in questions

    // Bytes of `text` in UTF-8.
    static qsizetype utf8Size(QStringView text);

    quint64 next();
    int below(int bound); // 0 .. bound - 1
    double unit(); // [0, 1)
    bool chance(double probability);
    QString uuid(); // random, UUID-shaped

    QString title(bool cjk);
    // About `bytes` of UTF-8 each (a little more: whole sentences and blocks).
    QString question(int bytes, bool cjk);
    QString answer(int bytes, bool cjk);
    QString reasoning(int bytes, bool cjk);
    QString plantedSentence(const QString &rareWord);

private:
    QString word();
    QString cjkWord();
    QString sentence(int minWords, int maxWords);
    QString cjkSentence();
    QString paragraph(bool cjk);
    QString list(bool numbered, bool cjk);
    QString codeBlock();
    QString table();
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    std::mt19937_64 m_random;
};
