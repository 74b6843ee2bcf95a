#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr auto showMessage = "show\n";

} // namespace

SingleInstance::SingleInstance(const QString &historyPath, QObject *parent)
    : QObject(parent)
{
    // The user's name keeps two accounts apart on a shared /tmp; the hash keeps the name
    // short and free of path characters.
    const QString canonical = QFileInfo(historyPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(
        (qEnvironmentVariable("USER") + u'\n' + canonical).toUtf8(), QCryptographicHash::Sha256);
    m_serverName = u"confab-"_s + QString::fromLatin1(hash.toHex().left(24));
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine())
                    if (socket->readLine() == showMessage)
                        Q_EMIT showRequested();
            });
        }
    });
}

bool SingleInstance::handOver(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody there, or a socket file a crash left behind
    socket.write(showMessage);
    return socket.waitForBytesWritten(timeoutMs);
}

bool SingleInstance::listen()
{
    // Only the user may connect.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_serverName))
        return true;
    // A socket file left by a Confab that crashed: nobody answered handOver(), so take it.
    QLocalServer::removeServer(m_serverName);
    return m_server.listen(m_serverName);
}
