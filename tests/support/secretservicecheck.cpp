#include "secretservicecheck.h"

#include "providers/secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QTest>

using namespace Qt::StringLiterals;

QString whySecretServiceUnusable(const QString &service)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return u"no D-Bus session bus (scripts/test runs the tests inside dbus-run-session)"_s;
    // gnome-keyring-daemon --unlock returns a moment before it owns its name on the bus.
    const auto secretServiceOnBus = [&] {
        return bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value();
    };
    if (!QTest::qWaitFor(secretServiceOnBus, 5'000))
        return u"no Secret Service on the session bus (scripts/test starts gnome-keyring)"_s;
    // Writing to a missing or locked default keyring would ask a person for a password.
    QDBusMessage isLocked = QDBusMessage::createMethodCall(
        u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
        u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    isLocked << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusMessage reply = bus.call(isLocked);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return u"no default keyring, and creating one would prompt: "_s + reply.errorMessage();
    if (reply.arguments().constFirst().value<QDBusVariant>().variant().toBool())
        return u"the default keyring is locked, and unlocking it would prompt"_s;
    SecretStore probe(service);
    const SecretResult result = probe.readNow(u"probe"_s);
    if (result.status == SecretResult::Status::Unavailable)
        return u"the Secret Service does not answer: "_s + result.message;
    return {};
}
