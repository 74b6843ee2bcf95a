#pragma once

// Files the tests attach or pass to confab-cli (header only).
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace TestFiles {

// Writes `bytes` to `name` in `dir` and returns its path; stops the test run when it
// cannot, since every later check would be about a file that is not there.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("Could not write %s", qPrintable(path));
    return path;
}

} // namespace TestFiles
