#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The person's choices about how Confab behaves on the desktop, kept in the settings.
class DesktopSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A desktop notification when a long answer is ready while the window is elsewhere.
    Q_PROPERTY(bool notifyWhenReady READ notifyWhenReady WRITE setNotifyWhenReady NOTIFY changed)

public:
    static constexpr QLatin1StringView notifyKey {"notifications/answerReady"};

    explicit DesktopSettings(QObject *parent = nullptr);

    bool notifyWhenReady() const;
    void setNotifyWhenReady(bool notify);

Q_SIGNALS:
    void changed();
};
