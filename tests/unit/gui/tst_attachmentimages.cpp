// The whole picture behind an attachment's preview (image://attachment/<sha256>): from the
// composer's tray before sending, from the conversation on screen, and from the history
// file after a restart; upright and at the size asked for. Real files, a real Workspace on
// a real SQLite history, a loopback server for the answer.
#include "answerscript.h"
#include "attachmentimageprovider.h"
#include "attachments/attachmenttray.h"
#include "workspacefixture.h"

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAttachmentImages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_history;
    QString m_picturePath;
    QString m_sha;

    static QImage requested(Workspace &workspace, const QString &sha, const QSize &size = {})
    {
        AttachmentImageProvider provider(
            [&workspace](const QString &hash) { return workspace.attachmentBytes(hash); });
        QSize reported;
        const QImage image = provider.requestImage(sha, &reported, size);
        if (reported != image.size())
            qWarning("The provider reported %dx%d for a %dx%d image", reported.width(),
                     reported.height(), image.width(), image.height());
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the tray reads the settings
        QVERIFY(m_dir.isValid());
        m_history = m_dir.filePath(u"history.sqlite"_s);
        // Larger than the 256 px thumbnail, smaller than the 2048 px limit: sent as it is.
        QImage picture(1200, 800, QImage::Format_RGB32);
        QPainter painter(&picture);
        QLinearGradient gradient(0, 0, 1200, 800);
        gradient.setColorAt(0, Qt::darkBlue);
        gradient.setColorAt(1, Qt::yellow);
        painter.fillRect(picture.rect(), gradient);
        painter.end();
        m_picturePath = m_dir.filePath(u"map.png"_s);
        QVERIFY(picture.save(m_picturePath));
    }

    void thePictureComesWholeFromTrayScreenAndHistory()
    {
        QString conversationId;
        {
            LoopbackServer server;
            QVERIFY(server.listen());
            server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"m"}]})"));
            auto workspace = WorkspaceFixture::openOn(m_history, server);
            AttachmentTray tray;
            QVERIFY(tray.addFile(m_picturePath));
            m_sha = tray.attachments().constFirst().sha256;
            QCOMPARE(tray.items().constFirst().toMap().value(u"image"_s).toString(),
                     u"image://attachment/"_s + m_sha);
            QCOMPARE(tray.attachments().constFirst().thumbnail.isEmpty(), false);

            // In the composer, not sent yet.
            QCOMPARE(requested(*workspace, m_sha).size(), QSize(1200, 800));
            QCOMPARE(requested(*workspace, m_sha, QSize(300, 300)).size(), QSize(300, 200));

            // Sent: the tray is empty, the question on screen holds it.
            AnswerScript answer;
            answer.content = {u"A map."_s};
            server.enqueue(answer.response());
            ChatSession *session = workspace->current();
            conversationId = session->id();
            QVERIFY(session->send(u"Where is this?"_s, &tray));
            QVERIFY(QTest::qWaitFor([&] { return !session->isBusy(); }, 10'000));
            QCOMPARE(tray.count(), 0);
            QVERIFY(AttachmentTray::heldBytes(m_sha).isEmpty());
            const QImage onScreen = requested(*workspace, m_sha);
            QCOMPARE(onScreen.size(), QSize(1200, 800));
            QCOMPARE(onScreen.pixelColor(0, 0), QColor(Qt::darkBlue));
        }
        // Another run: only the history file has it.
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"m"}]})"));
        auto workspace = WorkspaceFixture::openOn(m_history, server);
        QVERIFY(workspace->current()->id() != conversationId);
        QCOMPARE(requested(*workspace, m_sha).size(), QSize(1200, 800));
    }

    void unknownBytesGiveNoPicture()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, R"({"data":[{"id":"m"}]})"));
        auto workspace = WorkspaceFixture::openOn(m_history, server);
        QVERIFY(requested(*workspace, QString(64, u'0')).isNull());
        QVERIFY(requested(*workspace, u"not-a-hash'; DROP TABLE attachment_blobs; --"_s).isNull());
        QCOMPARE(requested(*workspace, m_sha).size(), QSize(1200, 800)); // still there
    }
};

QTEST_MAIN(TestAttachmentImages)
#include "tst_attachmentimages.moc"
