#include "attachmentreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QMimeDatabase>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// What OpenAI-compatible vision endpoints accept.
QString mimeTypeOfImageFormat(const QByteArray &format)
{
    if (format == "png")
        return u"image/png"_s;
    if (format == "jpeg" || format == "jpg")
        return u"image/jpeg"_s;
    if (format == "webp")
        return u"image/webp"_s;
    if (format == "gif")
        return u"image/gif"_s;
    return {};
}

QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

// JPEG for photographs, PNG for what has transparency or was not a photograph to begin with.
bool sendsAsJpeg(const QImage &image, const QByteArray &sourceFormat)
{
    return !image.hasAlphaChannel() && (sourceFormat == "jpeg" || sourceFormat == "jpg");
}

QByteArray thumbnailOf(const QImage &image)
{
    QImage small = image;
    if (image.width() > AttachmentReader::thumbnailSide
        || image.height() > AttachmentReader::thumbnailSide)
        small = image.scaled(AttachmentReader::thumbnailSide, AttachmentReader::thumbnailSide,
                             Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return small.hasAlphaChannel() ? encoded(small, "png", -1) : encoded(small, "jpeg", 80);
}

bool looksBinary(const QByteArray &data)
{
    return data.left(8192).contains('\0');
}

} // namespace

AttachmentReader::AttachmentReader()
    : m_limits(Limits())
{ }

AttachmentReader::AttachmentReader(const Limits &limits)
    : m_limits(limits)
{ }

QString AttachmentReader::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

AttachmentReader::Result AttachmentReader::readFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir())
        return {{}, tr("%1 is a folder; attach the files in it instead.").arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1 could not be opened: %2").arg(name, file.errorString())};

    // Decide by the content, not the name: a photo saved as .txt is still a photo.
    const QByteArray head = file.peek(64);
    QBuffer headBuffer;
    headBuffer.setData(head);
    headBuffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&headBuffer);
    const bool image
        = !format.isEmpty() || QMimeDatabase().mimeTypeForFile(info).name().startsWith(u"image/"_s);

    const qint64 limit = image ? m_limits.maxImageFileBytes : m_limits.maxTextFileBytes;
    if (file.size() > limit) {
        return {{},
                image ? tr("%1 is %2; Confab sends images of up to %3.")
                            .arg(name, sizeText(file.size()), sizeText(limit))
                      : tr("%1 is %2; Confab attaches text files of up to %3. Attach a part "
                           "of it, or paste the lines that matter.")
                            .arg(name, sizeText(file.size()), sizeText(limit))};
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {{}, tr("%1 could not be read: %2").arg(name, file.errorString())};
    return image ? readImageData(data, name) : readTextData(data, name);
}

AttachmentReader::Result AttachmentReader::readImageData(const QByteArray &data,
                                                         const QString &name) const
{
    if (data.size() > m_limits.maxImageFileBytes) {
        return {{},
                tr("%1 is %2; Confab sends images of up to %3.")
                    .arg(name, sizeText(data.size()), sizeText(m_limits.maxImageFileBytes))};
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format.isEmpty()) {
        return {{}, tr("%1 could not be read as an image; the file may be damaged.").arg(name)};
    }
    if (mimeTypeOfImageFormat(format).isEmpty()) {
        return {{},
                tr("%1 is not an image Confab can send: use PNG, JPEG, WebP or GIF.").arg(name)};
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        return {{},
                tr("%1 could not be read as an image; the file may be damaged (%2).")
                    .arg(name, reader.errorString())};
    }
    // Sent as it is when it fits and needs no turning: no quality is lost.
    const bool upright = reader.transformation() == QImageIOHandler::TransformationNone;
    const bool fits = std::max(image.width(), image.height()) <= m_limits.maxImageSide;
    return encodeImage(image, name, data, format, upright && fits);
}

AttachmentReader::Result AttachmentReader::readImage(const QImage &image, const QString &name) const
{
    if (image.isNull())
        return {{}, tr("The clipboard holds no image.")};
    return encodeImage(image, name, {}, "png", false);
}

AttachmentReader::Result AttachmentReader::encodeImage(QImage image, const QString &name,
                                                       const QByteArray &originalData,
                                                       const QByteArray &format,
                                                       bool keepOriginal) const
{
    Attachment attachment;
    attachment.kind = Attachment::Kind::Image;
    attachment.name = name;
    attachment.originalWidth = image.width();
    attachment.originalHeight = image.height();
    attachment.originalSize = originalData.size();
    if (keepOriginal) {
        attachment.data = originalData;
        attachment.mimeType = mimeTypeOfImageFormat(format);
    } else {
        if (std::max(image.width(), image.height()) > m_limits.maxImageSide)
            image = image.scaled(m_limits.maxImageSide, m_limits.maxImageSide, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
        const bool jpeg = sendsAsJpeg(image, format);
        attachment.data = jpeg ? encoded(image, "jpeg", 90) : encoded(image, "png", -1);
        attachment.mimeType = jpeg ? u"image/jpeg"_s : u"image/png"_s;
        if (attachment.data.isEmpty())
            return {{}, tr("%1 could not be prepared for sending.").arg(name)};
        if (originalData.isEmpty())
            attachment.originalSize = attachment.data.size();
    }
    attachment.width = image.width();
    attachment.height = image.height();
    attachment.thumbnail = thumbnailOf(image);
    attachment.sha256 = Attachment::hashOf(attachment.data);
    return {attachment, {}};
}

AttachmentReader::Result AttachmentReader::readTextData(const QByteArray &data,
                                                        const QString &name) const
{
    if (data.size() > m_limits.maxTextFileBytes) {
        return {{},
                tr("%1 is %2; Confab attaches text files of up to %3. Attach a part of it, or "
                   "paste the lines that matter.")
                    .arg(name, sizeText(data.size()), sizeText(m_limits.maxTextFileBytes))};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder.decode(data);
    if (looksBinary(data) || decoder.hasError()) {
        return {{},
                tr("%1 is not a text file. Confab attaches images (PNG, JPEG, WebP, GIF) and "
                   "UTF-8 text such as code, Markdown, CSV or logs.")
                    .arg(name)};
    }
    Attachment attachment;
    attachment.kind = Attachment::Kind::TextFile;
    attachment.name = name;
    const QMimeType guessed = QMimeDatabase().mimeTypeForFileNameAndData(name, data);
    attachment.mimeType = guessed.inherits(u"text/plain"_s) ? guessed.name() : u"text/plain"_s;
    attachment.data = data;
    attachment.originalSize = data.size();
    attachment.sha256 = Attachment::hashOf(data);
    return {attachment, {}};
}
