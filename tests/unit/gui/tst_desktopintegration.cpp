#include "answernotifier.h"
#include "buildinfo.h"
#include "singleinstance.h"
#include "windowmemory.h"
#include "workspace/confabsettings.h"
#include "workspace/conversationlist.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocalServer>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;

// A notification server on the session bus, as a desktop has: it records what it is sent.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList received; // "summary: body"
    QString icon;
    QVariantMap hints;

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &hintMap, int)
    {
        received.append(summary + u": "_s + body);
        icon = appIcon;
        hints = hintMap;
        return uint(received.size());
    }
};

// The app among the others on the desktop: one instance per history file (a second launch
// brings the first forward), the window where it was left, and what About reports.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    }

    void aSecondLaunchBringsTheFirstForward()
    {
        const QString history = m_dir.filePath(u"conversations.sqlite"_s);
        SingleInstance first(history);
        QVERIFY(!first.handOver(200)); // nobody yet
        QVERIFY(first.listen());
        QSignalSpy shown(&first, &SingleInstance::showRequested);

        SingleInstance second(m_dir.filePath(u"./conversations.sqlite"_s)); // the same file
        QCOMPARE(second.serverName(), first.serverName());
        QVERIFY(second.handOver());
        QTRY_COMPARE(shown.size(), 1);

        // Another history is another Confab.
        SingleInstance other(m_dir.filePath(u"other.sqlite"_s));
        QVERIFY(other.serverName() != first.serverName());
        QVERIFY(!other.handOver(200));
    }

    void aSocketLeftByACrashIsTakenOver()
    {
        SingleInstance instance(m_dir.filePath(u"crashed.sqlite"_s));
        // What a killed Confab leaves: the socket's file, nobody listening.
        QFile leftover(QDir::temp().filePath(instance.serverName()));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QVERIFY(!instance.handOver(200));
        QVERIFY(instance.listen());
        SingleInstance next(m_dir.filePath(u"crashed.sqlite"_s));
        QVERIFY(next.handOver());
    }

    void theWindowOpensWhereItWasLeft()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect place(screen.x() + 40, screen.y() + 30, 500, 400);
        {
            QWindow window;
            window.setGeometry(screen.x(), screen.y(), 300, 200);
            WindowMemory memory(&window);
            QVERIFY(!memory.restore()); // nothing kept yet
            window.setGeometry(place);
            memory.save();
        }
        QWindow window;
        WindowMemory memory(&window);
        QVERIFY(memory.restore());
        QCOMPARE(window.geometry(), place);
        QVERIFY(!window.windowStates().testFlag(Qt::WindowMaximized));

        // A place on a monitor that is gone now: left to the system.
        ConfabSettings::open()->setValue(u"window/geometry"_s,
                                         QRect(screen.right() + 5000, 0, 500, 400));
        QWindow elsewhere;
        WindowMemory forgotten(&elsewhere);
        QVERIFY(!forgotten.restore());
    }

    // A long answer that ends while the window is in the background is announced on the
    // desktop; a short one, or one the person watched, is not.
    void aLongAnswerReadyIsAnnounced()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("No D-Bus session bus (scripts/test runs the tests inside one)");
        NotificationServer server;
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &server,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));

        QStandardItemModel conversations;
        auto *row = new QStandardItem;
        row->setData(u"c1"_s, ConversationList::IdRole);
        row->setData(u"Plan a trip"_s, ConversationList::TitleRole);
        row->setData(false, ConversationList::BusyRole);
        conversations.appendRow(row);
        QWindow window; // not shown: the person is elsewhere
        AnswerNotifier notifier(&conversations, &window);
        notifier.setMinimumSeconds(0);
        QSignalSpy notified(&notifier, &AnswerNotifier::notified);

        row->setData(true, ConversationList::BusyRole);
        row->setData(false, ConversationList::BusyRole);
        QCOMPARE(notified.size(), 1);
        QTRY_COMPARE(server.received, QStringList {u"Answer ready: Plan a trip"_s});
        QCOMPARE(server.icon, u"app.confab.Confab"_s);
        QCOMPARE(server.hints.value(u"desktop-entry"_s).toString(), u"app.confab.Confab"_s);

        // Quicker than the minimum: nothing.
        notifier.setMinimumSeconds(60);
        row->setData(true, ConversationList::BusyRole);
        row->setData(false, ConversationList::BusyRole);
        QCOMPARE(notified.size(), 1);
        // Turned off in the settings: nothing.
        notifier.setMinimumSeconds(0);
        ConfabSettings::open()->setValue(u"notifications/answerReady"_s, false);
        row->setData(true, ConversationList::BusyRole);
        row->setData(false, ConversationList::BusyRole);
        QCOMPARE(notified.size(), 1);
        ConfabSettings::open()->remove(u"notifications/answerReady"_s);
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
    }

    void aboutSaysWhatThisIs()
    {
        BuildInfo info;
        QCOMPARE(info.qtVersion(), QString::fromLatin1(qVersion()));
        QVERIFY(!info.platform().isEmpty());
        QStringList names;
        for (const QVariant &component : info.components())
            names.append(component.toMap().value(u"name"_s).toString());
        QVERIFY(names.contains(u"Qt"_s) && names.contains(u"QtKeychain"_s)
                && names.contains(u"muparser"_s));
        QCOMPARE(names.contains(u"KSyntaxHighlighting"_s), info.hasSyntaxHighlighting());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
