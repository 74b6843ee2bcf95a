// The real composer, on the real Workspace, before a question goes to a model the provider
// settings mark as not seeing images or not taking tools: it warns, asks for a second press
// of Send, and lets the person remove the images or correct the mark on the spot.
#include "answerscript.h"
#include "loopbackserver.h"
#include "providers/providerregistry.h"
#include "workspacefixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

using namespace Qt::StringLiterals;

class TestComposerCapabilities : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    LoopbackServer m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QString m_providerId;
    QObject *m_composer = nullptr;

    QQuickItem *item(const char *name) const
    {
        return m_composer->findChild<QQuickItem *>(QString::fromLatin1(name));
    }
    bool shown(const char *name) const
    {
        const QQuickItem *found = item(name);
        return found && found->isVisible();
    }
    QObject *tray() const { return m_composer->property("attachments").value<QObject *>(); }
    void press(const char *button) const
    {
        QVERIFY(shown(button));
        QMetaObject::invokeMethod(item(button), "clicked");
    }
    void mark(ModelCapability capability, bool supported) const
    {
        m_workspace->registry()->noteCapability(m_providerId, u"text-only"_s, capability, supported,
                                                CapabilityFlag::Source::Learned);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QVERIFY(m_server.listen());
        m_server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"text-only"}]})"));
        m_workspace = WorkspaceFixture::withProvider(m_server, u"text-only"_s, &m_providerId);
        QVERIFY(m_workspace);
        Workspace::setInstance(m_workspace.get());

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_engine->loadData(R"(
            import QtQuick
            import Confab
            import Confab.Core
            Window {
                width: 900; height: 400; visible: true
                Composer { objectName: "composer"; session: Workspace.current; width: parent.width; anchors.bottom: parent.bottom }
            })");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        m_composer = window->findChild<QObject *>(u"composer"_s);
        QVERIFY(m_composer);

        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        QVERIFY(image.save(m_home.filePath(u"photo.png"_s)));
        QFile notes(m_home.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("hello\n") == 6);
    }

    void anImageForATextOnlyModelNeedsASecondPress()
    {
        mark(ModelCapability::Vision, false);
        QVERIFY(!shown("imageWarning")); // nothing attached yet
        bool added = false;
        QMetaObject::invokeMethod(tray(), "addFile", Q_RETURN_ARG(bool, added),
                                  Q_ARG(QString, m_home.filePath(u"photo.png"_s)));
        QVERIFY(added);
        QTRY_VERIFY(shown("imageWarning"));
        QCOMPARE(item("imageWarningText")->property("text").toString(),
                 u"text-only is marked as not seeing images: it will probably refuse this "
                 u"question."_s);

        const qsizetype before = m_server.requests().size();
        m_composer->setProperty("text", u"What is this?"_s);
        QMetaObject::invokeMethod(m_composer, "send");
        QCOMPARE(item("imageWarningText")->property("text").toString(),
                 u"Press Send again to send the images to text-only anyway."_s);
        QTest::qWait(100);
        QCOMPARE(m_server.requests().size(), before); // nothing went

        // Another model, or another conversation, and the warning must be seen again.
        m_workspace->current()->setModel(u"other-model"_s);
        m_workspace->current()->setModel(u"text-only"_s);
        QTRY_VERIFY(shown("imageWarning"));
        QCOMPARE(item("imageWarningText")->property("text").toString(),
                 u"text-only is marked as not seeing images: it will probably refuse this "
                 u"question."_s);
        QMetaObject::invokeMethod(m_composer, "send");
        QCOMPARE(m_server.requests().size(), before); // armed again, nothing went

        AnswerScript answer;
        answer.content = {u"A red square."_s};
        m_server.enqueue(answer.response());
        QMetaObject::invokeMethod(m_composer, "send");
        QTRY_COMPARE(m_server.requests().size(), before + 1);
        const QJsonArray parts = QJsonDocument::fromJson(m_server.requests().constLast().body)
                                     .object()
                                     .value(u"messages"_s)
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(u"content"_s)
                                     .toArray();
        QCOMPARE(parts.at(1).toObject().value(u"type"_s).toString(), u"image_url"_s);
        QTRY_VERIFY(!m_workspace->current()->isBusy());
        QVERIFY(!shown("imageWarning")); // the tray was emptied by sending
        // An answer came: the model saw the image after all, and is marked so.
        QVERIFY(m_workspace->registry()->capabilities(m_providerId, u"text-only"_s).vision.isYes());
    }

    void theWarningOffersToRemoveTheImagesOrCorrectTheMark()
    {
        mark(ModelCapability::Vision, false);
        bool added = false;
        for (const QString &name : {u"photo.png"_s, u"notes.txt"_s})
            QMetaObject::invokeMethod(tray(), "addFile", Q_RETURN_ARG(bool, added),
                                      Q_ARG(QString, m_home.filePath(name)));
        QCOMPARE(tray()->property("count").toInt(), 2);
        QTRY_VERIFY(shown("imageWarning"));
        press("removeImagesButton");
        QCOMPARE(tray()->property("count").toInt(), 1); // the text file stays
        QTRY_VERIFY(!shown("imageWarning"));

        QMetaObject::invokeMethod(tray(), "addFile", Q_RETURN_ARG(bool, added),
                                  Q_ARG(QString, m_home.filePath(u"photo.png"_s)));
        QTRY_VERIFY(shown("imageWarning"));
        press("canSeeImagesButton");
        QTRY_VERIFY(!shown("imageWarning"));
        const CapabilityFlag vision
            = m_workspace->registry()->capabilities(m_providerId, u"text-only"_s).vision;
        QVERIFY(vision.isYes());
        QCOMPARE(vision.source, CapabilityFlag::Source::Person);
        QMetaObject::invokeMethod(tray(), "clear");
    }

    void aModelWithoutToolsSaysSo()
    {
        QVERIFY(!shown("toolsNote"));
        mark(ModelCapability::Tools, false);
        QTRY_VERIFY(shown("toolsNote"));
        press("offerToolsButton");
        QTRY_VERIFY(!shown("toolsNote"));
        const CapabilityFlag tools
            = m_workspace->registry()->capabilities(m_providerId, u"text-only"_s).tools;
        QVERIFY(tools.isYes()); // the person's word: a model list cannot say no again
        QCOMPARE(tools.source, CapabilityFlag::Source::Person);
    }

    void cleanupTestCase()
    {
        m_engine.reset(); // before the Workspace it shows
        Workspace::setInstance(nullptr);
    }
};

QTEST_MAIN(TestComposerCapabilities)
#include "tst_composercapabilities.moc"
