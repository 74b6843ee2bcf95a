#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ConversationStore;

// Conversations to and from files chosen by the person: Markdown or Confab's JSON history
// format out (by the file's suffix), JSON in. Files are written whole or not at all.
class HistoryFiles
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFiles)

public:
    struct Outcome
    {
        bool ok = false;
        QString message; // for people: what was done, or what went wrong
    };

    // `ids` empty: every conversation, archived ones too. A path ending in .json gets
    // JSON; anything else Markdown.
    static Outcome exportTo(const ConversationStore &store, const QStringList &ids,
                            const QString &path);
    static Outcome importFrom(ConversationStore &store, const QString &path);
};
