#include "historygenerator.h"

#include "historytext.h"
#include "storage/conversationstore.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int generatorVersion = 2; // change it whenever the generated text changes
constexpr int conversationsPerBatch = 50; // one transaction for their messages
constexpr qint64 second = 1000;
constexpr qint64 day = 24 * 3600 * second;
constexpr qint64 historySpan = 730 * day;

struct Provider
{
    QString id;
    QString model;
    bool reasons; // a reasoning model: every answer has reasoning
};

const QList<Provider> &providers()
{
    static const QList<Provider> list = {
        {u"openai"_s, u"gpt-4o"_s, false},
        {u"openai"_s, u"o3-mini"_s, true},
        {u"deepseek"_s, u"deepseek-reasoner"_s, true},
        {u"deepseek"_s, u"deepseek-chat"_s, false},
        {u"openrouter"_s, u"anthropic/claude-3.5-sonnet"_s, false},
        {u"ollama"_s, u"llama3.1:8b"_s, false},
        {u"mistral"_s, u"mistral-large-latest"_s, false},
        {u"google"_s, u"gemini-2.0-flash"_s, false},
    };
    return list;
}

// One conversation to generate: its own random text comes from `index`.
struct Plan
{
    int index = 0;
    qint64 createdAt = 0;
    int messageCount = 0;
    bool isLong = false;
};

struct Generated
{
    StoredConversation conversation;
    QList<Message> messages;
    qint64 textBytes = 0;
};

// splitmix64: independent seeds for the conversations from one seed.
quint64 mixSeed(quint64 seed, quint64 index)
{
    quint64 z = seed + 0x9e37'79b9'7f4a'7c15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xbf58'476d'1ce4'e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d0'49bb'1331'11ebULL;
    return z ^ (z >> 31);
}

// Message counts with a long tail (most conversations are short, a few run to hundreds),
// adding up exactly to the requested total; creation dates denser in the recent months.
QList<Plan> makePlans(const HistoryParameters &p, HistoryText &random)
{
    const int longCount = std::clamp(p.longConversationMessages, 0, p.messages);
    const int others = std::max(0, p.conversations - (longCount > 0 ? 1 : 0));
    const qint64 rest = p.messages - longCount;
    QList<Plan> plans;
    if (others > 0) {
        const qint64 base = std::min<qint64>(2, rest / others);
        const qint64 extra = rest - base * others;
        QList<double> weights;
        double sum = 0;
        for (int i = 0; i < others; ++i)
            sum += weights.emplace_back(std::pow(-std::log(1.0 - random.unit()), 1.6));
        qint64 total = 0;
        for (int i = 0; i < others; ++i) {
            Plan plan;
            plan.index = i;
            plan.messageCount = int(base + 2 * qint64(double(extra) * weights.at(i) / sum / 2));
            plan.createdAt
                = p.endsAt - qint64(double(historySpan) * std::pow(random.unit(), 1.4)) - day;
            total += plan.messageCount;
            plans.append(plan);
        }
        while (total < rest) {
            const int add = int(std::min<qint64>(2, rest - total));
            plans[random.below(others)].messageCount += add;
            total += add;
        }
    }
    if (longCount > 0)
        plans.append(Plan {others, p.endsAt - 400 * day, longCount, true});
    // Oldest first, so that message order in the file follows time as in a real history.
    std::sort(plans.begin(), plans.end(),
              [](const Plan &a, const Plan &b) { return a.createdAt < b.createdAt; });
    return plans;
}

// Message ordinal -> the rare word its content gets.
QHash<qint64, QString> plantRareWords(const HistoryParameters &p, HistoryText &random)
{
    QHash<qint64, QString> planted;
    const QStringList &words = HistoryText::rareWords();
    if (qint64(p.rareWordMessages) * words.size() > p.messages)
        return planted;
    for (const QString &word : words) {
        for (int placed = 0; placed < p.rareWordMessages;) {
            const qint64 ordinal = qint64(random.unit() * double(p.messages));
            if (!planted.contains(ordinal)) {
                planted.insert(ordinal, word);
                ++placed;
            }
        }
    }
    return planted;
}

void shiftTimes(Message &m, qint64 delta)
{
    m.createdAt += delta;
    for (qint64 *at :
         {&m.timings.sentAt, &m.timings.firstByteAt, &m.timings.firstTokenAt,
          &m.timings.reasoningStartedAt, &m.timings.reasoningEndedAt, &m.timings.finishedAt})
        if (*at != 0)
            *at += delta;
}

class ConversationWriter
{
public:
    ConversationWriter(const HistoryParameters &p, const Plan &plan)
        : m_p(p)
        , m_plan(plan)
        , m_text(mixSeed(p.seed, quint64(plan.index)))
    { }

    // `ordinal`: the history's message count before this conversation; advanced.
    Generated generate(qint64 &ordinal, const QHash<qint64, QString> &planted)
    {
        Generated g;
        StoredConversation &c = g.conversation;
        const bool cjk = !m_plan.isLong && m_text.chance(0.06);
        const Provider &provider = providers().at(m_text.below(int(providers().size())));
        c.id = m_plan.isLong ? HistoryGenerator::longConversationId() : m_text.uuid();
        c.title = m_plan.isLong ? u"Profiling the Qt renderer, continued"_s : m_text.title(cjk);
        c.providerId = provider.id;
        c.model = provider.model;
        if (m_text.chance(0.2))
            c.systemPrompt = u"You are a helpful assistant. Answer concisely."_s;
        c.parameters = {{u"temperature"_s, 0.1 * m_text.below(11)}};
        c.createdAt = m_plan.createdAt;
        c.pinned = m_text.chance(0.01);
        const bool old = m_p.endsAt - c.createdAt > 90 * day;
        c.archived = !c.pinned && !m_plan.isLong && m_text.chance(old ? 0.12 : 0.02);
        c.customTitle = m_text.chance(0.1);
        if ((m_plan.index / 2) % 40 == 7 && !m_plan.isLong) // pairs of a side-by-side
            c.comparisonGroup = u"comparison-%1"_s.arg(m_plan.index / 2);

        // Messages about a minute apart; a long conversation spread over its whole life.
        const qint64 spacing = m_plan.isLong
            ? (m_p.endsAt - day - c.createdAt) / std::max(1, m_plan.messageCount)
            : 0;
        qint64 now = c.createdAt;
        QString parent;
        bool userTurn = true;
        for (int made = 0; made < m_plan.messageCount;) {
            const bool regenerated
                = !userTurn && made + 1 < m_plan.messageCount && m_text.chance(0.03);
            for (int version = regenerated ? 2 : 1; version > 0; --version, ++made, ++ordinal) {
                now += spacing > 0 ? spacing : (userTurn ? 20 : 5) * second + m_text.below(60'000);
                if (m_text.chance(0.03) && spacing == 0)
                    now += m_text.below(20) * day; // resumed later
                Message m = userTurn ? question(cjk, now) : answer(cjk, provider, now);
                m.parentId = parent;
                if (const auto it = planted.constFind(ordinal); it != planted.cend())
                    m.content += u"\n\n"_s + m_text.plantedSentence(*it);
                g.textBytes
                    += HistoryText::utf8Size(m.content) + HistoryText::utf8Size(m.reasoning);
                g.messages.append(m);
            }
            c.selectedChild.insert(parent, g.messages.constLast().id); // the newest version
            parent = g.messages.constLast().id;
            userTurn = !userTurn;
        }
        if (!g.messages.isEmpty() && !m_plan.isLong && m_text.chance(0.01)
            && g.messages.constLast().role == Message::Role::Assistant)
            g.messages.last().state = Message::State::Cancelled;
        if (now > m_p.endsAt) {
            const qint64 delta = m_p.endsAt - now;
            c.createdAt += delta;
            for (Message &m : g.messages)
                shiftTimes(m, delta);
            now = m_p.endsAt;
        }
        c.updatedAt = now;
        return g;
    }

private:
    // Text sizes around the average: questions short, answers long.
    int textSize(double share)
    {
        return int(double(m_p.averageMessageBytes) * share * (0.3 + 1.4 * m_text.unit()));
    }

    Message question(bool cjk, qint64 at)
    {
        Message m;
        m.id = m_text.uuid();
        m.role = Message::Role::User;
        m.content = m_text.question(textSize(0.28), cjk);
        m.createdAt = at;
        return m;
    }

    Message answer(bool cjk, const Provider &provider, qint64 at)
    {
        Message m;
        m.id = m_text.uuid();
        m.role = Message::Role::Assistant;
        m.model = provider.model;
        int bytes = textSize(1.52);
        const bool reasons = provider.reasons || m_text.chance(0.05);
        if (reasons) {
            m.reasoning = m_text.reasoning(bytes * 3 / 10, cjk);
            bytes -= int(HistoryText::utf8Size(m.reasoning));
        }
        m.content = m_text.answer(std::max(80, bytes), cjk);
        const qint64 completion
            = (HistoryText::utf8Size(m.content) + HistoryText::utf8Size(m.reasoning)) / 4;
        m.usage.promptTokens = 50 + m_text.below(4000);
        m.usage.completionTokens = completion;
        m.usage.totalTokens = m.usage.promptTokens + completion;
        if (reasons)
            m.usage.reasoningTokens = HistoryText::utf8Size(m.reasoning) / 4;
        m.finishReason = u"stop"_s;
        m.timings.sentAt = at - 2 * second - completion * 10;
        m.timings.firstByteAt = m.timings.sentAt + 300 + m_text.below(1200);
        if (reasons) {
            m.timings.reasoningStartedAt = m.timings.firstByteAt;
            m.timings.reasoningEndedAt = m.timings.firstByteAt + m.usage.reasoningTokens * 10;
        }
        m.timings.firstTokenAt = std::max(m.timings.firstByteAt, m.timings.reasoningEndedAt);
        m.timings.finishedAt = at;
        m.createdAt = m.timings.sentAt;
        return m;
    }

    const HistoryParameters &m_p;
    Plan m_plan;
    HistoryText m_text;
};

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

QString HistoryParameters::key() const
{
    QCryptographicHash schema(QCryptographicHash::Sha256);
    for (const QStringList &step : Schema::steps())
        schema.addData(step.join(u'\n').toUtf8());
    return u"confab-history generator %1; schema %2 (%3); %4 conversations; %5 messages; "
           "%6 bytes per message; long %7; rare words %8; ends %9; seed %10"_s.arg(generatorVersion)
               .arg(Schema::latestVersion())
               .arg(QString::fromLatin1(schema.result().toHex().left(16)))
               .arg(conversations)
               .arg(messages)
               .arg(averageMessageBytes)
               .arg(longConversationMessages)
               .arg(rareWordMessages)
               .arg(endsAt)
               .arg(seed);
}

QString HistoryGenerator::longConversationId()
{
    return u"0000c0fa-b000-4000-8000-000000002000"_s;
}

QStringList HistoryGenerator::rareWords()
{
    return HistoryText::rareWords();
}

QStringList HistoryGenerator::stockPhrases()
{
    return HistoryText::stockPhrases();
}

int HistoryGenerator::vocabularySize()
{
    return int(HistoryText::vocabulary().size());
}

int HistoryGenerator::tailWords()
{
    return HistoryText::tailWordCount;
}

QString HistoryGenerator::vocabularyWord(int rank)
{
    return HistoryText::vocabulary().value(rank);
}

HistoryGenerator::HistoryGenerator(HistoryParameters parameters)
    : m_parameters(parameters)
{ }

void HistoryGenerator::setProgressHandler(std::function<void(int)> handler)
{
    m_progress = std::move(handler);
}

const HistoryParameters &HistoryGenerator::parameters() const
{
    return m_parameters;
}

const HistoryStats &HistoryGenerator::stats() const
{
    return m_stats;
}

QString HistoryGenerator::lastError() const
{
    return m_lastError;
}

bool HistoryGenerator::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool HistoryGenerator::ensure(const QString &path)
{
    QFile marker(path + u".marker"_s);
    if (QFileInfo::exists(path) && marker.open(QIODevice::ReadOnly)) {
        const QJsonObject recorded = QJsonDocument::fromJson(marker.readAll()).object();
        if (recorded.value(u"key"_s).toString() == m_parameters.key()) {
            m_stats.conversations = recorded.value(u"conversations"_s).toInteger();
            m_stats.messages = recorded.value(u"messages"_s).toInteger();
            m_stats.textBytes = recorded.value(u"textBytes"_s).toInteger();
            m_stats.seconds = recorded.value(u"seconds"_s).toDouble();
            m_stats.fileBytes = QFileInfo(path).size();
            m_stats.reused = true;
            return true;
        }
    }
    return generate(path);
}

bool HistoryGenerator::generate(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = {};
    const QString partial = path + u".generating"_s;
    const QString marker = path + u".marker"_s;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(u"Cannot create the folder of %1."_s.arg(path));
    QFile::remove(marker);
    removeDatabaseFiles(partial);
    if (!writeHistory(partial)) {
        removeDatabaseFiles(partial);
        return false;
    }
    removeDatabaseFiles(path);
    if (!QFile::rename(partial, path))
        return fail(u"Cannot rename %1 to %2."_s.arg(partial, path));
    m_stats.seconds = double(timer.nsecsElapsed()) / 1e9;
    m_stats.fileBytes = QFileInfo(path).size();
    QFile file(marker);
    const QJsonObject recorded {{u"key"_s, m_parameters.key()},
                                {u"conversations"_s, m_stats.conversations},
                                {u"messages"_s, m_stats.messages},
                                {u"textBytes"_s, m_stats.textBytes},
                                {u"seconds"_s, m_stats.seconds}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(recorded).toJson()) < 0
        || !file.flush())
        return fail(u"Cannot write %1."_s.arg(marker));
    return true;
}

// Conversations are saved one by one (saveConversation has its own transaction), then
// the messages of a batch of them in one transaction on the store's connection.
bool HistoryGenerator::writeHistory(const QString &path)
{
    const HistoryParameters &p = m_parameters;
    if (p.conversations < 1 || p.messages < 0 || p.averageMessageBytes < 1)
        return fail(u"Nothing to generate: %1"_s.arg(p.key()));
    HistoryText random(p.seed);
    const QList<Plan> plans = makePlans(p, random);
    const QHash<qint64, QString> planted = plantRareWords(p, random);
    const QString connection = u"history-generator"_s;
    ConversationStore store(connection);
    if (!store.open(path))
        return fail(store.lastError());
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery pragma(db);
    // A fixture, not the user's data: no need to survive a power cut while it is written.
    if (!pragma.exec(u"PRAGMA synchronous = OFF"_s)
        || !pragma.exec(u"PRAGMA cache_size = -262144"_s))
        return fail(pragma.lastError().text());
    qint64 ordinal = 0;
    int reported = -1;
    for (qsizetype first = 0; first < plans.size(); first += conversationsPerBatch) {
        QList<Generated> batch;
        for (qsizetype i = first; i < std::min(first + conversationsPerBatch, plans.size()); ++i)
            batch.append(ConversationWriter(p, plans.at(i)).generate(ordinal, planted));
        for (const Generated &g : std::as_const(batch))
            if (!store.saveConversation(g.conversation))
                return fail(store.lastError());
        if (!db.transaction())
            return fail(db.lastError().text());
        for (const Generated &g : std::as_const(batch)) {
            for (const Message &m : g.messages) {
                if (!store.saveMessage(g.conversation.id, m)) {
                    db.rollback();
                    return fail(store.lastError());
                }
            }
            ++m_stats.conversations;
            m_stats.messages += g.messages.size();
            m_stats.textBytes += g.textBytes;
        }
        if (!db.commit())
            return fail(db.lastError().text());
        const int percent = int(100 * (first + batch.size()) / plans.size());
        if (m_progress && percent != reported)
            m_progress(reported = percent);
    }
    return true;
}
