#include "firstpaint.h"

#include "chat/transcriptmodel.h"
#include "client/chatstream.h"
#include "framerecorder.h"
#include "windowdriver.h"
#include "workspace/workspace.h"

#include <QQuickItem>

using namespace Qt::StringLiterals;

namespace {

// The transcript row of the newest answer's first Markdown block; -1 while it has none.
int firstAnswerBlockRow(const TranscriptModel *transcript)
{
    using Kind = TranscriptModel::Kind;
    for (int row = transcript->rowCount() - 1; row >= 0; --row) {
        if (transcript->kindAt(row) != Kind::User)
            continue;
        const Kind next
            = row + 1 < transcript->rowCount() ? transcript->kindAt(row + 1) : Kind::User;
        return next == Kind::User || next == Kind::Reasoning || next == Kind::Footer ? -1 : row + 1;
    }
    return -1;
}

// Whether the row's delegate exists, has text and lies at least partly inside the view.
bool rowShown(QQuickItem *view, int row)
{
    QQuickItem *item = nullptr;
    QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item),
                              Q_ARG(int, row));
    if (!item || !item->isVisible() || item->property("text").toString().isEmpty())
        return false;
    const QRectF inView = item->mapRectToItem(view, QRectF(0, 0, item->width(), item->height()));
    return inView.bottom() > 0 && inView.top() < view->height();
}

} // namespace

FirstPaint measureFirstPaint(Workspace &workspace, const TranscriptWindow &w, FrameRecorder &frames,
                             int n)
{
    ChatSession *session = workspace.current();
    FirstPaint result;
    frames.watchFor({});
    idle(150); // nothing in flight, as when a person waits for an answer
    const auto noteModel = [&] {
        if (result.inModel == 0 && firstAnswerBlockRow(w.transcript) >= 0)
            result.inModel = FrameRecorder::nowNs();
    };
    QObject scope; // the connections below end with this function
    QObject::connect(w.transcript, &QAbstractItemModel::rowsInserted, &scope, noteModel);
    QObject::connect(w.transcript, &QAbstractItemModel::dataChanged, &scope, noteModel);
    session->send(u"Question %1"_s.arg(n));
    ChatStream *stream = runningStream(workspace.client());
    if (stream)
        QObject::connect(stream, &ChatStream::firstByteReceived, &scope,
                         [&result] { result.firstByte = FrameRecorder::nowNs(); });
    frames.watchFor([&w] {
        const int row = firstAnswerBlockRow(w.transcript);
        return row >= 0 && rowShown(w.view, row);
    });
    result.ok
        = stream && runUntil([&] { return !session->isBusy() && frames.shownAt() != 0; }, 10'000);
    QObject::disconnect(w.transcript, nullptr, &scope, nullptr);
    result.laidOut = frames.foundAt();
    result.synced = frames.syncedAt();
    result.shown = frames.shownAt();
    const QList<qint64> swaps = frames.swapTimesSince(result.inModel);
    result.framesBefore = int(std::count_if(swaps.cbegin(), swaps.cend(),
                                            [&result](qint64 at) { return at < result.laidOut; }));
    frames.watchFor({});
    result.ok = result.ok && result.firstByte > 0 && result.firstByte <= result.inModel
        && result.inModel <= result.laidOut && result.laidOut <= result.synced
        && result.synced <= result.shown;
    return result;
}
