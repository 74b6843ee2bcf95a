#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The folders the person let tools read. A path is inside one only when its canonical
// form (every symlink and ".." resolved) is the folder or below it: nothing reaches out
// through "..", an absolute path or a link.
class GrantedFolders
{
    Q_DECLARE_TR_FUNCTIONS(GrantedFolders)

public:
    // False when the folder does not exist.
    bool grant(const QString &folder);
    void revoke(const QString &folder) { m_roots.removeAll(folder); }
    QStringList folders() const { return m_roots; }

    // The canonical path of an existing file or folder inside a granted folder; a relative
    // path is taken from the first granted folder. Otherwise nullopt and why in `error`.
    std::optional<QString> resolve(const QString &path, QString *error) const;

private:
    QStringList m_roots; // canonical
};
