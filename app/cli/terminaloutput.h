#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// Writes an answer to stdout and reasoning to stderr (dimmed on a terminal), batching
// flushes so that a fast stream costs few system calls but still shows as it arrives.
class TerminalOutput
{
public:
    TerminalOutput();

    void writeAnswer(QStringView text);
    void writeReasoning(QStringView text);
    void writeNote(const QString &text); // a line on stderr
    void flush();
    void endAnswer(); // a final newline when the answer did not end with one

private:
    void switchToReasoning(bool reasoning);

    bool m_stderrIsTerminal;
    bool m_inReasoning = false;
    bool m_answerEndsWithNewline = true;
    bool m_reasoningEndsWithNewline = true;
    bool m_wroteAnswer = false;
};
