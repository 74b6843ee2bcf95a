#include "answernotifier.h"

#include "desktopsettings.h"
#include "workspace/conversationlist.h"

#include <QAbstractItemModel>
#include <QWindow>

#ifdef CONFAB_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

using namespace Qt::StringLiterals;

AnswerNotifier::AnswerNotifier(QAbstractItemModel *conversations, QWindow *window, QObject *parent)
    : QObject(parent)
    , m_conversations(conversations)
    , m_window(window)
{
    connect(conversations, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(ConversationList::BusyRole))
                    noteRows(from.row(), to.row());
            });
}

bool AnswerNotifier::isEnabled() const
{
    return DesktopSettings().notifyWhenReady();
}

void AnswerNotifier::noteRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_conversations->index(row, 0);
        const QString id = index.data(ConversationList::IdRole).toString();
        const bool busy = index.data(ConversationList::BusyRole).toBool();
        if (busy) {
            if (!m_answering.contains(id))
                m_answering[id].start();
            continue;
        }
        const auto answering = m_answering.constFind(id);
        if (answering == m_answering.cend())
            continue;
        const qint64 took = answering->elapsed();
        m_answering.erase(answering);
        if (took < qint64(m_minimumSeconds) * 1000 || (m_window && m_window->isActive())
            || !isEnabled())
            continue;
        notify(tr("Answer ready"), index.data(ConversationList::TitleRole).toString());
    }
}

void AnswerNotifier::notify(const QString &title, const QString &body)
{
#ifdef CONFAB_HAVE_DBUS
    // The Desktop Notifications Specification: app name, replaces id, icon, summary, body,
    // actions, hints, timeout (-1: the server's default).
    QDBusMessage message = QDBusMessage::createMethodCall(
        u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
        u"org.freedesktop.Notifications"_s, u"Notify"_s);
    message << u"Confab"_s << 0u << u"app.confab.Confab"_s << title << body << QStringList()
            << QVariantMap {{u"desktop-entry"_s, u"app.confab.Confab"_s}} << -1;
    QDBusConnection::sessionBus().call(message, QDBus::NoBlock);
#endif
    Q_EMIT notified(title, body);
}
