#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

// One Confab per history file: a second launch on the same history asks the first to show
// its window and ends, instead of writing to the same database beside it. The instances
// meet on a local socket named after the user and the history file.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &historyPath, QObject *parent = nullptr);

    // The socket's name for this history file (the same for every launch on it).
    QString serverName() const { return m_serverName; }
    // True when a Confab already runs on this history: it was asked to show itself.
    bool handOver(int timeoutMs = 1000);
    // Becomes the one: later launches reach this one. False when the name cannot be taken.
    bool listen();

Q_SIGNALS:
    void showRequested(); // a later launch wants the window in front

private:
    QString m_serverName;
    QLocalServer m_server;
};
