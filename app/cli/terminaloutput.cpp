#include "terminaloutput.h"

#include <unistd.h>

namespace {
constexpr char dim[] = "\x1b[2m";
constexpr char reset[] = "\x1b[0m";
} // namespace

TerminalOutput::TerminalOutput()
    : m_stderrIsTerminal(isatty(STDERR_FILENO) == 1)
{ }

void TerminalOutput::switchToReasoning(bool reasoning)
{
    if (reasoning == m_inReasoning)
        return;
    m_inReasoning = reasoning;
    if (m_stderrIsTerminal)
        std::fputs(reasoning ? dim : reset, stderr);
    if (!reasoning && !m_reasoningEndsWithNewline) {
        std::fputc('\n', stderr);
        m_reasoningEndsWithNewline = true;
    }
}

void TerminalOutput::writeAnswer(QStringView text)
{
    if (text.isEmpty())
        return;
    switchToReasoning(false);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    m_answerEndsWithNewline = bytes.endsWith('\n');
    m_wroteAnswer = true;
}

void TerminalOutput::writeReasoning(QStringView text)
{
    if (text.isEmpty())
        return;
    switchToReasoning(true);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    m_reasoningEndsWithNewline = bytes.endsWith('\n');
}

void TerminalOutput::writeNote(const QString &text)
{
    switchToReasoning(false);
    std::fflush(stdout);
    const QByteArray bytes = text.toUtf8();
    std::fprintf(stderr, "%s\n", bytes.constData());
}

void TerminalOutput::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

void TerminalOutput::endAnswer()
{
    switchToReasoning(false);
    if (m_wroteAnswer && !m_answerEndsWithNewline)
        std::fputc('\n', stdout);
    flush();
}
