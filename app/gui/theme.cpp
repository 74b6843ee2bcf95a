#include "theme.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace {

QPalette palette()
{
    return QGuiApplication::palette();
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(a.redF() * (1 - amount) + b.redF() * amount,
                            a.greenF() * (1 - amount) + b.greenF() * amount,
                            a.blueF() * (1 - amount) + b.blueF() * amount);
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        Q_EMIT changed();
    return QObject::eventFilter(watched, event);
}

bool Theme::isDark() const
{
    return palette().color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::codeBackground() const
{
    const QPalette p = palette();
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), isDark() ? 0.08 : 0.05);
}

QColor Theme::subtleText() const
{
    const QPalette p = palette();
    return mix(p.color(QPalette::Text), p.color(QPalette::Base), 0.4);
}

QColor Theme::userBubble() const
{
    const QPalette p = palette();
    return mix(p.color(QPalette::Base), p.color(QPalette::Highlight), isDark() ? 0.25 : 0.12);
}

QColor Theme::errorText() const
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
}

QColor Theme::role(QPalette::ColorRole role)
{
    return palette().color(QPalette::Active, role);
}

QColor Theme::disabledText() const
{
    return palette().color(QPalette::Disabled, QPalette::Text);
}

QString Theme::monospaceFamily() const
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

void Theme::applyDarkPalette()
{
    QPalette dark;
    const QColor window(0x1f, 0x21, 0x24);
    const QColor base(0x17, 0x18, 0x1a);
    const QColor text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    dark.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x3a, 0x3d, 0x41));
    dark.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3a));
    dark.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x12));
    dark.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x72, 0x76));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x72, 0x76));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x72, 0x76));
    QGuiApplication::setPalette(dark);
}
