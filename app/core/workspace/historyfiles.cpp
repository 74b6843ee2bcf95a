#include "historyfiles.h"

#include "storage/conversationexport.h"
#include "storage/conversationimport.h"
#include "storage/conversationstore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

HistoryFiles::Outcome HistoryFiles::exportTo(const ConversationStore &store, const QStringList &ids,
                                             const QString &path)
{
    QList<ConversationRecord> records;
    if (ids.isEmpty()) {
        records = ConversationExport::readAll(store);
    } else {
        for (const QString &id : ids) {
            const std::optional<ConversationRecord> record = ConversationExport::read(store, id);
            if (!record)
                return {false, tr("Nothing was exported: %1").arg(store.lastError())};
            records.append(*record);
        }
    }
    if (records.isEmpty())
        return {false, tr("There is no conversation to export yet.")};
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    const QByteArray bytes
        = json ? ConversationExport::json(records) : ConversationExport::markdown(records).toUtf8();
    // Written beside the target and renamed over it: a full disk leaves the old file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {
            false,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {true,
            tr("Exported %n conversation(s) to %1.", nullptr, int(records.size()))
                .arg(QDir::toNativeSeparators(path))};
}

HistoryFiles::Outcome HistoryFiles::importFrom(ConversationStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            false,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const ConversationImport::Result result = ConversationImport::importInto(store, file.readAll());
    if (!result.ok())
        return {false,
                result.ids.isEmpty() ? tr("Nothing was imported: %1").arg(result.error)
                                     : tr("Imported %n conversation(s), then stopped: %1", nullptr,
                                          int(result.ids.size()))
                                           .arg(result.error)};
    QString message = tr("Imported %n conversation(s).", nullptr, int(result.ids.size()));
    if (result.copies > 0)
        message += u' '
            + tr("%n of them already existed and came in as copies.", nullptr, result.copies);
    return {true, message};
}
