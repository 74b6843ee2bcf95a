#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Copy buttons and "copy last answer" put text on the system clipboard through this.
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE void copy(const QString &text);
    Q_INVOKABLE QString text() const;
};
