#include "attachmentpresentation.h"

#include "attachmentreader.h"

using namespace Qt::StringLiterals;

namespace AttachmentPresentation {

QString detail(const Attachment &attachment)
{
    const QString size = AttachmentReader::sizeText(
        attachment.data.isEmpty() ? attachment.originalSize : attachment.data.size());
    if (attachment.isImage()) {
        QString text = QCoreApplication::translate("AttachmentPresentation", "%1 × %2 · %3")
                           .arg(attachment.width)
                           .arg(attachment.height)
                           .arg(size);
        if (attachment.isScaled())
            text += QCoreApplication::translate("AttachmentPresentation", " (scaled from %1 × %2)")
                        .arg(attachment.originalWidth)
                        .arg(attachment.originalHeight);
        return text;
    }
    const int lines = int(attachment.data.count('\n'))
        + (attachment.data.isEmpty() || attachment.data.endsWith('\n') ? 0 : 1);
    return QCoreApplication::translate("AttachmentPresentation", "%Ln line(s) · %1", nullptr, lines)
        .arg(size);
}

QVariantMap toVariant(const Attachment &attachment)
{
    return {
        {u"kind"_s, Attachment::kindName(attachment.kind)},
        {u"name"_s, attachment.name},
        {u"detail"_s, detail(attachment)},
        {u"thumbnail"_s, attachment.thumbnailUrl()},
        // The whole image, through the "attachment" image provider; never a remote address.
        {u"image"_s,
         attachment.isImage() && !attachment.data.isEmpty()
             ? QString(u"image://attachment/"_s + attachment.sha256)
             : QString()},
        {u"text"_s, attachment.isImage() ? QString() : QString::fromUtf8(attachment.data)},
        {u"missing"_s, attachment.data.isEmpty()},
    };
}

QVariantList toVariantList(const QList<Attachment> &attachments)
{
    QVariantList list;
    list.reserve(attachments.size());
    for (const Attachment &attachment : attachments)
        list.append(toVariant(attachment));
    return list;
}

} // namespace AttachmentPresentation
