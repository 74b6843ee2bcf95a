#include "clioptions.h"

#include "protocol/responseformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace {

QString environmentValue(const QStringList &environment, const QString &name)
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString &entry : environment) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size());
    }
    return {};
}

bool parseSeconds(const QString &text, int &milliseconds)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return false;
    milliseconds = int(seconds * 1000);
    return true;
}

// `--tools builtin,mcp:NAME`: adds the sources to `sources`; the problem, or nothing.
QString parseToolSources(const QString &list, QStringList &sources)
{
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString source = item.trimmed();
        const bool known = source == QLatin1String("builtin")
            || (source.startsWith(QLatin1String("mcp:")) && source.size() > 4);
        if (!known)
            return CliOptions::tr(
                       "Unknown tool source \"%1\": use builtin or mcp:NAME (an MCP server set "
                       "up in Confab).")
                .arg(source);
        if (!sources.contains(source))
            sources.append(source);
    }
    if (sources.isEmpty())
        return CliOptions::tr("--tools needs builtin or mcp:NAME.");
    return {};
}

// `--json-schema FILE`: response_format json_schema from the file; the problem, or nothing.
QString readJsonSchema(const QString &path, ModelParameters &parameters)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliOptions::tr("Cannot read the JSON Schema file %1: %2.")
            .arg(path, file.errorString());
    QString error;
    const QJsonObject format = ResponseFormat::fromSchemaText(QString::fromUtf8(file.readAll()),
                                                              QFileInfo(path).baseName(), &error);
    if (format.isEmpty())
        return CliOptions::tr("%1: %2").arg(path, error);
    parameters.responseFormat = format;
    return {};
}

// `history list|search|export|import …`: the problem, or nothing.
QString parseHistory(CliOptions &options, QStringList arguments, const QStringList &given)
{
    using Command = CliOptions::Command;
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    auto refuse = [&given, &action](const QStringList &allowed) {
        for (const QString &option : given) {
            if (!allowed.contains(option))
                return CliOptions::tr("history %1 does not take %2.").arg(action, option);
        }
        return QString();
    };
    const QString history = QStringLiteral("--history");
    if (action == QLatin1String("list")) {
        options.command = Command::HistoryList;
        if (!arguments.isEmpty())
            return CliOptions::tr("history list takes no arguments.");
        return refuse({history, QStringLiteral("--all")});
    }
    if (action == QLatin1String("search")) {
        options.command = Command::HistorySearch;
        options.query = arguments.join(QLatin1Char(' ')).trimmed();
        if (options.query.isEmpty())
            return CliOptions::tr("history search needs the text to look for.");
        return refuse({history});
    }
    if (action == QLatin1String("export")) {
        options.command = Command::HistoryExport;
        options.conversationIds = arguments;
        if (options.all == !arguments.isEmpty())
            return CliOptions::tr("history export needs conversation ids or --all (not both).");
        // Without --format, "-o backup.json" means JSON.
        if (!given.contains(QStringLiteral("--format"))
            && options.outputPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            options.exportFormat = QStringLiteral("json");
        return refuse({history, QStringLiteral("--all"), QStringLiteral("--format"),
                       QStringLiteral("-o"), QStringLiteral("--output")});
    }
    if (action == QLatin1String("import")) {
        options.command = Command::HistoryImport;
        if (arguments.size() != 1)
            return CliOptions::tr("history import needs exactly one FILE (or - to read stdin).");
        options.importPath = arguments.constFirst();
        return refuse({history});
    }
    return CliOptions::tr("Use history list, history search, history export or history import.");
}

} // namespace

QString CliOptions::usage()
{
    return tr(
        "Usage:\n"
        "  confab-cli ask [options] PROMPT|-     stream one answer (- reads the prompt "
        "from stdin)\n"
        "  confab-cli models [options]           list the endpoint's models\n"
        "  confab-cli compare -m PROVIDER/MODEL -m MODEL … [options] PROMPT|-\n"
        "                                        stream 2 to 4 answers at once, then a "
        "table of\n"
        "                                        their metrics (first token, tokens/s, "
        "tokens, cost)\n"
        "  confab-cli providers [--json]         list the providers set up in Confab\n"
        "  confab-cli keys set NAME              store NAME's API key in the keychain "
        "(read from stdin)\n"
        "  confab-cli keys delete NAME           remove NAME's API key from the keychain\n"
        "  confab-cli history list [--json] [--all]\n"
        "                                        the saved conversations, newest first "
        "(--all: archived too)\n"
        "  confab-cli history search QUERY [--json]\n"
        "                                        the messages that contain QUERY\n"
        "  confab-cli history export ID…|--all [--format md|json] [-o FILE]\n"
        "                                        write conversations as Markdown or JSON\n"
        "                                        (default: json for -o *.json, else md)\n"
        "  confab-cli history import FILE|-      add the conversations of a JSON export\n"
        "\n"
        "Options:\n"
        "  --provider NAME       a provider set up in Confab: its address, headers and "
        "the key\n"
        "                        from the keychain (default: $CONFAB_PROVIDER)\n"
        "  --base-url URL        the API's base URL (default: $CONFAB_BASE_URL or "
        "https://api.openai.com/v1)\n"
        "  --api-key-env VAR     read the API key from environment variable VAR "
        "(default: CONFAB_API_KEY)\n"
        "  -m, --model M         the model (default: $CONFAB_MODEL); compare: one column "
        "each,\n"
        "                        PROVIDER/MODEL (a provider set up in Confab, its key "
        "from the\n"
        "                        keychain) or MODEL (at --provider / --base-url)\n"
        "  --system S            a system prompt\n"
        "  --param KEY=VALUE     a request parameter, repeatable (temperature, top_p, "
        "max_tokens,\n"
        "                        max_completion_tokens, n, stop, seed, "
        "reasoning_effort, …)\n"
        "  --n N                 N answers to the question (--param n=N); ask prints "
        "each after\n"
        "                        a line \"--- choice 2 of N ---\" (--json: a choices "
        "array)\n"
        "  --image PATH          attach an image (PNG, JPEG, WebP, GIF; scaled down to the\n"
        "                        longest side set in Confab, 2048 px by default), repeatable\n"
        "  --file PATH           attach a text file (code, Markdown, CSV, logs) or an image,\n"
        "                        repeatable\n"
        "  --json-schema FILE    ask for JSON that follows the JSON Schema in FILE\n"
        "                        (response_format json_schema, strict; named by the "
        "schema's\n"
        "                        title, else the file's name)\n"
        "  --no-stream           ask for the whole answer at once\n"
        "  --json                print one JSON object with the result\n"
        "  --hide-reasoning      do not print the model's reasoning (stderr)\n"
        "  --tools LIST          offer tools and run the model's calls to them; LIST is "
        "comma-\n"
        "                        separated, repeatable: builtin (time, calculator, "
        "fetch_url, and\n"
        "                        read_text_file/list_folder with --allow-folder), "
        "mcp:NAME (an MCP\n"
        "                        server set up in Confab). Each call and its result go "
        "to stderr\n"
        "  --approve MODE        which calls run: read-only (default), all, or none; "
        "never asked\n"
        "                        interactively, a refused call is reported to the model\n"
        "  --allow-folder DIR    let the built-in file tools read DIR, repeatable\n"
        "  --max-tool-rounds N   rounds of tool calls before giving up (default 8)\n"
        "  --connect-timeout S, --first-byte-timeout S, --idle-timeout S, "
        "--total-timeout S\n"
        "  --retries N           retries for 429/5xx before the answer starts (default 2)\n"
        "  --history FILE        the history database for history commands (default: "
        "Confab's own)\n"
        "\n"
        "Exit codes: 0 ok, 1 history, file or MCP server problem, 2 usage, 3 network/"
        "timeout,\n"
        "4 auth, 5 other HTTP/server, 6 protocol, 7 stopped at the tool round limit. "
        "compare: 0 when\n"
        "at least one model answered, else the code of the first column's error.\n");
}

CliOptions CliOptions::parse(const QStringList &arguments, const QStringList &environment)
{
    CliOptions options;
    QString baseUrl = environmentValue(environment, QStringLiteral("CONFAB_BASE_URL"));
    QString keyVariable = QStringLiteral("CONFAB_API_KEY");
    bool keyVariableGiven = false;
    options.model = environmentValue(environment, QStringLiteral("CONFAB_MODEL"));
    options.provider = environmentValue(environment, QStringLiteral("CONFAB_PROVIDER"));
    QStringList positional;
    QStringList historyOptions; // given, so that other commands can refuse them
    QStringList toolOptions; // --approve, --allow-folder, --max-tool-rounds: need --tools
    bool jsonSchemaGiven = false;
    QStringList attachmentOptions; // --image, --file: ask only

    auto fail = [&options](const QString &message) {
        options.error = message;
        return options;
    };

    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&](QString &out) {
            if (i + 1 >= arguments.size())
                return false;
            out = arguments.at(++i);
            return true;
        };
        QString text;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            options.command = Command::Help;
            return options;
        }
        if (argument == QLatin1String("--version")) {
            options.command = Command::Version;
            return options;
        }
        if (argument == QLatin1String("--no-stream")) {
            options.stream = false;
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--hide-reasoning")) {
            options.hideReasoning = true;
        } else if (argument == QLatin1String("--all")) {
            options.all = true;
            historyOptions << argument;
        } else if (argument == QLatin1String("-")) {
            positional << argument;
        } else if (argument == QLatin1String("-m")) {
            if (!value(options.model))
                return fail(tr("-m needs a model."));
            options.models << options.model;
        } else if (argument == QLatin1String("-o") || argument == QLatin1String("--output")) {
            if (!value(options.outputPath) || options.outputPath.isEmpty())
                return fail(tr("%1 needs a file name.").arg(argument));
            historyOptions << argument;
        } else if (argument.startsWith(QLatin1String("--"))) {
            if (!value(text))
                return fail(tr("%1 needs a value.").arg(argument));
            if (argument == QLatin1String("--base-url")) {
                baseUrl = text;
                options.baseUrlGiven = true;
            } else if (argument == QLatin1String("--provider")) {
                options.provider = text;
            } else if (argument == QLatin1String("--api-key-env")) {
                keyVariable = text;
                keyVariableGiven = true;
            } else if (argument == QLatin1String("--history")) {
                options.historyPath = text;
                historyOptions << argument;
            } else if (argument == QLatin1String("--format")) {
                if (text != QLatin1String("md") && text != QLatin1String("json"))
                    return fail(tr("--format is md or json, not \"%1\".").arg(text));
                options.exportFormat = text;
                historyOptions << argument;
            } else if (argument == QLatin1String("--tools")) {
                if (const QString problem = parseToolSources(text, options.toolSources);
                    !problem.isEmpty())
                    return fail(problem);
            } else if (argument == QLatin1String("--approve")) {
                if (text == QLatin1String("read-only"))
                    options.approve = Approve::ReadOnly;
                else if (text == QLatin1String("all"))
                    options.approve = Approve::All;
                else if (text == QLatin1String("none"))
                    options.approve = Approve::None;
                else
                    return fail(tr("--approve is read-only, all or none, not \"%1\".").arg(text));
                toolOptions << argument;
            } else if (argument == QLatin1String("--allow-folder")) {
                if (text.isEmpty())
                    return fail(tr("--allow-folder needs a folder."));
                options.allowedFolders << text;
                toolOptions << argument;
            } else if (argument == QLatin1String("--max-tool-rounds")) {
                bool ok = false;
                options.maxToolRounds = text.toInt(&ok);
                if (!ok || options.maxToolRounds < 1 || options.maxToolRounds > 100)
                    return fail(tr("--max-tool-rounds needs a number from 1 to 100."));
                toolOptions << argument;
            } else if (argument == QLatin1String("--model")) {
                options.model = text;
                options.models << text;
            } else if (argument == QLatin1String("--system")) {
                options.system = text;
            } else if (argument == QLatin1String("--param")) {
                const qsizetype equals = text.indexOf(QLatin1Char('='));
                if (equals <= 0)
                    return fail(tr("--param needs KEY=VALUE, not \"%1\".").arg(text));
                const QString problem
                    = options.parameters.set(text.left(equals).trimmed(), text.mid(equals + 1));
                if (!problem.isEmpty())
                    return fail(problem);
            } else if (argument == QLatin1String("--n")) {
                if (const QString problem = options.parameters.set(QStringLiteral("n"), text);
                    !problem.isEmpty())
                    return fail(problem);
            } else if (argument == QLatin1String("--image")
                       || argument == QLatin1String("--file")) {
                options.attachments.append({text, argument == QLatin1String("--image")});
                attachmentOptions << argument;
            } else if (argument == QLatin1String("--json-schema")) {
                if (const QString problem = readJsonSchema(text, options.parameters);
                    !problem.isEmpty())
                    return fail(problem);
                jsonSchemaGiven = true;
            } else if (argument == QLatin1String("--connect-timeout")) {
                if (!parseSeconds(text, options.client.connectTimeoutMs))
                    return fail(tr("%1 needs a number of seconds.").arg(argument));
            } else if (argument == QLatin1String("--first-byte-timeout")) {
                if (!parseSeconds(text, options.client.firstByteTimeoutMs))
                    return fail(tr("%1 needs a number of seconds.").arg(argument));
            } else if (argument == QLatin1String("--idle-timeout")) {
                if (!parseSeconds(text, options.client.idleTimeoutMs))
                    return fail(tr("%1 needs a number of seconds.").arg(argument));
            } else if (argument == QLatin1String("--total-timeout")) {
                if (!parseSeconds(text, options.client.totalTimeoutMs))
                    return fail(tr("%1 needs a number of seconds.").arg(argument));
            } else if (argument == QLatin1String("--retries")) {
                bool ok = false;
                options.client.maxRetries = text.toInt(&ok);
                if (!ok || options.client.maxRetries < 0 || options.client.maxRetries > 10)
                    return fail(tr("--retries needs a number from 0 to 10."));
            } else {
                return fail(tr("Unknown option %1.").arg(argument));
            }
        } else {
            positional << argument;
        }
    }

    if (positional.isEmpty())
        return fail(tr("Say what to do: ask, models, compare, providers, keys or history."));
    const QString command = positional.takeFirst();
    if (command == QLatin1String("history")) {
        options.error = parseHistory(options, positional, historyOptions);
        return options;
    }
    if (!historyOptions.isEmpty())
        return fail(tr("%1 is an option of the history commands.").arg(historyOptions.first()));
    if (command == QLatin1String("providers")) {
        options.command = Command::Providers;
        if (!positional.isEmpty())
            return fail(tr("providers takes no arguments."));
        return options;
    }
    if (command == QLatin1String("keys")) {
        // The key itself never comes from the command line: it would stay in the shell's
        // history and in every process listing.
        if (positional.size() != 2
            || (positional.constFirst() != QLatin1String("set")
                && positional.constFirst() != QLatin1String("delete")))
            return fail(tr("Use \"keys set NAME\" (the key is read from stdin) or \"keys delete "
                           "NAME\"."));
        options.command = positional.constFirst() == QLatin1String("set") ? Command::KeysSet
                                                                          : Command::KeysDelete;
        options.provider = positional.at(1);
        return options;
    }
    if (!options.provider.isEmpty() && options.baseUrlGiven)
        return fail(tr("Use either --provider or --base-url, not both."));
    if (command != QLatin1String("ask") && !options.toolSources.isEmpty())
        return fail(tr("--tools is an option of ask."));
    if (command != QLatin1String("ask") && jsonSchemaGiven)
        return fail(tr("--json-schema is an option of ask."));
    if (command != QLatin1String("ask") && !attachmentOptions.isEmpty())
        return fail(tr("%1 is an option of ask.").arg(attachmentOptions.first()));
    if (options.toolSources.isEmpty() && !toolOptions.isEmpty())
        return fail(tr("%1 goes with --tools.").arg(toolOptions.first()));
    if (!options.allowedFolders.isEmpty()
        && !options.toolSources.contains(QStringLiteral("builtin")))
        return fail(tr("--allow-folder shares folders with the built-in tools: add --tools "
                       "builtin."));
    if (command == QLatin1String("ask")) {
        options.command = Command::Ask;
        if (positional.size() != 1)
            return fail(tr("ask needs exactly one PROMPT (or - to read it from stdin)."));
        options.prompt = positional.constFirst();
        if (options.model.isEmpty() && options.provider.isEmpty())
            return fail(tr("Choose a model with --model or CONFAB_MODEL."));
    } else if (command == QLatin1String("compare")) {
        options.command = Command::Compare;
        if (positional.size() != 1)
            return fail(tr("compare needs exactly one PROMPT (or - to read it from stdin)."));
        options.prompt = positional.constFirst();
        if (options.models.size() < 2 || options.models.size() > 4)
            return fail(tr("compare needs 2 to 4 models: -m PROVIDER/MODEL -m MODEL …"));
        for (const QString &model : std::as_const(options.models)) {
            if (model.trimmed().isEmpty())
                return fail(tr("compare needs a model in every -m."));
        }
    } else if (command == QLatin1String("models")) {
        options.command = Command::Models;
        if (!positional.isEmpty())
            return fail(tr("models takes no arguments."));
    } else {
        return fail(tr("Unknown command \"%1\".").arg(command));
    }

    if (baseUrl.isEmpty())
        baseUrl = QStringLiteral("https://api.openai.com/v1");
    options.endpoint.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    const QString scheme = options.endpoint.baseUrl.scheme();
    if (!options.endpoint.baseUrl.isValid() || options.endpoint.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(tr("The base URL \"%1\" is not an http:// or https:// address.").arg(baseUrl));

    // With --provider the key comes from the keychain, unless --api-key-env names one.
    if (options.provider.isEmpty() || keyVariableGiven)
        options.endpoint.apiKey = environmentValue(environment, keyVariable);
    options.apiKeyGiven = keyVariableGiven;
    if (keyVariableGiven && options.endpoint.apiKey.isEmpty())
        return fail(tr("The environment variable %1 is not set.").arg(keyVariable));

    if (const QStringList problems = options.parameters.validate(); !problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    return options;
}
