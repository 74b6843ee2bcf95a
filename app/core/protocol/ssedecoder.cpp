#include "ssedecoder.h"

#include <QCoreApplication>

namespace {
constexpr char bom[] = "\xEF\xBB\xBF";
}

SseDecoder::SseDecoder(qsizetype maxLineSize)
    : m_maxLineSize(maxLineSize)
{ }

bool SseDecoder::feed(QByteArrayView bytes, QList<Event> &events)
{
    if (hasError())
        return false;
    if (bytes.isEmpty())
        return true;

    if (m_skipLeadingLf) {
        m_skipLeadingLf = false;
        if (bytes.front() == '\n')
            bytes = bytes.sliced(1);
    }
    m_buffer.append(bytes);

    if (m_atStreamStart) {
        const qsizetype known = std::min<qsizetype>(m_buffer.size(), 3);
        if (QByteArrayView(m_buffer).first(known) != QByteArrayView(bom, known))
            m_atStreamStart = false;
        else if (known < 3)
            return true; // could still be a BOM: wait for more bytes
        else {
            m_buffer.remove(0, 3);
            m_atStreamStart = false;
        }
    }

    const char *begin = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype lineStart = 0;
    qsizetype pos = m_scanFrom;
    while (pos < size) {
        const char c = begin[pos];
        if (c != '\n' && c != '\r') {
            ++pos;
            continue;
        }
        processLine(QByteArrayView(begin + lineStart, pos - lineStart), events);
        if (hasError())
            return false;
        if (c == '\r') {
            if (pos + 1 < size) {
                if (begin[pos + 1] == '\n')
                    ++pos;
            } else {
                m_skipLeadingLf = true;
            }
        }
        ++pos;
        lineStart = pos;
    }

    if (lineStart > 0)
        m_buffer.remove(0, lineStart);
    m_scanFrom = m_buffer.size();
    if (m_buffer.size() > m_maxLineSize) {
        m_error = QCoreApplication::translate(
                      "SseDecoder", "The server sent a line longer than %1 MB; it was refused.")
                      .arg(m_maxLineSize / (1024 * 1024));
        m_buffer.clear();
        return false;
    }
    return true;
}

void SseDecoder::finish(QList<Event> &events)
{
    if (hasError())
        return;
    if (!m_buffer.isEmpty()) {
        processLine(m_buffer, events);
        m_buffer.clear();
        m_scanFrom = 0;
    }
    dispatch(events);
}

void SseDecoder::processLine(QByteArrayView line, QList<Event> &events)
{
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':') {
        ++m_commentCount;
        return;
    }
    if (m_data.size() + line.size() > m_maxLineSize) {
        m_error = QCoreApplication::translate("SseDecoder",
                                              "The server sent an event larger than %1 MB; it "
                                              "was refused.")
                      .arg(m_maxLineSize / (1024 * 1024));
        return;
    }

    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // "retry" and unknown fields are ignored, as the standard says.
}

void SseDecoder::dispatch(QList<Event> &events)
{
    if (m_hasData)
        events.append(Event {m_type, m_data, m_lastId});
    m_data.clear();
    m_type.clear();
    m_hasData = false;
}
