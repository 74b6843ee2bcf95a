#pragma once

#include "attachment.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

// Turns a file, or an image from the clipboard, into an Attachment: images are checked,
// turned upright, scaled down to the longest side allowed and encoded once; text files are
// checked to be text. Whatever cannot be sent gets a message that says why and what would do.
class AttachmentReader
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentReader)

public:
    struct Limits
    {
        int maxImageSide = 2048; // pixels, the longest side of an image as sent
        qint64 maxImageFileBytes = 16 * 1024 * 1024;
        qint64 maxTextFileBytes = 512 * 1024;
    };

    struct Result
    {
        Attachment attachment;
        QString error; // empty when the attachment may be sent
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int defaultMaxImageSide = 2048;
    static constexpr int thumbnailSide = 256;

    AttachmentReader();
    explicit AttachmentReader(const Limits &limits);

    Result readFile(const QString &path) const;
    Result readImage(const QImage &image, const QString &name) const;
    Result readImageData(const QByteArray &data, const QString &name) const;
    Result readTextData(const QByteArray &data, const QString &name) const;

    static QString sizeText(qint64 bytes);

private:
    Result encodeImage(QImage image, const QString &name, const QByteArray &originalData,
                       const QByteArray &format, bool keepOriginal) const;

    Limits m_limits;
};
