#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// Opens links from messages, only when the user clicks them, and only kinds that are
// safe to hand to the system: web pages and mail. Anything else (file:, javascript:,
// custom schemes a model might invent) is refused.
class LinkOpener : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE static bool isOpenable(const QString &link);
    Q_INVOKABLE bool open(const QString &link);

Q_SIGNALS:
    void refused(const QString &link);
};
