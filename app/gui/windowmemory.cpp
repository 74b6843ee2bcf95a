#include "windowmemory.h"

#include "workspace/confabsettings.h"

#include <QGuiApplication>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace {

constexpr auto geometryKey = "window/geometry"_L1;
constexpr auto maximizedKey = "window/maximized"_L1;

} // namespace

WindowMemory::WindowMemory(QWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_normalGeometry(window->geometry())
{
    for (auto signal :
         {&QWindow::xChanged, &QWindow::yChanged, &QWindow::widthChanged, &QWindow::heightChanged})
        connect(window, signal, this, &WindowMemory::noteGeometry);
}

void WindowMemory::noteGeometry()
{
    if (m_window && m_window->windowStates() == Qt::WindowNoState)
        m_normalGeometry = m_window->geometry();
}

bool WindowMemory::restore()
{
    const auto settings = ConfabSettings::open();
    const QRect kept = settings->value(geometryKey).toRect();
    if (!m_window || !kept.isValid())
        return false;
    // A monitor since unplugged: the window stays where the system puts it.
    const QList<QScreen *> screens = QGuiApplication::screens();
    const bool onScreen = std::any_of(screens.cbegin(), screens.cend(), [&kept](QScreen *s) {
        return s->availableGeometry().contains(kept.center());
    });
    if (!onScreen)
        return false;
    m_window->setGeometry(kept);
    m_normalGeometry = kept;
    if (settings->value(maximizedKey).toBool())
        m_window->setWindowStates(Qt::WindowMaximized);
    return true;
}

void WindowMemory::save() const
{
    if (!m_window || !m_normalGeometry.isValid())
        return;
    const auto settings = ConfabSettings::open();
    settings->setValue(geometryKey, m_normalGeometry);
    settings->setValue(maximizedKey, m_window->windowStates().testFlag(Qt::WindowMaximized));
}
