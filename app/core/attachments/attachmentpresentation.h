#pragma once

#include "attachment.h"

#include <QCoreApplication>
#include <QVariantMap>

// How an attachment shows in the composer and in the transcript: a map with kind ("image"
// or "text"), name, detail ("2048 × 1536 · 412 KB", "12 lines · 1.1 KB"), thumbnail (a data:
// URL of the small picture, never a remote address), image (image://attachment/<sha256>,
// the whole picture for the preview; empty without bytes), text (a text file's content)
// and missing (the bytes are not in this history, as after an import).
namespace AttachmentPresentation {

QVariantMap toVariant(const Attachment &attachment);
QVariantList toVariantList(const QList<Attachment> &attachments);
QString detail(const Attachment &attachment);

} // namespace AttachmentPresentation
