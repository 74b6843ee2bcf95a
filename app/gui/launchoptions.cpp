#include "launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("LaunchOptions", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A native chat client for OpenAI-compatible APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Try Confab with a built-in offline demo server."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("The endpoint's base URL, e.g. http://localhost:11434/v1."),
                                     tr("url"));
    const QCommandLineOption keyVariable(QStringLiteral("api-key-env"),
                                         tr("The environment variable that holds the API key."),
                                         tr("name"), QStringLiteral("CONFAB_API_KEY"));
    const QCommandLineOption model(QStringLiteral("model"), tr("The model to start with."),
                                   tr("id"));
    const QCommandLineOption scheme(QStringLiteral("color-scheme"), tr("system, light or dark."),
                                    tr("scheme"), QStringLiteral("system"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        tr("The conversation history file to use instead of the one in the data folder."),
        tr("file"));
    parser.addOptions({demo, baseUrl, keyVariable, model, scheme, history});

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits, as people expect
    }
    options.demo = parser.isSet(demo);
    options.apiKeyVariable = parser.value(keyVariable);
    options.model = parser.value(model);
    options.historyPath = parser.value(history);
    const QString url
        = parser.isSet(baseUrl) ? parser.value(baseUrl) : qEnvironmentVariable("CONFAB_BASE_URL");
    if (!url.isEmpty()) {
        options.baseUrl = QUrl(url, QUrl::StrictMode);
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty()
            || !options.baseUrl.scheme().startsWith(u"http"))
            options.error = tr("The base URL must be an http or https URL, e.g. "
                               "https://api.openai.com/v1.");
    }
    const QString schemeName = parser.value(scheme).toLower();
    if (schemeName == u"dark")
        options.colorScheme = ColorScheme::Dark;
    else if (schemeName == u"light")
        options.colorScheme = ColorScheme::Light;
    else if (schemeName != u"system")
        options.error = tr("--color-scheme takes system, light or dark.");
    return options;
}
