#include "windowdriver.h"

#include "client/chatclient.h"
#include "client/chatstream.h"

#include <QEventLoop>
#include <QQuickItem>
#include <QTimer>

bool runUntil(const std::function<bool()> &done, int timeoutMs, int pollMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(pollMs);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void idle(int ms)
{
    runUntil([] { return false; }, ms, ms);
}

ChatStream *runningStream(ChatClient *client)
{
    for (ChatStream *stream : client->findChildren<ChatStream *>(Qt::FindDirectChildrenOnly)) {
        if (stream->isRunning())
            return stream;
    }
    return nullptr;
}

QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}
