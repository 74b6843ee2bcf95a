#include "attachment.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

QString dataUrlOf(const QString &mimeType, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    return u"data:"_s + mimeType + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
}

QString thumbnailType(const QByteArray &thumbnail)
{
    return thumbnail.startsWith("\x89PNG") ? u"image/png"_s : u"image/jpeg"_s;
}

} // namespace

QString Attachment::kindName(Kind kind)
{
    return kind == Kind::Image ? u"image"_s : u"text"_s;
}

QString Attachment::hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject Attachment::toJson() const
{
    QJsonObject object {
        {u"kind"_s, kindName(kind)},      {u"name"_s, name},
        {u"mime_type"_s, mimeType},       {u"sha256"_s, sha256},
        {u"size"_s, qint64(data.size())}, {u"original_size"_s, originalSize},
    };
    if (isImage()) {
        object.insert(u"width"_s, width);
        object.insert(u"height"_s, height);
        object.insert(u"original_width"_s, originalWidth);
        object.insert(u"original_height"_s, originalHeight);
    }
    return object;
}

Attachment Attachment::fromJson(const QJsonObject &object)
{
    Attachment attachment;
    attachment.kind
        = object.value(u"kind"_s).toString() == u"text"_s ? Kind::TextFile : Kind::Image;
    attachment.name = object.value(u"name"_s).toString();
    attachment.mimeType = object.value(u"mime_type"_s).toString();
    attachment.sha256 = object.value(u"sha256"_s).toString();
    attachment.originalSize = object.value(u"original_size"_s).toInteger();
    attachment.width = object.value(u"width"_s).toInt();
    attachment.height = object.value(u"height"_s).toInt();
    attachment.originalWidth = object.value(u"original_width"_s).toInt(attachment.width);
    attachment.originalHeight = object.value(u"original_height"_s).toInt(attachment.height);
    return attachment;
}

QJsonObject Attachment::requestPart() const
{
    if (!isImage())
        return {{u"type"_s, u"text"_s}, {u"text"_s, textForModel()}};
    return {
        {u"type"_s, u"image_url"_s},
        {u"image_url"_s, QJsonObject {{u"url"_s, dataUrl()}, {u"detail"_s, u"auto"_s}}},
    };
}

QString Attachment::dataUrl() const
{
    return dataUrlOf(mimeType, data);
}

QString Attachment::thumbnailUrl() const
{
    return dataUrlOf(thumbnailType(thumbnail), thumbnail);
}

QString Attachment::textForModel() const
{
    // The name in an attribute, the text as it is: models read this layout reliably and a
    // file that itself contains Markdown fences cannot close it early.
    QString quotedName = name;
    quotedName.replace(u'"', u'\'');
    return u"<file name=\""_s + quotedName + u"\">\n"_s + QString::fromUtf8(data)
        + (data.endsWith('\n') ? u""_s : u"\n"_s) + u"</file>"_s;
}
