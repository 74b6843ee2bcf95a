#pragma once

#include <QByteArray>
#include <QQuickImageProvider>
#include <QString>

#include <functional>

// "image://attachment/<sha256>": the whole picture of an attachment, for its preview, from
// the bytes Confab already has (never the network).
class AttachmentImageProvider : public QQuickImageProvider
{
public:
    using Lookup = std::function<QByteArray(const QString &sha256)>;
    explicit AttachmentImageProvider(Lookup lookup);

    // Upright (EXIF applied), scaled down to fit `requestedSize` when one is given; a null
    // image when the bytes are unknown or do not decode.
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    Lookup m_lookup;
};
