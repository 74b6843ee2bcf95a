#include "historytext.h"

#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QStringList words(const QString &spaced)
{
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

const QStringList &functionWords()
{
    static const QStringList list = words(
        u"the of and to a in is it that for you on with as this be are can or by not from at "
        "but if we your will have which when then so use all one more each only also there "
        "into than its other some what how any new may like just should would first way them "
        "they these make because after before where does do need without while both over here "
        "most every very still instead"_s);
    return list;
}

const QStringList &contentWords()
{
    static const QStringList list = words(
        u"function thread memory error server database file request value code data query "
        "index cache test build string list type object class method variable model user "
        "response client network install version update config path folder network layout "
        "window render frame signal slot event loop timer socket header body buffer stream "
        "process pointer reference array vector map hash table schema column row transaction "
        "lock mutex performance latency throughput profile module package library dependency "
        "release debug compiler linker warning exception crash stack heap allocation leak "
        "python javascript typescript rust golang java kotlin swift react vue django flask "
        "qt qml cmake ninja gcc clang linux windows macos android browser endpoint route "
        "handler middleware async await promise future callback closure lambda iterator "
        "generator recursion algorithm complexity sort search binary tree graph queue matrix "
        "tensor gradient training inference embedding prompt completion context temperature "
        "sampling dataset accuracy loss epoch batch learning regression classification "
        "statistics probability distribution average median variance sample chart plot "
        "markdown document paragraph table image color font text keyboard mouse focus "
        "animation shader texture gpu cpu kernel driver device battery disk storage backup "
        "restore migration upgrade sqlite postgres container docker kubernetes cluster node "
        "proxy certificate token secret password account session widget delegate scroll "
        "click commit branch merge repository deploy pipeline workflow integration unit "
        "spreadsheet invoice budget recipe travel itinerary weather history essay poem story "
        "translation grammar email letter meeting schedule calendar reminder health exercise "
        "garden coffee music guitar vacation flight hotel museum cooking baking bread pasta "
        "salary interview resume career startup marketing customer product feature roadmap "
        "deadline estimate invoice contract license privacy security vulnerability patch "
        "encryption firewall router wifi bluetooth printer monitor laptop keyboard shortcut "
        "terminal shell script regex pattern parser encoder decoder serializer protocol "
        "handshake timeout retry backoff throttle quota limit offset cursor pagination "
        "snapshot checkpoint journal replica shard partition consistency isolation deadlock "
        "semaphore atomic volatile coroutine scheduler dispatcher observer listener "
        "component property binding anchor margin padding border gradient opacity shadow"_s);
    return list;
}

const QStringList &cjkWords()
{
    static const QStringList list
        = words(u"数据库 搜索 性能 线程 内存 泄漏 函数 变量 错误 异常 服务器 客户端 网络 请求 响应 "
                "缓存 文件 路径 配置 安装 编译 测试 优化 算法 排序 查询 索引 事务 模型 训练 推理 "
                "提示词 上下文 翻译 语法 文章 总结 会议 日程 旅行 天气 咖啡 音乐 学习 问题 解决 "
                "方法 例子 代码 程序 系统 用户 界面 窗口 按钮 图片 颜色 字体 文本 文档 表格 版本 "
                "更新 依赖 容器 部署 集群 节点 证书 密钥 密码 账户 会话 我们 可以 使用 这个 需要 "
                "如果 因为 所以 但是 然后 已经 应该 的 了 和 是 在 "
                "データベース 検索 スレッド メモリ 関数 エラー サーバー 設定 最適化 翻訳 ください "
                "について します できます ありがとう 問題 方法"_s);
    return list;
}

const QStringList &emoji()
{
    static const QStringList list = words(
        u"🚀 ✅ ❌ 🎉 👍 🔥 💡 ⚠️ 📌 🙂 😅 🤔 📈 🐛 ☕ 🇯🇵"_s);
    return list;
}

const QStringList &identifiers()
{
    static const QStringList list
        = words(u"items result count config buffer index session userId payload handler worker "
                "cache response request path value total limit offset query fetch() "
                "std::vector QString --verbose config.json"_s);
    return list;
}

const QStringList &languages()
{
    static const QStringList list = words(u"python cpp javascript sql bash rust qml"_s);
    return list;
}

// A few lines per language in languages() order; %1 is an identifier.
const QList<QStringList> &codeLines()
{
    static const QList<QStringList> lines = {
        {u"def process(%1, limit=10):"_s, u"    result = []"_s,
         u"    for index, item in enumerate(%1):"_s,
         u"        if item.score > limit and not item.hidden:"_s,
         u"            result.append((index, item.name.strip()))"_s,
         u"    return sorted(result, key=lambda pair: pair[1])"_s,
         u"with open(\"config.json\", encoding=\"utf-8\") as file:"_s,
         u"    %1 = json.load(file)"_s, u"print(f\"{len(%1)} items over the limit\")"_s},
        {u"std::vector<int> process(const std::vector<Item> &%1, int limit)"_s, u"{"_s,
         u"    std::vector<int> result;"_s, u"    for (std::size_t i = 0; i < %1.size(); ++i) {"_s,
         u"        if (%1[i].score > limit)"_s,
         u"            result.push_back(static_cast<int>(i));"_s, u"    }"_s,
         u"    return result; // moved, not copied"_s, u"}"_s},
        {u"async function fetchAll(urls, { signal } = {}) {"_s,
         u"  const %1 = await Promise.all(urls.map((url) => fetch(url, { signal })));"_s,
         u"  return Promise.all(%1.map((response) => response.json()));"_s, u"}"_s,
         u"const total = values.reduce((sum, value) => sum + value, 0);"_s,
         u"console.log(`over the limit by ${total - limit}`);"_s},
        {u"SELECT id, title, updated_at FROM conversations"_s,
         u"WHERE archived = 0 AND %1 IS NOT NULL"_s, u"ORDER BY updated_at DESC LIMIT 200;"_s,
         u"CREATE INDEX IF NOT EXISTS %1_by_date ON messages (created_at);"_s,
         u"EXPLAIN QUERY PLAN SELECT count(*) FROM messages;"_s},
        {u"#!/usr/bin/env bash"_s, u"set -euo pipefail"_s, u"for f in \"$@\"; do"_s,
         u"  grep -n \"%1\" \"$f\" | head -20"_s, u"done"_s,
         u"cmake -S . -B build -G Ninja && cmake --build build"_s},
        {u"fn process(%1: &[Item], limit: u32) -> Vec<usize> {"_s, u"    %1.iter().enumerate()"_s,
         u"        .filter(|(_, item)| item.score > limit)"_s, u"        .map(|(i, _)| i)"_s,
         u"        .collect()"_s, u"}"_s},
        {u"ListView {"_s, u"    id: %1"_s, u"    anchors.fill: parent"_s,
         u"    model: conversationModel"_s,
         u"    delegate: MessageDelegate { width: ListView.view.width }"_s, u"}"_s},
    };
    return lines;
}

// Made-up but pronounceable words: the long tail of a real vocabulary. Built from letters
// the rare words do not combine, so that no tail word contains one of them.
QStringList tailWords()
{
    const QStringList syllables = words(u"ba be bo ca ce co da de di fa fe fi ga go la le li lo "
                                        "ma me mi mo na ne no pa pe po ra re ri ro sa se si so "
                                        "ta te ti to va ve vi vo"_s);
    const QStringList codas = {QString(), u"n"_s, u"r"_s, u"s"_s, u"l"_s, u"m"_s, u"t"_s};
    const QStringList endings = words(u"ia ous ent ine ade ism or ate al ic"_s);
    QSet<QString> known(functionWords().cbegin(), functionWords().cend());
    known.unite(QSet<QString>(contentWords().cbegin(), contentWords().cend()));
    std::mt19937_64 random(20'261'101);
    QStringList tail;
    while (tail.size() < HistoryText::tailWordCount) {
        QString word;
        const int count = 2 + int(random() % 2);
        for (int i = 0; i < count; ++i)
            word += syllables.at(int(random() % syllables.size()))
                + codas.at(int(random() % codas.size()));
        if (random() % 3 == 0)
            word += endings.at(int(random() % endings.size()));
        if (!known.contains(word)) {
            known.insert(word);
            tail.append(word);
        }
    }
    return tail;
}

// Zipf-Mandelbrot weights 1 / (rank + offset) within each group of words: a larger offset
// makes the group's first words less dominant.
std::vector<double> cumulativeWeights(qsizetype count, double offset)
{
    std::vector<double> cumulative;
    double sum = 0;
    for (qsizetype rank = 0; rank < count; ++rank)
        cumulative.push_back(sum += 1.0 / (double(rank) + offset));
    return cumulative;
}

// Shares of the words drawn: the most common technical word ends up in about a third of
// the messages, a typical one in a few percent, the rarest made-up ones in about a hundred.
constexpr double functionShare = 0.45;
constexpr double contentShare = 0.27; // the rest is the tail

struct Vocabulary
{
    QStringList words;
    std::vector<double> function, content, tail; // cumulative weights
};

const Vocabulary &vocabularyData()
{
    static const Vocabulary vocabulary = [] {
        const QStringList tail = tailWords();
        return Vocabulary {
            functionWords() + contentWords() + tail, cumulativeWeights(functionWords().size(), 2.7),
            cumulativeWeights(contentWords().size(), 50), cumulativeWeights(tail.size(), 50)};
    }();
    return vocabulary;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

HistoryText::HistoryText(quint64 seed)
    : m_random(seed)
{ }

const QStringList &HistoryText::vocabulary()
{
    return vocabularyData().words;
}

const QStringList &HistoryText::rareWords()
{
    static const QStringList list = words(u"zugzwang quincunx jynxwort fjeldmark wyvernhook "
                                          "kobzarist xylohedron gwyddbwyll 饕餮纹 ヴィクセン"_s);
    return list;
}

const QStringList &HistoryText::stockPhrases()
{
    static const QStringList list = {
        u"segmentation fault"_s,  u"connection pool exhausted"_s,
        u"undefined reference"_s, u"permission denied"_s,
        u"cannot find module"_s,  u"time zone conversion"_s,
        u"database is locked"_s,  u"race condition in the worker thread"_s,
        u"out of memory"_s,       u"how do I center a div"_s,
    };
    return list;
}

qsizetype HistoryText::utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : (u < 0x800 || c.isSurrogate()) ? 2 : 3;
    }
    return bytes;
}

quint64 HistoryText::next()
{
    return m_random();
}

int HistoryText::below(int bound)
{
    return bound > 0 ? int(m_random() % quint64(bound)) : 0;
}

double HistoryText::unit()
{
    return double(m_random() >> 11) * 0x1.0p-53;
}

bool HistoryText::chance(double probability)
{
    return unit() < probability;
}

QString HistoryText::uuid()
{
    const quint64 a = next();
    const quint64 b = next();
    auto hex = [](quint64 value, int digits) {
        return QString::number(value, 16).rightJustified(digits, u'0');
    };
    return hex(a >> 32, 8) + u'-' + hex((a >> 16) & 0xffff, 4) + u"-4"_s + hex(a & 0xfff, 3) + u'-'
        + hex(0x8000 | ((b >> 48) & 0x3fff), 4) + u'-' + hex(b & 0xffff'ffff'ffffULL, 12);
}

QString HistoryText::word()
{
    const Vocabulary &v = vocabularyData();
    const double group = unit();
    const bool function = group < functionShare;
    const bool content = !function && group < functionShare + contentShare;
    const std::vector<double> &weights = function ? v.function : content ? v.content : v.tail;
    const qsizetype first = function ? 0
        : content                    ? functionWords().size()
                                     : functionWords().size() + contentWords().size();
    const auto at = std::upper_bound(weights.cbegin(), weights.cend(), unit() * weights.back());
    return v.words.at(first + std::min<qsizetype>(at - weights.cbegin(), weights.size() - 1));
}

QString HistoryText::cjkWord()
{
    return pick(cjkWords());
}

QString HistoryText::sentence(int minWords, int maxWords)
{
    const int count = minWords + below(maxWords - minWords + 1);
    QString text;
    for (int i = 0; i < count; ++i) {
        QString w = word();
        const double roll = unit();
        if (roll < 0.04)
            w = u'`' + pick(identifiers()) + u'`';
        else if (roll < 0.06)
            w = u"**"_s + w + u"**"_s;
        else if (roll < 0.08)
            w = QString::number(below(2048));
        text += i == 0 ? capitalized(w) : u' ' + w;
    }
    if (chance(0.02))
        text += u' ' + pick(emoji());
    static const QStringList endings = {u"."_s, u"."_s, u"."_s, u"."_s, u"?"_s, u"!"_s, u":"_s};
    return text + pick(endings);
}

QString HistoryText::cjkSentence()
{
    const int count = 4 + below(7);
    QString text;
    for (int i = 0; i < count; ++i) {
        if (chance(0.12))
            text += u' ' + pick(contentWords()) + u' ';
        else
            text += cjkWord();
        if (i > 0 && i + 1 < count && chance(0.15))
            text += u'，';
    }
    if (chance(0.03))
        text += pick(emoji());
    return text + u'。';
}

QString HistoryText::paragraph(bool cjk)
{
    const int count = 2 + below(4);
    QString text;
    for (int i = 0; i < count; ++i)
        text += (i ? u" "_s : QString()) + (cjk ? cjkSentence() : sentence(6, 18));
    return text;
}

QString HistoryText::list(bool numbered, bool cjk)
{
    const int count = 3 + below(4);
    QString text;
    for (int i = 0; i < count; ++i)
        text += (i ? u"\n"_s : QString()) + (numbered ? u"%1. "_s.arg(i + 1) : u"- "_s)
            + (cjk ? cjkSentence() : sentence(3, 10));
    return text;
}

QString HistoryText::codeBlock()
{
    const int language = below(int(languages().size()));
    const QStringList &lines = codeLines().at(language);
    const QString identifier = QString(pick(identifiers())).remove(u"()"_s);
    const int count = 4 + below(12);
    const int first = below(int(lines.size()));
    QString text = u"```"_s + languages().at(language);
    for (int i = 0; i < count; ++i)
        text += u'\n' + QString(lines.at((first + i) % lines.size())).replace(u"%1"_s, identifier);
    return text + u"\n```"_s;
}

QString HistoryText::table()
{
    QString text = u"| Option | Default | Notes |\n|---|---|---|"_s;
    for (int i = 0, rows = 2 + below(4); i < rows; ++i)
        text += u"\n| `%1` | %2 | %3 |"_s.arg(pick(identifiers()), QString::number(below(100)),
                                              sentence(3, 7));
    return text;
}

QString HistoryText::title(bool cjk)
{
    if (cjk)
        return cjkWord() + cjkWord() + (chance(0.5) ? u"的问题"_s : u"について"_s);
    static const QStringList verbs
        = words(u"Fix Debug Speed up Explain Compare Install Configure Translate Summarize "
                "Write Plan Refactor Test Deploy Optimize"_s);
    static const QStringList techs = words(u"Python Qt C++ Rust JavaScript SQLite Docker Linux "
                                           "React Kubernetes Go PostgreSQL QML CMake TypeScript"_s);
    const QString a = pick(contentWords());
    const QString b = pick(contentWords());
    QString title;
    switch (below(5)) {
    case 0:
        title = capitalized(a) + u' ' + b + u" question"_s;
        break;
    case 1:
        title = u"How to "_s + pick(verbs).toLower() + u' ' + a + u" in "_s + pick(techs);
        break;
    case 2:
        title = pick(techs) + u": "_s + a + u' ' + b;
        break;
    case 3:
        title = pick(verbs) + u' ' + a + u" and "_s + b;
        break;
    default:
        title = capitalized(a) + u' ' + b + u' ' + pick(contentWords());
    }
    return chance(0.05) ? pick(emoji()) + u' ' + title : title;
}

QString HistoryText::question(int bytes, bool cjk)
{
    QString text;
    if (chance(0.15))
        text = (cjk ? u"我遇到了 "_s : u"I keep getting "_s) + pick(stockPhrases())
            + (cjk ? u"。"_s : u"."_s);
    while (utf8Size(text) < bytes) {
        if (!text.isEmpty())
            text += chance(0.2) ? u"\n\n"_s : u" "_s;
        if (chance(0.05) && utf8Size(text) + 200 < bytes)
            text += codeBlock();
        else
            text += cjk ? cjkSentence() : sentence(5, 16);
    }
    return text;
}

QString HistoryText::answer(int bytes, bool cjk)
{
    QString text = paragraph(cjk);
    qsizetype size = utf8Size(text);
    while (size < bytes) {
        const double roll = unit();
        QString block;
        if (roll < 0.45)
            block = paragraph(cjk);
        else if (roll < 0.53)
            block = u"## "_s + (cjk ? cjkWord() + cjkWord() : capitalized(sentence(2, 5)));
        else if (roll < 0.66)
            block = list(false, cjk);
        else if (roll < 0.74)
            block = list(true, cjk);
        else if (roll < 0.95)
            block = codeBlock();
        else if (roll < 0.97)
            block = u"> "_s + (cjk ? cjkSentence() : sentence(6, 14));
        else
            block = table();
        size += utf8Size(block) + 2;
        text += u"\n\n"_s + block;
    }
    return text;
}

QString HistoryText::reasoning(int bytes, bool cjk)
{
    QString text;
    while (utf8Size(text) < bytes)
        text += (text.isEmpty() ? QString() : u"\n\n"_s) + paragraph(cjk);
    return text;
}

QString HistoryText::plantedSentence(const QString &rareWord)
{
    return rareWord.at(0).unicode() >= 0x3000 ? u"顺便提一下"_s + rareWord + u"。"_s
                                              : u"By the way, "_s + rareWord + u" came up again."_s;
}
