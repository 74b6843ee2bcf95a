#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

// Whether the window is dark, and the few colours the palette lacks (code background,
// reasoning text). Follows the application palette, which follows the system.
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ isDark NOTIFY changed)
    Q_PROPERTY(QColor codeBackground READ codeBackground NOTIFY changed)
    Q_PROPERTY(QColor subtleText READ subtleText NOTIFY changed)
    Q_PROPERTY(QColor userBubble READ userBubble NOTIFY changed)
    Q_PROPERTY(QColor errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString monospaceFamily READ monospaceFamily CONSTANT)

public:
    explicit Theme(QObject *parent = nullptr);

    bool isDark() const;
    QColor codeBackground() const;
    QColor subtleText() const;
    QColor userBubble() const;
    QColor errorText() const;
    QString monospaceFamily() const;

    // A dark palette for `--color-scheme dark` where the system gives none.
    static void applyDarkPalette();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
