#include "attachmentimageprovider.h"

#include <QBuffer>
#include <QImageReader>

AttachmentImageProvider::AttachmentImageProvider(Lookup lookup)
    : QQuickImageProvider(QQmlImageProviderBase::Image)
    , m_lookup(std::move(lookup))
{ }

QImage AttachmentImageProvider::requestImage(const QString &id, QSize *size,
                                             const QSize &requestedSize)
{
    QByteArray bytes = m_lookup ? m_lookup(id) : QByteArray();
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Decoded at the size asked for when the format can (JPEG does), else scaled after.
    const QSize full = reader.size();
    const bool smaller = requestedSize.isValid() && full.isValid()
        && (full.width() > requestedSize.width() || full.height() > requestedSize.height());
    if (smaller && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(full.scaled(requestedSize, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && requestedSize.isValid()
        && (image.width() > requestedSize.width() || image.height() > requestedSize.height()))
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}
