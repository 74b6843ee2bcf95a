#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// What the About dialog says: versions, how this Confab was built and the licences of
// what it is made with.
class BuildInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT) // at run time, and built with
    Q_PROPERTY(QString platform READ platform CONSTANT)
    // Code blocks are coloured by KSyntaxHighlighting (else plain monospace).
    Q_PROPERTY(bool syntaxHighlighting READ hasSyntaxHighlighting CONSTANT)
    // [{name, license, url}] for Confab and each library it uses.
    Q_PROPERTY(QVariantList components READ components CONSTANT)

public:
    explicit BuildInfo(QObject *parent = nullptr);

    QString version() const;
    QString qtVersion() const;
    QString platform() const;
    bool hasSyntaxHighlighting() const;
    QVariantList components() const;
};
