#pragma once

#include "compare/comparesession.h"
#include "compare/leaderboardmodel.h"
#include "compare/modelprices.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class ConversationStore;
class ProviderClients;
class ProviderRegistry;
class QSettings;
class SecretStore;
class ToolBox;
struct NetworkOptions;

// The window's side-by-side comparisons: the one on screen, the price table its cost comes
// from and the leaderboard of the person's votes (kept in the history).
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
    // Where votes go and the leaderboard comes from. Not owned.
    void setStore(ConversationStore *store) { m_store = store; }

    // Compares 2–4 models on the same prompts: "model" (the provider in use) or
    // "<provider id>/<model>". Null (nothing changes) for fewer than two usable entries.
    Q_INVOKABLE CompareSession *start(const QStringList &models);
    Q_INVOKABLE void close(); // stops what still answers
    // To a file the person chose: Markdown, or JSON for a .json name. Says what happened.
    Q_INVOKABLE QString exportTo(const QUrl &file);
    // Reads the votes from the history again.
    Q_INVOKABLE void refreshLeaderboard();

Q_SIGNALS:
    void currentChanged();
    void problem(const QString &message); // a vote could not be saved

private:
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
};
