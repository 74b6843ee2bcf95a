#include "markdownanswer.h"

#include <random>

using namespace Qt::StringLiterals;

namespace {

const QStringList words = {
    u"the"_s,      u"stream"_s,  u"of"_s,      u"tokens"_s, u"is"_s,      u"parsed"_s,
    u"and"_s,      u"shown"_s,   u"a"_s,       u"model"_s,  u"answer"_s,  u"window"_s,
    u"with"_s,     u"every"_s,   u"frame"_s,   u"that"_s,   u"block"_s,   u"text"_s,
    u"code"_s,     u"list"_s,    u"in"_s,      u"to"_s,     u"for"_s,     u"it"_s,
    u"when"_s,     u"only"_s,    u"changes"_s, u"layout"_s, u"view"_s,    u"request"_s,
    u"server"_s,   u"latency"_s, u"per"_s,     u"chunk"_s,  u"memory"_s,  u"function"_s,
    u"returns"_s,  u"value"_s,   u"each"_s,    u"item"_s,   u"which"_s,   u"can"_s,
    u"be"_s,       u"used"_s,    u"as"_s,      u"an"_s,     u"example"_s, u"this"_s,
    u"approach"_s, u"works"_s,   u"because"_s, u"data"_s,   u"arrives"_s, u"over"_s,
    u"time"_s,     u"so"_s,      u"we"_s,      u"keep"_s,   u"state"_s,   u"small"_s,
    u"simple"_s,   u"fast"_s,    u"enough"_s,  u"also"_s,   u"note"_s,    u"how"_s,
    u"results"_s,  u"differ"_s,  u"between"_s, u"runs"_s,   u"café"_s,    u"naïve"_s,
    u"résumé"_s,   u"—"_s,       u"42"_s,      u"2024"_s,   u"users"_s,   u"query"_s,
    u"index"_s,    u"cache"_s,   u"buffer"_s,  u"thread"_s, u"loop"_s,    u"error"_s,
};

const QStringList identifiers = {
    u"items"_s,   u"result"_s,      u"count"_s,     u"std::vector"_s, u"QString"_s,
    u"fetch()"_s, u"config.json"_s, u"--verbose"_s, u"map"_s,         u"reduce"_s,
};

const QStringList languages = {u"python"_s, u"cpp"_s, u"javascript"_s};

// A few lines per language; blocks pick from them at random.
const QList<QStringList> codeLines = {
    {
        u"def process(items, limit=10):"_s,
        u"    result = []"_s,
        u"    for index, item in enumerate(items):"_s,
        u"        if item.score > limit and not item.hidden:"_s,
        u"            result.append((index, item.name.strip()))"_s,
        u"    return sorted(result, key=lambda pair: pair[1])"_s,
        u"# Read the configuration once, at start-up."_s,
        u"with open(\"config.json\", encoding=\"utf-8\") as file:"_s,
        u"    config = json.load(file)"_s,
        u"print(f\"{len(result)} items over the limit\")"_s,
    },
    {
        u"std::vector<int> process(const std::vector<Item> &items, int limit)"_s,
        u"{"_s,
        u"    std::vector<int> result;"_s,
        u"    for (std::size_t i = 0; i < items.size(); ++i) {"_s,
        u"        if (items[i].score > limit)"_s,
        u"            result.push_back(static_cast<int>(i));"_s,
        u"    }"_s,
        u"    return result; // moved, not copied"_s,
        u"}"_s,
        u"auto total = std::accumulate(values.begin(), values.end(), 0.0);"_s,
    },
    {
        u"async function fetchAll(urls, { signal } = {}) {"_s,
        u"  const responses = await Promise.all(urls.map((url) => fetch(url, { signal })));"_s,
        u"  return Promise.all(responses.map((response) => response.json()));"_s,
        u"}"_s,
        u"const total = values.reduce((sum, value) => sum + value, 0);"_s,
        u"if (total > limit) {"_s,
        u"  console.log(`over the limit by ${total - limit}`);"_s,
        u"}"_s,
        u"export default { fetchAll, total };"_s,
    },
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class Builder
{
public:
    explicit Builder(int tokenCount)
        : m_limit(std::max(tokenCount, 1))
    { }

    bool full() const { return m_answer.deltas.size() >= m_limit; }
    MarkdownAnswer take() { return std::move(m_answer); }

    void paragraph(bool first = false)
    {
        QString text;
        const int sentences = between(3, 5);
        for (int i = 0; i < sentences; ++i)
            text += (i > 0 ? u" "_s : QString()) + sentence(between(8, 18), first && i == 0);
        add(text + u"\n\n"_s);
    }

    void heading()
    {
        add(u"#"_s.repeated(between(2, 3)) + u' ' + sentence(between(2, 5), false).chopped(1)
            + u"\n\n"_s);
    }

    void list()
    {
        const bool numbered = chance(0.4);
        const int items = between(3, 6);
        QString text;
        for (int i = 0; i < items; ++i)
            text += (numbered ? QString::number(i + 1) + u". "_s : u"- "_s)
                + sentence(between(5, 12), false) + u'\n';
        add(text + u'\n');
    }

    void codeBlock()
    {
        const int language = between(0, int(languages.size()) - 1);
        const QStringList &lines = codeLines.at(language);
        QString text = u"```"_s + languages.at(language) + u'\n';
        const int count = between(6, 24);
        for (int i = 0; i < count; ++i)
            text += lines.at(between(0, int(lines.size()) - 1)) + u'\n';
        add(text + u"```\n\n"_s);
    }

    int between(int low, int high) { return std::uniform_int_distribution(low, high)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }

private:
    QString sentence(int wordCount, bool startWithThe)
    {
        QString text;
        for (int i = 0; i < wordCount; ++i) {
            QString word = words.at(between(0, int(words.size()) - 1));
            if (i == 0 && startWithThe)
                word = u"The"_s; // so that no <think> handling is involved
            else if (i == 0)
                word[0] = word.at(0).toUpper();
            else if (chance(0.06))
                word = u'`' + identifiers.at(between(0, int(identifiers.size()) - 1)) + u'`';
            else if (chance(0.03))
                word = u"**"_s + word + u"**"_s;
            text += (i > 0 ? u" "_s : QString()) + word;
            if (i > 2 && i + 2 < wordCount && chance(0.08))
                text += u',';
        }
        return text + u'.';
    }

    // Cuts text into tokens roughly as a model's tokenizer does: an indent, a word with the
    // space before it, a run of one punctuation mark, a run of newlines.
    void add(const QString &text)
    {
        qsizetype at = 0;
        while (at < text.size() && !full()) {
            const qsizetype start = at;
            const bool lineStart = start == 0 || text.at(start - 1) == u'\n';
            if (text.at(at) == u'\n') {
                while (at < text.size() && text.at(at) == u'\n')
                    ++at;
            } else if (lineStart && text.at(at) == u' ') {
                while (at < text.size() && text.at(at) == u' ')
                    ++at;
            } else {
                if (text.at(at) == u' ')
                    ++at;
                if (at < text.size() && isWordCharacter(text.at(at))) {
                    while (at < text.size() && isWordCharacter(text.at(at)))
                        ++at;
                } else if (at < text.size() && text.at(at) != u'\n') {
                    const QChar mark = text.at(at);
                    while (at < text.size() && text.at(at) == mark)
                        ++at;
                }
            }
            const QString token = text.sliced(start, at - start);
            m_answer.deltas.append(token);
            m_answer.text += token;
        }
    }

    MarkdownAnswer m_answer;
    int m_limit;
    std::mt19937 m_random {20240601};
};

} // namespace

MarkdownAnswer MarkdownAnswer::generate(int tokenCount)
{
    Builder builder(tokenCount);
    builder.paragraph(true);
    int sinceCode = 0;
    int sinceHeading = 0;
    while (!builder.full()) {
        if (sinceHeading >= 8 && builder.chance(0.5)) {
            builder.heading();
            sinceHeading = 0;
            continue;
        }
        ++sinceHeading;
        if (sinceCode >= 3 && (sinceCode >= 4 || builder.chance(0.5))) {
            builder.codeBlock();
            sinceCode = 0;
        } else if (builder.chance(0.2)) {
            builder.list();
            ++sinceCode;
        } else {
            builder.paragraph();
            ++sinceCode;
        }
    }
    return builder.take();
}
