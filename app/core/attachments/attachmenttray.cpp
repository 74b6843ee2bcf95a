#include "attachmenttray.h"

#include "attachmentpresentation.h"
#include "attachmentreader.h"
#include "workspace/confabsettings.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace {

const QString maxImageSideKey = u"attachments/maxImageSide"_s;

AttachmentReader reader()
{
    AttachmentReader::Limits limits;
    limits.maxImageSide = AttachmentTray::maxImageSide();
    return AttachmentReader(limits);
}

} // namespace

namespace {

// The trays alive now, for heldBytes(): what is attached but not sent is in no history yet.
QList<const AttachmentTray *> &liveTrays()
{
    static QList<const AttachmentTray *> trays;
    return trays;
}

} // namespace

AttachmentTray::AttachmentTray(QObject *parent)
    : QObject(parent)
{
    liveTrays().append(this);
}

AttachmentTray::~AttachmentTray()
{
    liveTrays().removeOne(this);
}

QByteArray AttachmentTray::heldBytes(const QString &sha256)
{
    for (const AttachmentTray *tray : std::as_const(liveTrays()))
        for (const Attachment &attachment : tray->m_attachments)
            if (attachment.sha256 == sha256)
                return attachment.data;
    return {};
}

QVariantList AttachmentTray::items() const
{
    return AttachmentPresentation::toVariantList(m_attachments);
}

bool AttachmentTray::hasImages() const
{
    return std::any_of(m_attachments.cbegin(), m_attachments.cend(),
                       [](const Attachment &attachment) { return attachment.isImage(); });
}

bool AttachmentTray::addUrls(const QList<QUrl> &urls)
{
    bool added = false;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            // Nothing is fetched from the network on the person's behalf.
            setErrorText(tr("%1 is not a file on this computer; save it first, then attach it.")
                             .arg(url.toDisplayString()));
            continue;
        }
        added = addFile(url.toLocalFile()) || added;
    }
    return added;
}

bool AttachmentTray::addFile(const QString &path)
{
    const AttachmentReader::Result result = reader().readFile(path);
    if (!result.ok()) {
        setErrorText(result.error);
        return false;
    }
    return add(result.attachment);
}

bool AttachmentTray::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        QList<QUrl> files;
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                files.append(url);
        if (!files.isEmpty()) {
            addUrls(files);
            return true; // handled, even when a file was refused (the error says why)
        }
    }
    if (!mime->hasImage())
        return false;
    const AttachmentReader::Result result
        = reader().readImage(qvariant_cast<QImage>(mime->imageData()), tr("Pasted image"));
    if (!result.ok()) {
        setErrorText(result.error);
        return true;
    }
    add(result.attachment);
    return true;
}

bool AttachmentTray::add(const Attachment &attachment)
{
    setErrorText({});
    for (const Attachment &existing : std::as_const(m_attachments))
        if (existing.sha256 == attachment.sha256)
            return false; // the same file twice is sent once
    m_attachments.append(attachment);
    Q_EMIT countChanged();
    return true;
}

void AttachmentTray::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    m_attachments.removeAt(row);
    Q_EMIT countChanged();
}

void AttachmentTray::removeImages()
{
    if (m_attachments.removeIf([](const Attachment &attachment) { return attachment.isImage(); })
        > 0)
        Q_EMIT countChanged();
}

void AttachmentTray::clear()
{
    setErrorText({});
    if (m_attachments.isEmpty())
        return;
    m_attachments.clear();
    Q_EMIT countChanged();
}

QList<Attachment> AttachmentTray::take()
{
    const QList<Attachment> taken = m_attachments;
    clear();
    return taken;
}

void AttachmentTray::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

int AttachmentTray::maxImageSide()
{
    const int side = ConfabSettings::open()
                         ->value(maxImageSideKey, AttachmentReader::defaultMaxImageSide)
                         .toInt();
    return side >= 256 ? side : AttachmentReader::defaultMaxImageSide;
}

void AttachmentTray::setMaxImageSide(int pixels)
{
    ConfabSettings::open()->setValue(maxImageSideKey, std::clamp(pixels, 256, 8192));
}
