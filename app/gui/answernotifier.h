#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QWindow;

// A desktop notification when an answer that took a while is done and the person is
// elsewhere (the window not active): "Answer ready" with the conversation's title. On
// Linux it goes to the notification server (org.freedesktop.Notifications); elsewhere
// there is none to send to yet. Can be turned off ("notifications/answerReady").
class AnswerNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMinimumSeconds = 10;

    // Watches the conversations' busy flags (ConversationList's BusyRole); `window` says
    // whether the person is looking. Neither is owned.
    AnswerNotifier(QAbstractItemModel *conversations, QWindow *window, QObject *parent = nullptr);

    // Answers shorter than this are not announced.
    void setMinimumSeconds(int seconds) { m_minimumSeconds = seconds; }
    bool isEnabled() const;

Q_SIGNALS:
    // After a notification was handed to the system (for tests and logs).
    void notified(const QString &title, const QString &body);

private:
    void noteRows(int first, int last);
    void notify(const QString &title, const QString &body);

    QPointer<QAbstractItemModel> m_conversations;
    QPointer<QWindow> m_window;
    QHash<QString, QElapsedTimer> m_answering; // conversation id -> since when
    int m_minimumSeconds = defaultMinimumSeconds;
};
