#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What `confab` was started with. Keys never come from the command line: only the name
// of an environment variable that holds one.
struct LaunchOptions
{
    enum class ColorScheme { System, Light, Dark };

    bool demo = false;
    QUrl baseUrl;
    QString apiKeyVariable = QStringLiteral("CONFAB_API_KEY");
    QString model;
    QString historyPath; // empty: ConversationStore::defaultPath()
    ColorScheme colorScheme = ColorScheme::System;
    QString error; // empty when the arguments made sense

    static LaunchOptions parse(const QStringList &arguments);
};
