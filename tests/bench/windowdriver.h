#pragma once

#include <QString>

#include <functional>

class ChatClient;
class ChatStream;
class QQuickItem;
class QQuickWindow;
class TranscriptModel;

// What the window benchmark drives and watches in the real window.
struct TranscriptWindow
{
    QQuickWindow *window = nullptr;
    QQuickItem *view = nullptr; // the transcript's ListView
    TranscriptModel *transcript = nullptr; // its model
};

// Runs the event loop until `done` (checked every `pollMs`) or the timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 2);
void idle(int ms); // runs the event loop for that long
// The stream a ChatSession has just started through `client`, to connect to its signals.
ChatStream *runningStream(ChatClient *client);
// Walks the visual tree: delegates and popups have no QObject parent to findChild through.
QQuickItem *findItem(QQuickItem *item, const QString &objectName);
