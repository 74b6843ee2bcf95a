// Drives the real main window offscreen: a person types a prompt, the loopback server
// streams an answer with reasoning and a code block, and the view shows it; Esc stops a
// stalled answer and keeps what arrived.
#include "answerscript.h"
#include "chat/transcriptmodel.h"
#include "localonlynetwork.h"
#include "loopbackserver.h"
#include "workspace/workspace.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QWheelEvent>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

using namespace Qt::StringLiterals;

namespace {

// The items with this objectName that are on screen now. Delegates have no QObject
// parent, so this walks the visual tree.
void collectShown(QQuickItem *item, const QString &objectName, QList<QQuickItem *> &found,
                  bool everyItem = false)
{
    if (!item->isVisible())
        return;
    if (everyItem || item->objectName() == objectName)
        found.append(item);
    for (QQuickItem *child : item->childItems())
        collectShown(child, objectName, found, everyItem);
}

QList<QQuickItem *> shown(QQuickWindow *window, const QString &objectName)
{
    QList<QQuickItem *> items;
    collectShown(window->contentItem(), objectName, items);
    return items;
}

QString textOf(QQuickItem *item)
{
    return item ? item->property("text").toString() : QString();
}

// A wheel turn at `at` (scene coordinates), timed after the test's other input as a real
// one would be: Flickable ignores a wheel event older than the last event it handled.
void turnWheel(QQuickWindow *window, const QPointF &at, int angleDeltaY)
{
    QWheelEvent wheel(at, window->mapToGlobal(at), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QTest::lastMouseTimestamp += 20;
    wheel.setTimestamp(ulong(QTest::lastMouseTimestamp));
    QGuiApplication::sendEvent(window, &wheel);
}

void typeText(QQuickWindow *window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(window, *c);
}

bool anyShows(QQuickWindow *window, const QString &objectName, const QString &text)
{
    const QList<QQuickItem *> items = shown(window, objectName);
    return std::any_of(items.cbegin(), items.cend(),
                       [&text](QQuickItem *item) { return textOf(item).contains(text); });
}

} // namespace

class TestChatWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        // A real model list: a failed one would be retried a second later and take an
        // answer a test queued.
        m_server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"test-model"}]})"));
        Endpoint endpoint;
        endpoint.baseUrl = m_server.baseUrl();
        endpoint.apiKey = u"sk-window-test"_s;
        m_workspace.configure(endpoint, u"test-model"_s);
        // Straight to the loopback server: the system proxy lookup (libproxy on Debian)
        // answers queries one at a time on its own thread and can keep a request waiting.
        NetworkOptions direct;
        direct.proxyMode = NetworkOptions::ProxyMode::None;
        m_workspace.client()->setNetworkOptions(direct);
        Workspace::setInstance(&m_workspace);
        // The model list is the first request; it must not take a queued answer.
        QTRY_COMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().constFirst().path, QByteArray("/v1/models"));
        QTRY_VERIFY(!m_workspace.models().isEmpty());

        m_engine.setNetworkAccessManagerFactory(&m_localOnly);
        m_engine.addImportPath(u"qrc:/qt/qml"_s);
        connect(&m_engine, &QQmlEngine::warnings, this,
                [this](const QList<QQmlError> &list) { m_warnings << list; });
        m_engine.load(QUrl(u"qrc:/qt/qml/Confab/Main.qml"_s));
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1000, 900);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void typeAPromptAndWatchTheAnswer()
    {
        AnswerScript script;
        script.reasoning = AnswerScript::pieces(u"The user wants an example. A loop will do."_s, 4);
        script.content = AnswerScript::pieces(
            u"Here is a loop:\n\n```python\nfor i in range(3):\n    print(i)\n```\n\nThat prints 0, 1 and 2."_s,
            5);
        script.delayMs = 15;
        m_server.enqueue(script.response());

        typeText(m_window, "Show me a loop");
        QTest::keyClick(m_window, Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(session()->isBusy(), 5000);
        // While the model reasons, the panel is open and says so.
        QTRY_VERIFY_WITH_TIMEOUT(!shown(m_window, u"reasoningText"_s).isEmpty(), 5000);
        QVERIFY(textOf(shown(m_window, u"reasoningToggle"_s).value(0)).contains(u"Thinking"));

        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 10000);
        QCOMPARE(m_server.requests().size(), 2);
        QVERIFY(m_server.requests().constLast().body.contains("Show me a loop"));
        QCOMPARE(m_server.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer sk-window-test"));

        // The answer started: the panel folded by itself and tells how long it thought.
        QTRY_VERIFY(shown(m_window, u"reasoningText"_s).isEmpty());
        QVERIFY(textOf(shown(m_window, u"reasoningToggle"_s).value(0)).contains(u"Thought for"));
        QCOMPARE(textOf(shown(m_window, u"codeText"_s).value(0)),
                 u"for i in range(3):\n    print(i)"_s);
        QVERIFY(anyShows(m_window, u"blockText"_s, u"That prints 0, 1 and 2."_s));
        QVERIFY(textOf(shown(m_window, u"reasoningToggle"_s).value(0)).startsWith(u"▸"));
        QVERIFY(m_warnings.isEmpty());
    }

    void escapeStopsAndKeepsThePartialAnswer()
    {
        AnswerScript script;
        script.content = {u"Once upon "_s, u"a time"_s};
        ScriptedResponse stalled = script.response();
        stalled.pieces.resize(2); // then silence, the socket left open
        stalled.ending = ScriptedResponse::Ending::Stall;
        m_server.enqueue(stalled);

        typeText(m_window, "Tell me a story");
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(session()->isBusy(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            session()->conversation()->messages().constLast().content == u"Once upon a time", 5000);

        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 5000);
        const Message &answer = session()->conversation()->messages().constLast();
        QCOMPARE(answer.content, u"Once upon a time"_s);
        QCOMPARE(answer.state, Message::State::Cancelled);
        QTRY_VERIFY(anyShows(m_window, u"blockText"_s, u"Once upon a time"_s));
        QVERIFY(!anyShows(m_window, u"blockText"_s, u"▍"_s)); // the cursor left with the stream
        QVERIFY(!shown(m_window, u"retryButton"_s).isEmpty());
        QVERIFY(m_warnings.isEmpty());
    }

    // Scrolling up while an answer streams stops the view from following; "Jump to
    // latest" appears and brings it back to the end.
    void scrollingUpStopsFollowing()
    {
        AnswerScript script;
        for (int i = 0; i < 120; ++i)
            script.content << u"Paragraph %1 has a few words in it.\n\n"_s.arg(i);
        script.delayMs = 20;
        m_server.enqueue(script.response());
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier); // a fresh chat
        typeText(m_window, "Write a lot");
        QTest::keyClick(m_window, Qt::Key_Return);

        QQuickItem *view = shown(m_window, u"transcriptView"_s).value(0);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->property("contentHeight").toReal() > 2 * view->height(),
                                 10000);
        QVERIFY(view->property("following").toBool());
        QTRY_VERIFY(view->property("atYEnd").toBool());

        const QPointF inView = view->mapToScene(QPointF(view->width() / 2, view->height() / 2));
        for (int i = 0; i < 5; ++i)
            turnWheel(m_window, inView, 120);
        QTRY_VERIFY(!view->property("following").toBool());
        QTRY_VERIFY(!shown(m_window, u"jumpToLatest"_s).isEmpty());
        QTest::qWait(200); // more text arrives; the view stays where the person put it
        QVERIFY(!view->property("atYEnd").toBool());

        QQuickItem *jump = shown(m_window, u"jumpToLatest"_s).constFirst();
        QTest::mouseClick(
            m_window, Qt::LeftButton, {},
            jump->mapToScene(QPointF(jump->width() / 2, jump->height() / 2)).toPoint());
        QTRY_VERIFY(view->property("following").toBool());
        QTRY_VERIFY(view->property("atYEnd").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 10000);
        QTRY_VERIFY(view->property("atYEnd").toBool());
        QVERIFY(shown(m_window, u"jumpToLatest"_s).isEmpty());
    }

    // A long stored conversation opens at its end on its last page; at the top, a button
    // brings the earlier messages, and the view stays where the person was reading.
    void longConversationsShowEarlierMessagesOnRequest()
    {
        QList<Message> messages;
        for (int i = 0; i < TranscriptModel::pageSize + 30; ++i) {
            Message m = Message::create(i % 2 ? Message::Role::Assistant : Message::Role::User,
                                        u"Message number %1"_s.arg(i));
            m.parentId = messages.isEmpty() ? QString() : messages.constLast().id;
            messages.append(m);
        }
        ChatSession *session = m_workspace.newConversation();
        QVERIFY(session->load(messages, {}));
        QQuickItem *view = shown(m_window, u"transcriptView"_s).value(0);
        QVERIFY(view);
        auto *model = qobject_cast<TranscriptModel *>(view->property("model").value<QObject *>());
        QVERIFY(model);
        QCOMPARE(model->earlierCount(), 30);
        QTRY_VERIFY(view->property("atYEnd").toBool());
        QVERIFY(shown(m_window, u"showEarlier"_s).isEmpty()); // not at the top yet

        // The person scrolls up with the wheel (and the rest of the way at once).
        const QPointF inView = view->mapToScene(QPointF(view->width() / 2, view->height() / 2));
        turnWheel(m_window, inView, 360);
        QTRY_VERIFY(!view->property("following").toBool());
        QMetaObject::invokeMethod(view, "positionViewAtBeginning");
        QTRY_VERIFY(!shown(m_window, u"showEarlier"_s).isEmpty());
        QQuickItem *button = shown(m_window, u"showEarlier"_s).constFirst();
        QCOMPARE(textOf(button), u"↑ Show 30 earlier messages"_s);
        QTest::mouseClick(
            m_window, Qt::LeftButton, {},
            button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QTRY_COMPARE(model->earlierCount(), 0);
        QTRY_VERIFY(shown(m_window, u"showEarlier"_s).isEmpty());
        // The question that was first on screen is still at the top; the page is above it.
        const QRectF viewport = view->mapRectToScene(QRectF(0, 0, view->width(), view->height()));
        const QList<QQuickItem *> questions = shown(m_window, u"userMessage"_s);
        const auto first = std::find_if(questions.cbegin(), questions.cend(), [](QQuickItem *q) {
            return textOf(q) == u"Message number 30"_s;
        });
        QVERIFY(first != questions.cend());
        const QRectF at = (*first)->mapRectToScene(QRectF(0, 0, 1, 1));
        QVERIFY2(
            at.top() >= viewport.top() - 1 && at.top() < viewport.top() + 40,
            qPrintable(u"%1 in %2..%3"_s.arg(at.top()).arg(viewport.top()).arg(viewport.bottom())));
        QVERIFY(!view->property("following").toBool());
    }

    // Every control a person can reach has a name a screen reader can say.
    void everyControlHasAnAccessibleName()
    {
        QAccessible::setActive(true); // as an assistive technology would
        QStringList unnamed;
        int controls = 0;
        const auto walk = [&] {
            unnamed.clear();
            controls = 0;
            QList<QQuickItem *> items;
            collectShown(m_window->contentItem(), QString(), items, true);
            for (QQuickItem *item : std::as_const(items)) {
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
                if (!accessible)
                    continue;
                const QAccessible::Role role = accessible->role();
                const bool isControl = role == QAccessible::Button
                    || role == QAccessible::EditableText || role == QAccessible::ComboBox
                    || role == QAccessible::List || role == QAccessible::CheckBox
                    || role == QAccessible::ListItem;
                if (!isControl)
                    continue;
                ++controls;
                if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QString::fromLatin1(item->metaObject()->className()) + u' '
                            + item->objectName() + u" in "_s
                            + QString::fromLatin1(item->parentItem()->metaObject()->className());
            }
            return unnamed.isEmpty();
        };
        // Rows the list makes ahead of the view are built over several frames; a row half
        // made has no bindings yet. Once they are done, every control has its name.
        QTRY_VERIFY2(walk(), qPrintable(unnamed.join(u", ")));
        QVERIFY2(controls >= 12, qPrintable(QString::number(controls))); // the walk saw them
    }

    void keyboardShortcuts()
    {
        // Ctrl+Shift+C copies the last answer.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 session()->conversation()->messages().constLast().content);
        QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());

        // Ctrl+K puts the focus in the search field; Ctrl+N opens a new chat.
        QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        QQuickItem *focused = m_window->activeFocusItem();
        QVERIFY(focused);
        QCOMPARE(focused->property("placeholderText").toString(), u"Search (Ctrl+K)"_s);
        ChatSession *before = session();
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(session() != before);
        QCOMPARE(session()->conversation()->rowCount(), 0);
        QCOMPARE(m_window->activeFocusItem()->objectName(), u"composerInput"_s);
    }

private:
    ChatSession *session() const { return m_workspace.current(); }

    LoopbackServer m_server;
    Workspace m_workspace {nullptr};
    LocalOnlyNetworkFactory m_localOnly;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QList<QQmlError> m_warnings;
};

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
