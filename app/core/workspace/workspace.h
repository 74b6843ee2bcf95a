#pragma once

#include "chat/chatsession.h"
#include "client/endpoint.h"
#include "comparisons.h"
#include "conversationlist.h"
#include "providersettings.h"
#include "searchresults.h"
#include "sessioncapabilities.h"
#include "sidebarfilter.h"
#include "storage/conversationstore.h"
#include "toolbox.h"

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class HistoryEdits;
class ModelCatalog;
class ConversationRecorder;
class QTimer;
class DemoServer;
class ProviderRegistry;
class QSettings;
class SecretStore;
class QJSEngine;
class QQmlEngine;

// What the window works on: the endpoint in use, its models, the conversations of this
// run and the one on screen. main() configures the one instance before QML starts.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ConversationList *conversations READ conversations CONSTANT)
    Q_PROPERTY(SearchResults *search READ search CONSTANT)
    // The sidebar's rows: the conversations that are not archived, or with showArchived
    // only the archived ones.
    Q_PROPERTY(QAbstractItemModel *sidebarConversations READ sidebarConversations CONSTANT)
    Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
    Q_PROPERTY(ChatSession *current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY endpointChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY endpointChanged)
    Q_PROPERTY(QString endpointName READ endpointName NOTIFY endpointChanged)
    Q_PROPERTY(QStringList models READ models NOTIFY modelsChanged)
    Q_PROPERTY(QString modelsError READ modelsError NOTIFY modelsChanged)
    Q_PROPERTY(ProviderSettings *providers READ providers CONSTANT)
    Q_PROPERTY(ToolBox *tools READ tools CONSTANT)
    // Side-by-side comparisons: the one on screen, prices, the leaderboard.
    Q_PROPERTY(Comparisons *comparisons READ comparisons CONSTANT)
    // What is known of the current conversation's model (sees images, takes tools…).
    Q_PROPERTY(SessionCapabilities *capabilities READ capabilities CONSTANT)
    Q_PROPERTY(QString currentProviderId READ currentProviderId NOTIFY endpointChanged)
    // Nothing to talk to yet and no provider set up: the first-run screen shows.
    Q_PROPERTY(bool needsSetup READ needsSetup NOTIFY endpointChanged)
    // Why the provider in use may not answer (no key stored, keychain unavailable…).
    Q_PROPERTY(QString providerProblem READ providerProblem NOTIFY endpointChanged)
    // Why conversations are not being kept (history file unreadable, disk full…); empty
    // when all is well.
    Q_PROPERTY(QString historyProblem READ historyProblem NOTIFY historyChanged)
    // The history file cannot be used (not ours, newer, damaged): a fresh one is offered,
    // the old file kept.
    Q_PROPERTY(bool canStartFreshHistory READ canStartFreshHistory NOTIFY historyChanged)
    // The history file could not be opened for now (locked, unreadable): trying again is
    // offered.
    Q_PROPERTY(bool canRetryHistory READ canRetryHistory NOTIFY historyChanged)
    // The title of the conversation deleted last, while it can still be brought back.
    Q_PROPERTY(QString undoableDeletion READ undoableDeletion NOTIFY undoableDeletionChanged)

public:
    // No default argument on purpose: Qt 6.4 prefers a default constructor over create().
    explicit Workspace(QObject *parent);
    ~Workspace() override;

    // QML's instance: the one main() or a test made, else a fresh one without an endpoint.
    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(Workspace *workspace);

    void configure(const Endpoint &endpoint, const QString &defaultModel, bool demo = false);

    ConversationList *conversations() const { return m_conversations; }
    SearchResults *search() const { return m_search; }
    QSortFilterProxyModel *sidebarConversations() const { return m_sidebarConversations; }
    bool showArchived() const { return m_sidebarConversations->showArchived(); }
    void setShowArchived(bool show);
    ChatSession *current() const { return m_current; }
    ChatClient *client() const { return m_client; }
    bool isReady() const { return m_client != nullptr; }
    bool isDemo() const { return m_demo; }
    QString endpointName() const;
    QStringList models() const { return m_models; }
    QString modelsError() const { return m_modelsError; }
    ProviderSettings *providers() const { return m_providerSettings; }
    ToolBox *tools() const { return m_tools; }
    Comparisons *comparisons() const { return m_comparisons; }
    SessionCapabilities *capabilities() const { return m_capabilities; }
    ProviderRegistry *registry() const { return m_registry; }
    SecretStore *secrets() const { return m_secrets; }
    QString currentProviderId() const { return m_currentProviderId; }
    bool needsSetup() const;
    QString providerProblem() const { return m_providerProblem; }

    // Uses the provider with this id: its address and headers, its key from the keychain
    // (read asynchronously), its models. Remembered for the next start.
    Q_INVOKABLE void useProvider(const QString &id);
    // The provider used last time, else the first one; nothing when there is none.
    void restoreLastProvider();
    // Starts the built-in offline demo server and talks to it.
    Q_INVOKABLE bool startDemo();

    Q_INVOKABLE ChatSession *newConversation();
    // Turns a column of the comparison on screen into a normal conversation (its branch on screen,
    // copied, with its model, prompt and parameters), kept in the history, and shows it. Null while
    // the column answers.
    Q_INVOKABLE ChatSession *continueWithColumn(int column);
    Q_INVOKABLE void select(ChatSession *session);
    Q_INVOKABLE void refreshModels();

    // The bytes of an attachment by its SHA-256 (hex): one being written (in a composer),
    // on screen, or in the history; empty when none has them.
    QByteArray attachmentBytes(const QString &sha256) const;

    // History. Until openHistory() succeeds, conversations live in memory only.
    bool openHistory(const QString &path);
    QString historyPath() const { return m_historyPath; }
    QString historyProblem() const { return m_historyProblem; }
    bool canStartFreshHistory() const { return m_historyRemedy == HistoryRemedy::StartFresh; }
    bool canRetryHistory() const { return m_historyRemedy == HistoryRemedy::Retry; }
    Q_INVOKABLE bool retryHistory();
    ConversationStore *store() const { return m_store.get(); }
    // Moves the unreadable file aside (kept, renamed) and starts an empty history there.
    Q_INVOKABLE bool startFreshHistory();
    // Opens a conversation of the list (loading it from the history if needed) instead of
    // the comparison on screen. For a column of a comparison, that comparison reopens
    // instead (and null is returned).
    Q_INVOKABLE ChatSession *openConversation(const QString &id);
    // Opens it at that message (switching to the branch that holds it); emits
    // messageRevealed.
    Q_INVOKABLE void openMessage(const QString &conversationId, const QString &messageId);
    Q_INVOKABLE void renameConversation(const QString &id, const QString &title);
    Q_INVOKABLE void setPinned(const QString &id, bool pinned);
    Q_INVOKABLE void setArchived(const QString &id, bool archived);
    // Removed from the list at once and from the history when the undo time is over (or
    // the next deletion, or the end of the run). Renaming, pinning, archiving, deleting
    // and exporting a comparison's conversation does it to the whole comparison.
    Q_INVOKABLE void deleteConversation(const QString &id);
    Q_INVOKABLE void undoDelete();
    // To a file chosen by the person (Markdown, or JSON for a .json name); `id` empty:
    // every conversation. Returns what happened, in words.
    Q_INVOKABLE QString exportConversations(const QString &id, const QUrl &file);
    Q_INVOKABLE QString importConversations(const QUrl &file);
    QString undoableDeletion() const;
    void finishPendingDeletion();
    // How many conversations stay loaded; older ones reopen from the history.
    static constexpr int maxOpenConversations = 8;

Q_SIGNALS:
    void currentChanged();
    void endpointChanged();
    void modelsChanged();
    void historyChanged();
    void undoableDeletionChanged();
    void showArchivedChanged();
    void messageRevealed(const QString &messageId, int row); // row in current->conversation

private:
    void applyProviderModels();
    void noteModelUsed(ChatSession *session);
    ChatSession *adopt(ChatSession *session, const StoredConversation &info);
    ConversationRecorder *recorderOf(const QString &id) const;
    void reloadList();
    void unloadIdleConversations();
    enum class HistoryRemedy { None, Retry, StartFresh };
    void setHistoryProblem(const QString &problem, HistoryRemedy remedy = HistoryRemedy::None);
    static HistoryRemedy remedyFor(ConversationStore::Problem problem);

    std::unique_ptr<QSettings> m_settings;
    ProviderRegistry *m_registry;
    SecretStore *m_secrets;
    ProviderSettings *m_providerSettings;
    ToolBox *m_tools;
    Comparisons *m_comparisons;
    SessionCapabilities *m_capabilities;
    DemoServer *m_demoServer = nullptr;
    QString m_currentProviderId;
    QString m_providerProblem;
    ConversationList *m_conversations;
    QPointer<ChatSession> m_current;
    QStringList m_recent; // ids of the loaded conversations, the last selected first
    ChatClient *m_client = nullptr;
    QString m_defaultModel;
    bool m_demo = false;
    QStringList m_models;
    QPointer<ModelCatalog> m_modelCatalog; // the model list being fetched
    QString m_modelsError;
    std::unique_ptr<ConversationStore> m_store;
    QString m_historyPath;
    QString m_historyProblem;
    HistoryRemedy m_historyRemedy = HistoryRemedy::None;
    SearchResults *m_search;
    SidebarFilter *m_sidebarConversations;
    HistoryEdits *m_edits;
};
