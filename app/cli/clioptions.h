#pragma once

#include "client/endpoint.h"
#include "protocol/modelparameters.h"

#include <QString>
#include <QStringList>

// The command line of confab-cli, parsed and checked. Providers and the keychain will add
// `--provider NAME` here; everything else stays as it is.
struct CliOptions
{
    enum class Command { None, Ask, Models, Help, Version };

    Command command = Command::None;
    Endpoint endpoint;
    ClientOptions client;
    QString model;
    QString system;
    ModelParameters parameters;
    QString prompt; // "-" reads standard input
    bool stream = true;
    bool json = false;
    bool hideReasoning = false;

    QString error; // a usage error, for exit code 2

    static CliOptions parse(const QStringList &arguments, const QStringList &environment);
    static QString usage();
};
