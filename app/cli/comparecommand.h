#pragma once

#include "clioptions.h"
#include "comparetargets.h"
#include "terminaloutput.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class ModelPrices;
struct ApiError;
struct ChatDelta;
struct CompareResult;

// `confab-cli compare`: one prompt to 2–4 models at once, each column with its own client
// and stream, so that one failing or timing out leaves the others alone.
//
// What a terminal shows (stdout reads as Markdown): each answer under "## LABEL", the first
// to start streaming printed live, the others kept until it ends and then printed in the
// order they ended (the one still streaming goes on live); a line in italics where an
// answer was cut off or failed; then the metrics table (CompareReport::table). Reasoning goes
// to stderr, dimmed, as with `ask`. With --json only one object is printed, at the end.
class CompareCommand : public QObject
{
    Q_OBJECT

public:
    // `prices` (not owned, may be null) gives the costs.
    CompareCommand(const CliOptions &options, const QList<CompareTarget> &targets,
                   const ModelPrices *prices, QObject *parent = nullptr);
    ~CompareCommand() override;

    void start(); // reads the prompt, starts every column
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

private:
    struct Column;

    void onDelta(Column &column, const ChatDelta &delta);
    void onEnded(Column &column, const ApiError &error);
    bool hasOutput(const Column &column) const;
    void beginPrinting(Column &column);
    void printNewText(Column &column);
    void endPrinting(Column &column);
    void printNextColumns();
    void scheduleFlush();
    void finish();
    QList<CompareResult> results() const;

    CliOptions m_options;
    const ModelPrices *m_prices;
    std::vector<std::unique_ptr<Column>> m_columns;
    TerminalOutput m_output;
    Column *m_printing = nullptr; // the column whose answer streams to the terminal
    QList<Column *> m_waiting; // ended, not printed yet, in the order they ended
    qsizetype m_printedBlocks = 0;
    qsizetype m_promptCharacters = -1;
    int m_running = 0;
    bool m_flushScheduled = false;
    int m_exitCode = 0;
};
