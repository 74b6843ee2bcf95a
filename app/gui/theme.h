#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
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
    Q_PROPERTY(QColor disabledText READ disabledText NOTIFY changed)
    // The application palette's colours, for the window's palette: Qt Quick Controls 6.4
    // do not follow QGuiApplication::setPalette() by themselves.
    Q_PROPERTY(QColor window READ window NOTIFY changed)
    Q_PROPERTY(QColor windowText READ windowText NOTIFY changed)
    Q_PROPERTY(QColor base READ base NOTIFY changed)
    Q_PROPERTY(QColor alternateBase READ alternateBase NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor button READ button NOTIFY changed)
    Q_PROPERTY(QColor buttonText READ buttonText NOTIFY changed)
    Q_PROPERTY(QColor highlight READ highlight NOTIFY changed)
    Q_PROPERTY(QColor highlightedText READ highlightedText NOTIFY changed)
    Q_PROPERTY(QColor placeholderText READ placeholderText NOTIFY changed)
    Q_PROPERTY(QColor mid READ mid NOTIFY changed)
    Q_PROPERTY(QColor midlight READ midlight NOTIFY changed)
    Q_PROPERTY(QColor darkColor READ darkColor NOTIFY changed)
    Q_PROPERTY(QColor light READ light NOTIFY changed)
    Q_PROPERTY(QColor shadow READ shadow NOTIFY changed)
    Q_PROPERTY(QColor link READ link NOTIFY changed)
    Q_PROPERTY(QColor toolTipBase READ toolTipBase NOTIFY changed)
    Q_PROPERTY(QColor toolTipText READ toolTipText NOTIFY changed)

public:
    explicit Theme(QObject *parent = nullptr);

    bool isDark() const;
    QColor codeBackground() const;
    QColor subtleText() const;
    QColor userBubble() const;
    QColor errorText() const;
    QString monospaceFamily() const;
    QColor disabledText() const;
    QColor window() const { return role(QPalette::Window); }
    QColor windowText() const { return role(QPalette::WindowText); }
    QColor base() const { return role(QPalette::Base); }
    QColor alternateBase() const { return role(QPalette::AlternateBase); }
    QColor text() const { return role(QPalette::Text); }
    QColor button() const { return role(QPalette::Button); }
    QColor buttonText() const { return role(QPalette::ButtonText); }
    QColor highlight() const { return role(QPalette::Highlight); }
    QColor highlightedText() const { return role(QPalette::HighlightedText); }
    QColor placeholderText() const { return role(QPalette::PlaceholderText); }
    QColor mid() const { return role(QPalette::Mid); }
    QColor midlight() const { return role(QPalette::Midlight); }
    QColor darkColor() const { return role(QPalette::Dark); }
    QColor light() const { return role(QPalette::Light); }
    QColor shadow() const { return role(QPalette::Shadow); }
    QColor link() const { return role(QPalette::Link); }
    QColor toolTipBase() const { return role(QPalette::ToolTipBase); }
    QColor toolTipText() const { return role(QPalette::ToolTipText); }

    // A dark palette for `--color-scheme dark` where the system gives none.
    static void applyDarkPalette();

Q_SIGNALS:
    void changed();

private:
    static QColor role(QPalette::ColorRole role);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
