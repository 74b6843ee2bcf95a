#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class CompareSession;

// A comparison as a file: Markdown (a table of each column's metrics, then every column's
// conversation) or JSON ("format": "confab-comparison", version 1: each column's provider,
// model, metrics and messages, the verdict). Model names are always written: a file is
// read after the verdict.
class ComparisonExport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExport)

public:
    static QString markdown(const CompareSession &comparison);
    static QByteArray json(const CompareSession &comparison);
    // Writes markdown, or JSON for a .json name, through QSaveFile. Returns what happened,
    // in words; `ok` says whether it worked.
    static QString write(const CompareSession &comparison, const QString &path, bool *ok);
};
