#pragma once

#include "compare/comparesession.h"
#include "compare/leaderboardmodel.h"
#include "compare/modelprices.h"
#include "storage/conversationstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class ConversationRecorder;
class ConversationStore;
class ProviderClients;
class ProviderRegistry;
class QSettings;
class SecretStore;
class ToolBox;
struct NetworkOptions;

// The window's side-by-side comparisons: the one on screen, the price table its cost comes
// from and the leaderboard of the person's votes (kept in the history). Each column is a
// conversation of the history sharing the comparison's id as its group, saved as it
// happens; a comparison reopens from there. One put away while it answers goes on in the
// background until it is done.
class Comparisons : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the comparisons.")
    // The comparison on screen instead of the chat; null when there is none.
    Q_PROPERTY(CompareSession *current READ current NOTIFY currentChanged)
    // What models cost, as the person entered it.
    Q_PROPERTY(ModelPrices *prices READ prices CONSTANT)
    // Each model's record in the comparisons the person voted on.
    Q_PROPERTY(LeaderboardModel *leaderboard READ leaderboard CONSTANT)

public:
    Comparisons(ProviderRegistry *registry, SecretStore *secrets, QSettings *settings,
                ToolBox *tools, QObject *parent = nullptr);

    CompareSession *current() const { return m_current; }
    ModelPrices *prices() const { return m_prices; }
    LeaderboardModel *leaderboard() const { return m_leaderboard; }

    // The provider in use: bare model names are asked there.
    void setDefaultClient(ChatClient *client, const QString &providerId, const QString &name);
    void setNetworkOptions(const NetworkOptions &options);
    // The provider a client talks to; empty for none (the demo) or an unknown client.
    QString providerIdOf(const ChatClient *client) const;
    // Where votes go and the leaderboard comes from. Not owned.
    void setStore(ConversationStore *store) { m_store = store; }

    // Compares 2–4 models on the same prompts: "model" (the provider in use) or
    // "<provider id>/<model>". Null (nothing changes) for fewer than two usable entries.
    Q_INVOKABLE CompareSession *start(const QStringList &models);
    // Shows the comparison saved with this id (the one still answering, if it is). Null
    // when the history does not have it.
    Q_INVOKABLE CompareSession *reopen(const QString &comparisonId);
    // Back to the chat; what still answers finishes in the background.
    Q_INVOKABLE void close();
    // The comparison is being deleted: it stops where it is, and nothing of it is written
    // any more.
    void discard(const QString &comparisonId);
    // The recorder of a column's conversation, while its comparison is open.
    ConversationRecorder *recorderOf(const QString &conversationId) const;
    // Writes what is pending (before an export, or the end of the run).
    void flush();
    // Writes every open column again (the history file was opened anew).
    void saveAll();
    // To a file the person chose: Markdown, or JSON for a .json name. Says what happened.
    Q_INVOKABLE QString exportTo(const QUrl &file);
    // Reads the votes from the history again.
    Q_INVOKABLE void refreshLeaderboard();

Q_SIGNALS:
    void currentChanged();
    void problem(const QString &message); // a vote or a column could not be saved
    // A column's conversation in the history changed (title, dates, flags) or went.
    void conversationChanged(const StoredConversation &conversation);
    void conversationRemoved(const QString &conversationId);

private:
    // The client for a stored provider id; the one in use for none or its own id.
    ChatClient *clientFor(const QString &providerId);
    QString providerName(const QString &providerId) const;
    // Keeps the comparison in the history: its columns now and later.
    void record(CompareSession *comparison);
    void recordColumn(CompareSession *comparison, CompareColumn *column,
                      const StoredConversation &info);
    void updatePlaces(CompareSession *comparison);
    void forgetColumn(CompareColumn *column);
    void show(CompareSession *comparison);
    void putAway(CompareSession *comparison);
    QList<CompareSession *> openComparisons() const;

    QPointer<ProviderRegistry> m_registry;
    ConversationStore *m_store = nullptr;
    QPointer<ToolBox> m_tools;
    ProviderClients *m_clients;
    ModelPrices *m_prices;
    LeaderboardModel *m_leaderboard;
    QPointer<ChatClient> m_defaultClient;
    QString m_defaultProviderId;
    QString m_defaultName;
    QPointer<CompareSession> m_current;
    QList<QPointer<CompareSession>> m_background; // put away while answering
};
