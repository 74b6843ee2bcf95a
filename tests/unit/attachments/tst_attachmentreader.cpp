#include "attachments/attachmentreader.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A picture with detail in it, so that encoders have real work to do.
QImage photo(int width, int height, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? QColor(0, 0, 0, 0) : QColor(Qt::white));
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, Qt::darkBlue);
    gradient.setColorAt(1, Qt::yellow);
    painter.setBrush(gradient);
    painter.drawEllipse(QRect(0, 0, width, height).adjusted(width / 8, height / 8, 0, 0));
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qFatal("Could not write %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

QImage decoded(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

// The smallest GIF: 1×1, one colour (Qt reads GIF but cannot write it).
const QByteArray tinyGif = QByteArray::fromHex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");

} // namespace

class TestAttachmentReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QImageReader::supportedImageFormats().contains("webp"),
                 "WebP needs qt6-image-formats-plugins (scripts/setup installs it)");
    }

    void aSmallImageIsSentAsItIs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("PNG") << encoded(photo(300, 200, true), "png") << u"image/png"_s;
        QTest::newRow("JPEG") << encoded(photo(300, 200), "jpeg") << u"image/jpeg"_s;
        QTest::newRow("WebP") << encoded(photo(300, 200), "webp") << u"image/webp"_s;
        QTest::newRow("GIF") << tinyGif << u"image/gif"_s;
    }

    void aSmallImageIsSentAsItIs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mimeType);
        // The name says nothing: the content decides.
        const auto result
            = AttachmentReader().readFile(TestFiles::write(m_dir, u"picture.bin"_s, bytes));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Attachment &a = result.attachment;
        QCOMPARE(a.kind, Attachment::Kind::Image);
        QCOMPARE(a.mimeType, mimeType);
        QCOMPARE(a.data, bytes); // not re-encoded: nothing lost
        QCOMPARE(a.originalSize, bytes.size());
        QVERIFY(!a.isScaled());
        QCOMPARE(a.sha256, Attachment::hashOf(bytes));
        QCOMPARE(a.sha256.size(), 64);
        QVERIFY(!decoded(a.thumbnail).isNull());
        QCOMPARE(a.dataUrl(),
                 u"data:"_s + mimeType + u";base64,"_s + QString::fromLatin1(bytes.toBase64()));
        QCOMPARE(a.requestPart(),
                 (QJsonObject {{u"type"_s, u"image_url"_s},
                               {u"image_url"_s,
                                QJsonObject {{u"url"_s, a.dataUrl()}, {u"detail"_s, u"auto"_s}}}}));
    }

    void aLargeImageIsScaledDownOnce_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("alpha");
        QTest::addColumn<QString>("sentAs");
        QTest::newRow("a JPEG photo stays JPEG") << QByteArray("jpeg") << false << u"image/jpeg"_s;
        QTest::newRow("a PNG with transparency stays PNG")
            << QByteArray("png") << true << u"image/png"_s;
        QTest::newRow("WebP becomes PNG") << QByteArray("webp") << false << u"image/png"_s;
    }

    void aLargeImageIsScaledDownOnce()
    {
        QFETCH(QByteArray, format);
        QFETCH(bool, alpha);
        QFETCH(QString, sentAs);
        const QByteArray original = encoded(photo(4000, 3000, alpha), format.constData());
        const auto result = AttachmentReader().readFile(
            TestFiles::write(m_dir, u"big."_s + QString::fromLatin1(format), original));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Attachment &a = result.attachment;
        QCOMPARE(a.width, 2048);
        QCOMPARE(a.height, 1536);
        QCOMPARE(a.originalWidth, 4000);
        QCOMPARE(a.originalHeight, 3000);
        QVERIFY(a.isScaled());
        QCOMPARE(a.mimeType, sentAs);
        QCOMPARE(a.originalSize, original.size());
        const QImage sent = decoded(a.data);
        QCOMPARE(sent.size(), QSize(2048, 1536));
        QCOMPARE(sent.hasAlphaChannel(), alpha);
        const QImage thumbnail = decoded(a.thumbnail);
        QCOMPARE(thumbnail.size(), QSize(256, 192));

        // The same picture read again is the same bytes: stored once, sent the same.
        const auto again = AttachmentReader().readImageData(original, u"copy"_s);
        QCOMPARE(again.attachment.sha256, a.sha256);
    }

    void theLongestSideIsConfigurable()
    {
        AttachmentReader::Limits limits;
        limits.maxImageSide = 512;
        const auto result
            = AttachmentReader(limits).readImageData(encoded(photo(600, 1200), "png"), u"tall"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QSize(result.attachment.width, result.attachment.height), QSize(256, 512));
    }

    void aPastedImageIsEncodedAsPng()
    {
        const auto result = AttachmentReader().readImage(photo(640, 480), u"Pasted image"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attachment.mimeType, u"image/png"_s);
        QCOMPARE(decoded(result.attachment.data).size(), QSize(640, 480));
        QVERIFY(!AttachmentReader().readImage(QImage(), u"x"_s).ok());
    }

    void aTwentyMegabyteImageIsRefused()
    {
        QByteArray huge = encoded(photo(64, 64), "png");
        huge.append(QByteArray(20 * 1024 * 1024 - huge.size(), 'x'));
        const auto result
            = AttachmentReader().readFile(TestFiles::write(m_dir, u"holiday.png"_s, huge));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, u"holiday.png is 20.0 MB; Confab sends images of up to 16.0 MB."_s);
    }

    void aCorruptImageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray png = encoded(photo(200, 200), "png");
        // The header is intact, the pixel data is not.
        QByteArray damaged = png.left(png.size() / 2);
        damaged.append(QByteArray(200, '\xff'));
        QTest::newRow("damaged PNG") << damaged;
        QTest::newRow("not an image at all")
            << QByteArray("\x89PNG\r\n\x1a\n but nothing more", 27);
        QTest::newRow("random bytes") << QByteArray(4096, '\x07');
    }

    void aCorruptImageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto result
            = AttachmentReader().readFile(TestFiles::write(m_dir, u"scan.png"_s, bytes));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(
                     u"scan.png could not be read as an image; the file may be damaged"_s),
                 qPrintable(result.error));
    }

    void anImageOfAnotherFormatSaysWhatWouldDo()
    {
        const auto result = AttachmentReader().readFile(
            TestFiles::write(m_dir, u"icon.bmp"_s, encoded(photo(32, 32), "bmp")));
        QCOMPARE(result.error,
                 u"icon.bmp is not an image Confab can send: use PNG, JPEG, WebP or GIF."_s);
    }

    void aTextFileIsAttachedWithItsName()
    {
        const QByteArray csv = "city,visitors\nKyoto,1200\n京都,3\n";
        const auto result
            = AttachmentReader().readFile(TestFiles::write(m_dir, u"visits.csv"_s, csv));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Attachment &a = result.attachment;
        QCOMPARE(a.kind, Attachment::Kind::TextFile);
        QCOMPARE(a.mimeType, u"text/csv"_s);
        QCOMPARE(a.data, csv);
        QCOMPARE(a.textForModel(),
                 u"<file name=\"visits.csv\">\ncity,visitors\nKyoto,1200\n京都,3\n</file>"_s);
        QCOMPARE(a.requestPart(),
                 (QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, a.textForModel()}}));

        const auto code
            = AttachmentReader().readFile(TestFiles::write(m_dir, u"main.cpp"_s, "int main() {}"));
        QCOMPARE(code.attachment.textForModel(),
                 u"<file name=\"main.cpp\">\nint main() {}\n</file>"_s);
        QVERIFY(code.attachment.mimeType.startsWith(u"text/"_s));
    }

    void whatIsNotTextIsRefused()
    {
        const auto binary = AttachmentReader().readFile(TestFiles::write(
            m_dir, u"program.exe"_s, QByteArray("MZ\x90\0\x03\0\0\0", 8) + QByteArray(100, '\0')));
        QCOMPARE(binary.error,
                 u"program.exe is not a text file. Confab attaches images (PNG, JPEG, WebP, GIF) "
                 "and UTF-8 text such as code, Markdown, CSV or logs."_s);
        const auto latin1 = AttachmentReader().readFile(
            TestFiles::write(m_dir, u"old.txt"_s, "caf\xe9 cr\xe8me"));
        QVERIFY(!latin1.ok());

        AttachmentReader::Limits limits;
        limits.maxTextFileBytes = 1024;
        const auto big = AttachmentReader(limits).readFile(
            TestFiles::write(m_dir, u"server.log"_s, QByteArray(2048, 'a')));
        QCOMPARE(big.error,
                 u"server.log is 2.0 kB; Confab attaches text files of up to 1.0 kB. "
                 "Attach a part of it, or paste the lines that matter."_s);

        const auto folder = AttachmentReader().readFile(m_dir.path());
        QVERIFY(folder.error.endsWith(u" is a folder; attach the files in it instead."_s));
        const auto missing = AttachmentReader().readFile(m_dir.filePath(u"gone.txt"_s));
        QVERIFY2(missing.error.startsWith(u"gone.txt could not be opened: "_s),
                 qPrintable(missing.error));
    }

    void theDescriptionRoundTrips()
    {
        const auto result
            = AttachmentReader().readImageData(encoded(photo(3000, 1000), "jpeg"), u"wide.jpg"_s);
        QVERIFY(result.ok());
        Attachment described = Attachment::fromJson(result.attachment.toJson());
        QVERIFY(described.data.isEmpty());
        described.data = result.attachment.data;
        described.thumbnail = result.attachment.thumbnail;
        QCOMPARE(described, result.attachment);
        QCOMPARE(result.attachment.toJson().value(u"size"_s).toInteger(),
                 result.attachment.data.size());
    }
};

QTEST_MAIN(TestAttachmentReader)
#include "tst_attachmentreader.moc"
