#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A file that goes with a question: an image the model looks at, or a text file it reads.
// The bytes are what is sent (an image already scaled down and encoded once); the history
// keeps them once per content hash, the message keeps the description (toJson()).
struct Attachment
{
    enum class Kind { Image, TextFile };

    Kind kind = Kind::Image;
    QString name; // the file's name as the person sees it
    QString mimeType; // image/png, image/jpeg, image/webp, image/gif, text/plain, …
    QString sha256; // hex digest of data: the key of the stored bytes
    QByteArray data;
    QByteArray thumbnail; // images: a small JPEG or PNG for the views
    qint64 originalSize = 0; // bytes of the file before scaling
    int width = 0; // images, as sent
    int height = 0;
    int originalWidth = 0;
    int originalHeight = 0;

    static QString kindName(Kind kind);
    static QString hashOf(const QByteArray &data);

    bool isImage() const { return kind == Kind::Image; }
    bool isScaled() const { return width != originalWidth || height != originalHeight; }

    // The description kept with the message and in exports: everything but the bytes.
    QJsonObject toJson() const;
    // The inverse of toJson(); data and thumbnail stay empty until the bytes are loaded.
    static Attachment fromJson(const QJsonObject &object);

    // The part of a multi-part user message that carries this attachment.
    QJsonObject requestPart() const;
    // "data:image/png;base64,…"
    QString dataUrl() const;
    QString thumbnailUrl() const;
    // A text file as the model reads it: its name, then its text.
    QString textForModel() const;

    bool operator==(const Attachment &other) const = default;
};
