#include "answerscript.h"
#include "cliprocess.h"
#include "loopbackserver.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// confab-cli ask --image / --file, the real executable, against a real loopback server.
class TestCliAttachments : public QObject
{
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    QTemporaryDir m_folder;

    CliProcess::Run ask(const QStringList &attachments)
    {
        CliProcess process(QStringLiteral(CONFAB_CLI_PATH));
        process.environment().insert(u"CONFAB_API_KEY"_s, u"sk-e2e"_s);
        process.environment().insert(u"CONFAB_BASE_URL"_s, m_server->baseUrl().toString());
        process.environment().insert(u"XDG_CONFIG_HOME"_s, m_folder.filePath(u"config"_s));
        process.environment().remove(u"CONFAB_MODEL"_s);
        return process.run(QStringList {u"ask"_s, u"--model"_s, u"vision"_s} + attachments
                           + QStringList {u"What is this?"_s});
    }

    static QByteArray jpeg(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(200, 90, 40));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "jpeg").write(image);
        return bytes;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void imagesAndFilesGoWithThePrompt()
    {
        const QByteArray photo = jpeg(64, 48);
        const QString image = TestFiles::write(m_folder, u"photo.jpg"_s, photo);
        const QString notes = TestFiles::write(m_folder, u"notes.txt"_s, "red square\n");
        m_server->enqueue(
            ScriptedResponse::sse({AnswerScript::contentChunk(u"A square."_s, "stop")}, 9));
        const CliProcess::Run run = ask({u"--image"_s, image, u"--file"_s, notes});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("A square.\n"));

        const QJsonObject body
            = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        const QJsonArray expected {
            QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, u"What is this?"_s}},
            QJsonObject {{u"type"_s, u"image_url"_s},
                         {u"image_url"_s,
                          QJsonObject {{u"url"_s,
                                        QString(u"data:image/jpeg;base64,"_s
                                                + QString::fromLatin1(photo.toBase64()))},
                                       {u"detail"_s, u"auto"_s}}}},
            QJsonObject {{u"type"_s, u"text"_s},
                         {u"text"_s, u"<file name=\"notes.txt\">\nred square\n</file>"_s}},
        };
        QCOMPARE(body.value(u"messages"_s).toArray(),
                 (QJsonArray {QJsonObject {{u"role"_s, u"user"_s}, {u"content"_s, expected}}}));
    }

    void whatCannotBeAttachedStopsBeforeSending()
    {
        const CliProcess::Run notImage
            = ask({u"--image"_s, TestFiles::write(m_folder, u"readme.md"_s, "# Hello\n")});
        QCOMPARE(notImage.exitCode, 2);
        QVERIFY2(notImage.err.contains("readme.md is not an image; attach it with --file."),
                 notImage.err.constData());

        QByteArray damaged = jpeg(64, 48).left(20);
        const CliProcess::Run broken
            = ask({u"--file"_s, TestFiles::write(m_folder, u"broken.jpg"_s, damaged)});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains("broken.jpg could not be read as an image"),
                 broken.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_MAIN(TestCliAttachments)
#include "tst_cli_attachments.moc"
