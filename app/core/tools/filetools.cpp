#include "filetools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// The path argument resolved inside the shared folders, or the error for the model.
std::optional<QString> resolvedPath(const GrantedFolders &folders, const QJsonObject &arguments,
                                    ToolOutput *failure)
{
    const QJsonValue path = arguments.value(u"path"_s);
    if (!path.isString()) {
        *failure = ToolOutput::error(u"Give the path as a string in \"path\"."_s);
        return std::nullopt;
    }
    QString error;
    const std::optional<QString> resolved = folders.resolve(path.toString(), &error);
    if (!resolved)
        *failure = ToolOutput::error(error);
    return resolved;
}

} // namespace

ReadTextFileTool::ReadTextFileTool(std::shared_ptr<const GrantedFolders> folders)
    : m_folders(std::move(folders))
{ }

QString ReadTextFileTool::name() const
{
    return u"read_text_file"_s;
}

QString ReadTextFileTool::description() const
{
    return u"Reads a UTF-8 text file from the folders the user shared (%1). Paths may be "
           "absolute or relative to the first of them. At most 256 KiB."_s.arg(
               m_folders->folders().join(u", "_s));
}

QJsonObject ReadTextFileTool::parameters() const
{
    return oneStringParameter(u"path"_s, u"The file's path"_s);
}

void ReadTextFileTool::invoke(const QJsonObject &arguments, const Done &done)
{
    ToolOutput failure;
    const std::optional<QString> path = resolvedPath(*m_folders, arguments, &failure);
    if (!path)
        return done(failure);
    if (!QFileInfo(*path).isFile())
        return done(ToolOutput::error(u"%1 is not a file."_s.arg(*path)));
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return done(ToolOutput::error(u"Cannot read %1: %2"_s.arg(*path, file.errorString())));
    const QByteArray bytes = file.read(maxBytes);
    const bool truncated = !file.atEnd();
    if (bytes.contains('\0'))
        return done(ToolOutput::error(u"%1 is not a text file."_s.arg(*path)));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() && !truncated) // a cut may split the last character
        return done(ToolOutput::error(u"%1 is not UTF-8 text."_s.arg(*path)));
    if (truncated)
        text += u"\n[… cut: the file is larger than %1 bytes]"_s.arg(maxBytes);
    done({text, false});
}

ListFolderTool::ListFolderTool(std::shared_ptr<const GrantedFolders> folders)
    : m_folders(std::move(folders))
{ }

QString ListFolderTool::name() const
{
    return u"list_folder"_s;
}

QString ListFolderTool::description() const
{
    return u"Lists a folder among the folders the user shared (%1): folders end with /, files "
           "show their size in bytes."_s.arg(m_folders->folders().join(u", "_s));
}

QJsonObject ListFolderTool::parameters() const
{
    return oneStringParameter(u"path"_s, u"The folder's path; \".\" for the first shared folder"_s);
}

void ListFolderTool::invoke(const QJsonObject &arguments, const Done &done)
{
    ToolOutput failure;
    const std::optional<QString> path = resolvedPath(*m_folders, arguments, &failure);
    if (!path)
        return done(failure);
    if (!QFileInfo(*path).isDir())
        return done(ToolOutput::error(u"%1 is not a folder."_s.arg(*path)));
    const QFileInfoList entries = QDir(*path).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsFirst);
    QStringList lines;
    for (const QFileInfo &entry : entries) {
        if (lines.size() == maxEntries) {
            lines.append(u"[… and %1 more]"_s.arg(entries.size() - maxEntries));
            break;
        }
        lines.append(entry.isDir() ? entry.fileName() + u'/'
                                   : u"%1 (%2 bytes)"_s.arg(entry.fileName()).arg(entry.size()));
    }
    done({lines.isEmpty() ? u"(empty)"_s : lines.join(u'\n'), false});
}
