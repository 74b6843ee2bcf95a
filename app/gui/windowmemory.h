#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QWindow>

// Where the window was: its size and place (while neither maximised nor full screen) and
// whether it was maximised, kept in the settings when the app ends and put back at the
// next start if that place is still on a screen.
class WindowMemory : public QObject
{
    Q_OBJECT

public:
    explicit WindowMemory(QWindow *window, QObject *parent = nullptr);

    // Puts the window where it was last; false (nothing changed) when there is nothing
    // kept or the place is on no screen now.
    bool restore();
    void save() const;

private:
    void noteGeometry();

    QPointer<QWindow> m_window;
    QRect m_normalGeometry;
};
