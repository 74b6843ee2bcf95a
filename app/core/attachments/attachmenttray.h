#pragma once

#include "attachment.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// What the person attached to the question they are writing: files picked, dropped or
// pasted, read and checked at once (AttachmentReader), shown as chips until it is sent.
class AttachmentTray : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // AttachmentPresentation's maps, one per attachment, in order.
    Q_PROPERTY(QVariantList items READ items NOTIFY countChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasImages READ hasImages NOTIFY countChanged)
    // Why the last file could not be attached; empty after a success or clear().
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit AttachmentTray(QObject *parent = nullptr);
    ~AttachmentTray() override;

    QVariantList items() const;
    int count() const { return int(m_attachments.size()); }
    bool hasImages() const;
    QString errorText() const { return m_errorText; }
    const QList<Attachment> &attachments() const { return m_attachments; }

    // Local files (picked or dropped); remote addresses are refused. True when any was added.
    Q_INVOKABLE bool addUrls(const QList<QUrl> &urls);
    Q_INVOKABLE bool addFile(const QString &path);
    // An image or files on the clipboard. False when it holds neither (text is pasted as text).
    Q_INVOKABLE bool pasteFromClipboard();
    Q_INVOKABLE void remove(int row);
    // Only the images go; text files stay.
    Q_INVOKABLE void removeImages();
    Q_INVOKABLE void clear();
    // The attachments, handed over when the question is sent; the tray is empty after.
    QList<Attachment> take();

    // The bytes of an attachment some tray holds now, by its SHA-256 (hex); empty if none.
    static QByteArray heldBytes(const QString &sha256);

    // The longest side of an image as sent: the setting, or the default.
    static int maxImageSide();
    static void setMaxImageSide(int pixels);

Q_SIGNALS:
    void countChanged();
    void errorTextChanged();

private:
    bool add(const Attachment &attachment);
    void setErrorText(const QString &text);

    QList<Attachment> m_attachments;
    QString m_errorText;
};
