#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Turns the bytes of a text/event-stream, in whatever pieces TCP delivers them, into
// complete Server-Sent Events (WHATWG framing: LF, CRLF or CR line ends, comments, BOM).
class SseDecoder
{
public:
    struct Event
    {
        QByteArray type; // the "event:" field; empty means "message"
        QByteArray data; // "data:" lines joined with '\n'
        QByteArray id;
    };

    // Generous by default: one data line can carry a base64 image or huge tool arguments.
    static constexpr qsizetype defaultMaxLineSize = 16 * 1024 * 1024;

    explicit SseDecoder(qsizetype maxLineSize = defaultMaxLineSize);

    // Appends complete events found in `bytes` to `events`. Returns false once the stream
    // is unusable (a line longer than the limit); errorString() then says why.
    bool feed(QByteArrayView bytes, QList<Event> &events);

    // The connection closed: a last line or event without its terminating blank line is
    // still delivered, since some servers close right after their final chunk.
    void finish(QList<Event> &events);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qsizetype commentCount() const { return m_commentCount; }
    qsizetype maxLineSize() const { return m_maxLineSize; }

private:
    void processLine(QByteArrayView line, QList<Event> &events);
    void dispatch(QList<Event> &events);

    QByteArray m_buffer; // bytes not yet forming a complete line
    qsizetype m_scanFrom = 0; // where the search for a line end resumes in m_buffer
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_skipLeadingLf = false; // the previous piece ended in CR; an LF now belongs to it
    bool m_atStreamStart = true; // a BOM may still come
    qsizetype m_commentCount = 0;
    qsizetype m_maxLineSize;
    QString m_error;
};
