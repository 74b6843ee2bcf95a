#pragma once

#include "chat/chatsession.h"
#include "client/endpoint.h"
#include "protocol/modelparameters.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The command line of confab-cli, parsed and checked. `--provider NAME` is only named
// here; ProviderResolver turns it into an endpoint with the key from the keychain.
struct CliOptions
{
    enum class Command {
        None,
        Ask,
        Models,
        Compare,
        Providers,
        KeysSet,
        KeysDelete,
        HistoryList,
        HistorySearch,
        HistoryExport,
        HistoryImport,
        Help,
        Version,
    };

    Command command = Command::None;
    Endpoint endpoint;
    QString provider; // --provider NAME (or id); for keys set/delete the provider to act on
    bool baseUrlGiven = false;
    bool apiKeyGiven = false; // --api-key-env: this key wins over the keychain
    ClientOptions client;
    QString model;
    QStringList models; // every -m / --model, in order; compare: its columns (2–4)
    QString system;
    ModelParameters parameters;
    QString prompt; // "-" reads standard input
    // ask --image PATH / --file PATH, in order: sent with the prompt. An --image must be one.
    struct AttachmentPath
    {
        QString path;
        bool mustBeImage = false;
    };
    QList<AttachmentPath> attachments;
    bool stream = true;
    bool json = false;
    bool hideReasoning = false;

    // ask --tools: which tools the model is offered, and which of its calls may run.
    enum class Approve {
        ReadOnly, // tools that only read (the default)
        All,
        None, // every call is refused; the model is told so
    };
    QStringList toolSources; // "builtin", "mcp:NAME"; empty: no tools
    Approve approve = Approve::ReadOnly;
    QStringList allowedFolders; // --allow-folder DIR, for read_text_file and list_folder
    int maxToolRounds = ChatSession::defaultMaxToolRounds; // --max-tool-rounds N

    // history list|search|export|import
    QString historyPath; // --history FILE; empty: ConversationStore::defaultPath()
    bool all = false; // list: archived ones too; export: every conversation
    QStringList conversationIds; // export ID…
    QString exportFormat = QStringLiteral("md"); // --format md|json
    QString outputPath; // -o FILE; empty: stdout
    QString query; // search QUERY…
    QString importPath; // import FILE ("-": stdin)

    QString error; // a usage error, for exit code 2

    static CliOptions parse(const QStringList &arguments, const QStringList &environment);
    static QString usage();

    Q_DECLARE_TR_FUNCTIONS(CliOptions) // last: it leaves the rest private
};
