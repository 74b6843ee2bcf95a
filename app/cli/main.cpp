#include "askcommand.h"
#include "clioptions.h"
#include "clitools.h"
#include "compare/modelprices.h"
#include "comparecommand.h"
#include "comparetargets.h"
#include "historycommand.h"
#include "modelscommand.h"
#include "protocol/redaction.h"
#include "providerresolver.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"
#include "providerscommand.h"
#include "workspace/confabsettings.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows as a failed write, not a crash
    Redaction::installLogRedaction();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("confab-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));

    const CliOptions options = CliOptions::parse(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment().toStringList());
    switch (options.command) {
    case CliOptions::Command::Help:
        std::fputs(CliOptions::usage().toUtf8().constData(), stdout);
        return 0;
    case CliOptions::Command::Version:
        std::printf("confab-cli %s\n", CONFAB_VERSION);
        return 0;
    default:
        break;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "confab-cli: %s\n\n%s", options.error.toUtf8().constData(),
                     CliOptions::usage().toUtf8().constData());
        return 2;
    }

    // The history: one SQLite file, no provider and no key.
    switch (options.command) {
    case CliOptions::Command::HistoryList:
    case CliOptions::Command::HistorySearch:
    case CliOptions::Command::HistoryExport:
    case CliOptions::Command::HistoryImport:
        return HistoryCommand::run(options);
    default:
        break;
    }

    // Providers and keys: Confab's own settings and the OS keychain.
    const std::unique_ptr<QSettings> settings = ConfabSettings::open();
    ProviderRegistry registry(settings.get());
    SecretStore secrets;
    switch (options.command) {
    case CliOptions::Command::Providers:
        return ProvidersCommand::list(registry, secrets, options.json);
    case CliOptions::Command::KeysSet:
        return ProvidersCommand::setKey(registry, secrets, options.provider);
    case CliOptions::Command::KeysDelete:
        return ProvidersCommand::deleteKey(registry, secrets, options.provider);
    default:
        break;
    }
    if (options.command == CliOptions::Command::Compare) {
        // Every column's provider and key first: nothing is sent when one cannot be used.
        QList<CompareTarget> targets;
        const ProviderResolver::Outcome outcome
            = CompareTargets::resolve(options, registry, secrets, &targets);
        if (outcome.exitCode != 0) {
            std::fprintf(stderr, "confab-cli: %s\n", outcome.error.toUtf8().constData());
            return outcome.exitCode;
        }
        const ModelPrices prices(settings.get());
        CompareCommand compare(options, targets, &prices);
        QObject::connect(
            &compare, &CompareCommand::done, &app, [](int code) { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
        compare.start();
        return app.exec();
    }

    CliOptions resolved = options;
    const ProviderResolver::Outcome outcome = ProviderResolver::apply(resolved, registry, secrets);
    if (outcome.exitCode != 0) {
        std::fprintf(stderr, "confab-cli: %s\n", outcome.error.toUtf8().constData());
        return outcome.exitCode;
    }

    int exitCode = 0;
    auto quitWith = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    if (options.command == CliOptions::Command::Ask && !options.toolSources.isEmpty()) {
        // The tools first (MCP servers take a moment to start), then the question.
        auto *tools = new CliTools(resolved, settings.get(), &secrets, &app);
        auto *ask = new AskCommand(resolved, tools, &app);
        QObject::connect(ask, &AskCommand::done, &app, quitWith, Qt::QueuedConnection);
        QObject::connect(tools, &CliTools::ready, ask, &AskCommand::start);
        QObject::connect(tools, &CliTools::failed, &app,
                         [&quitWith](const QString &message, int code) {
                             std::fprintf(stderr, "confab-cli: %s\n", message.toUtf8().constData());
                             quitWith(code);
                         });
        tools->start();
    } else if (options.command == CliOptions::Command::Ask) {
        auto *ask = new AskCommand(resolved, nullptr, &app);
        QObject::connect(ask, &AskCommand::done, &app, quitWith, Qt::QueuedConnection);
        ask->start();
    } else {
        auto *models = new ModelsCommand(resolved, &app);
        QObject::connect(models, &ModelsCommand::done, &app, quitWith, Qt::QueuedConnection);
        models->start();
    }
    app.exec();
    return exitCode;
}
