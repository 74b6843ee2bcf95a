#include "grantedfolders.h"

#include <QDir>
#include <QFileInfo>

bool GrantedFolders::grant(const QString &folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !info.isDir())
        return false;
    if (!m_roots.contains(canonical))
        m_roots.append(canonical);
    return true;
}

std::optional<QString> GrantedFolders::resolve(const QString &path, QString *error) const
{
    if (m_roots.isEmpty()) {
        *error = tr("No folder is shared with tools; the user can share one in Settings.");
        return std::nullopt;
    }
    if (path.trimmed().isEmpty()) {
        *error = tr("No path was given.");
        return std::nullopt;
    }
    const QString absolute
        = QDir::isAbsolutePath(path) ? path : QDir(m_roots.constFirst()).absoluteFilePath(path);
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (canonical.isEmpty()) {
        *error = tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    for (const QString &root : m_roots) {
        if (canonical == root || canonical.startsWith(root + QLatin1Char('/')))
            return canonical;
    }
    *error = tr("%1 is outside the folders shared with tools (%2).")
                 .arg(path, m_roots.join(QLatin1String(", ")));
    return std::nullopt;
}
