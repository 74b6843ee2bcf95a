#include "answerscript.h"
#include "attachments/attachmentreader.h"
#include "attachments/attachmenttray.h"
#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "loopbackserver.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Questions with images and text files, as the provider receives them: a real session, a
// real client, a real loopback server, real files read through the composer's tray.
class TestAttachmentRequest : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    ChatClient *m_client = nullptr;
    QTemporaryDir m_dir;

    QJsonArray sentMessages(int request) const
    {
        return QJsonDocument::fromJson(m_server->requests().at(request).body)
            .object()
            .value(u"messages"_s)
            .toArray();
    }

    static QByteArray png(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "png").write(image);
        return bytes;
    }

    bool exchange(ChatSession &session, const QString &text, AttachmentTray *tray)
    {
        m_server->enqueue(
            ScriptedResponse::sse({AnswerScript::contentChunk(u"Seen."_s, "stop")}, 7));
        return session.send(text, tray)
            && QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the tray reads the settings
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        ClientOptions options;
        options.maxRetries = 0;
        m_client = new ChatClient(endpoint, options, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void anImageAndAFileGoAsPartsOfTheQuestion()
    {
        const QByteArray picture = png(120, 80);
        AttachmentTray tray;
        QSignalSpy counted(&tray, &AttachmentTray::countChanged);
        QVERIFY(tray.addFile(TestFiles::write(m_dir, u"chart.png"_s, picture)));
        QVERIFY(tray.addUrls(
            {QUrl::fromLocalFile(TestFiles::write(m_dir, u"data.csv"_s, "x,y\n1,2\n"))}));
        QVERIFY(!tray.addFile(
            TestFiles::write(m_dir, u"chart copy.png"_s, picture))); // the same bytes once
        QCOMPARE(tray.count(), 2);
        QCOMPARE(counted.size(), 2);
        QVERIFY(tray.hasImages());
        const QString detail = tray.items().at(1).toMap().value(u"detail"_s).toString();
        QVERIFY2(detail.startsWith(u"2 line"_s) && detail.endsWith(u" · 8 bytes"_s),
                 qPrintable(detail));

        ChatSession session;
        session.setClient(m_client);
        session.setModel(u"vision-model"_s);
        QVERIFY(exchange(session, u"What does the chart show?"_s, &tray));
        QCOMPARE(tray.count(), 0); // sent: the composer is empty again

        const QJsonArray expectedParts {
            QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, u"What does the chart show?"_s}},
            QJsonObject {{u"type"_s, u"image_url"_s},
                         {u"image_url"_s,
                          QJsonObject {{u"url"_s,
                                        QString(u"data:image/png;base64,"_s
                                                + QString::fromLatin1(picture.toBase64()))},
                                       {u"detail"_s, u"auto"_s}}}},
            QJsonObject {{u"type"_s, u"text"_s},
                         {u"text"_s, u"<file name=\"data.csv\">\nx,y\n1,2\n</file>"_s}},
        };
        const QJsonObject expectedQuestion {{u"role"_s, u"user"_s}, {u"content"_s, expectedParts}};
        QCOMPARE(sentMessages(0), (QJsonArray {expectedQuestion}));

        // The next question sends the history: the same bytes again, not read or scaled anew.
        QVERIFY(exchange(session, u"And the trend?"_s, nullptr));
        const QJsonArray second = sentMessages(1);
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.at(0).toObject(), expectedQuestion);
        QCOMPARE(second.at(2).toObject().value(u"content"_s).toString(), u"And the trend?"_s);

        // A new version of the question keeps its attachments.
        m_server->enqueue(ScriptedResponse::sse({AnswerScript::contentChunk(u"Again."_s, "stop")}));
        QVERIFY(session.editAndResend(0, u"Describe the chart."_s));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000));
        const QJsonArray edited = sentMessages(2).at(0).toObject().value(u"content"_s).toArray();
        QCOMPARE(edited.size(), 3);
        QCOMPARE(edited.at(0).toObject().value(u"text"_s).toString(), u"Describe the chart."_s);
        QCOMPARE(edited.at(1), expectedParts.at(1));
    }

    void anImageAloneIsAQuestion()
    {
        AttachmentTray tray;
        QVERIFY(tray.addFile(TestFiles::write(m_dir, u"photo.png"_s, png(3000, 1500))));
        ChatSession session;
        session.setClient(m_client);
        session.setModel(u"vision-model"_s);
        QVERIFY(exchange(session, u"  "_s, &tray));
        const QJsonArray parts = sentMessages(0).at(0).toObject().value(u"content"_s).toArray();
        QCOMPARE(parts.size(), 1);
        const QString url = parts.at(0)[u"image_url"_s][u"url"_s].toString();
        QVERIFY(url.startsWith(u"data:image/png;base64,"_s));
        QImage sent;
        QVERIFY(sent.loadFromData(QByteArray::fromBase64(url.mid(22).toLatin1())));
        QCOMPARE(sent.size(), QSize(2048, 1024)); // scaled down before it was encoded

        // Nothing attached and nothing written: nothing is sent.
        QVERIFY(!session.send(u" "_s, &tray));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void whatCannotBeAttachedSaysWhy()
    {
        AttachmentTray tray;
        QSignalSpy errors(&tray, &AttachmentTray::errorTextChanged);
        QVERIFY(!tray.addFile(TestFiles::write(m_dir, u"broken.png"_s, png(50, 50).left(60))));
        QVERIFY(tray.errorText().startsWith(u"broken.png could not be read as an image"_s));
        QVERIFY(!tray.addUrls({QUrl(u"https://example.com/cat.png"_s)}));
        QCOMPARE(tray.errorText(),
                 u"https://example.com/cat.png is not a file on this computer; "
                 "save it first, then attach it."_s);
        QVERIFY(tray.addFile(TestFiles::write(m_dir, u"notes.md"_s, "# Notes\n")));
        QCOMPARE(tray.errorText(), QString()); // a success clears the last error
        QCOMPARE(errors.size(), 3);
        tray.remove(0);
        QCOMPARE(tray.count(), 0);
    }

    void aModelThatCannotSeeImagesIsNamedAsTheCause()
    {
        m_server->enqueue(ScriptedResponse::json(
            400,
            R"({"error":{"message":"Invalid content type. image_url is only supported by )"
            R"(certain models.","type":"invalid_request_error","code":null}})"));
        AttachmentTray tray;
        QVERIFY(tray.addFile(TestFiles::write(m_dir, u"receipt.png"_s, png(200, 300))));
        ChatSession session;
        session.setClient(m_client);
        session.setModel(u"text-only-model"_s);
        QVERIFY(session.send(u"Total?"_s, &tray));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000));
        const Message answer = session.conversation()->messages().constLast();
        QCOMPARE(answer.state, Message::State::Failed);
        // The provider named the images: the message says what that means first, then
        // gives the provider's words; nothing about the conversation's length.
        QCOMPARE(answer.error.message,
                 m_client->endpoint().name()
                     + u" refused the images (400): this model does not seem to see images. "
                       "Choose a model that can, or ask again without them. The server said: "
                       "\"Invalid content type. image_url is only supported by certain "
                       "models.\""_s);

        // A refusal that does not say why gets the advice after the general explanation.
        m_server->enqueue(ScriptedResponse::json(
            400, R"({"error":{"message":"Bad request.","type":"invalid_request_error"}})"));
        QVERIFY(tray.addFile(TestFiles::write(m_dir, u"receipt.png"_s, png(200, 300))));
        QVERIFY(session.send(u"Total, again?"_s, &tray));
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000));
        const QString vague = session.conversation()->messages().constLast().error.message;
        QVERIFY2(vague.endsWith(u"This model may not accept images: choose a model that can see "
                                "images, or ask again without them."_s),
                 qPrintable(vague));
        QVERIFY(vague.contains(u"(400)"_s));

        // The same refusal of a question without images is not blamed on images.
        m_server->enqueue(ScriptedResponse::json(
            400,
            R"({"error":{"message":"Unknown parameter: 'foo'.","type":"invalid_request_error"}})"));
        ChatSession plain;
        plain.setClient(m_client);
        plain.setModel(u"text-only-model"_s);
        QVERIFY(plain.send(u"Hi"_s));
        QVERIFY(QTest::qWaitFor([&] { return !plain.isBusy(); }, 10'000));
        QVERIFY(!plain.conversation()->messages().constLast().error.message.contains(u"images"_s));
    }

    void theLongestSideIsASetting()
    {
        AttachmentTray::setMaxImageSide(1000);
        AttachmentTray tray;
        QVERIFY(tray.addFile(TestFiles::write(m_dir, u"wide.png"_s, png(2000, 500))));
        QCOMPARE(tray.attachments().first().width, 1000);
        QCOMPARE(tray.attachments().first().height, 250);
        AttachmentTray::setMaxImageSide(AttachmentReader::defaultMaxImageSide);
        QCOMPARE(AttachmentTray::maxImageSide(), 2048);
    }
};

QTEST_MAIN(TestAttachmentRequest)
#include "tst_attachmentrequest.moc"
