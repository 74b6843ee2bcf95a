#pragma once

#include "clioptions.h"

#include <QObject>

class ChatClient;

// `confab-cli models`: the endpoint's models, one id per line or as JSON.
class ModelsCommand : public QObject
{
    Q_OBJECT

public:
    explicit ModelsCommand(const CliOptions &options, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    CliOptions m_options;
    ChatClient *m_client;
};
