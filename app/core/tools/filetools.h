#pragma once

#include "grantedfolders.h"
#include "tool.h"

#include <memory>

// Built-in: the text of a file inside the shared folders (UTF-8, at most maxBytes; binary
// files are refused).
class ReadTextFileTool : public Tool
{
public:
    static constexpr qint64 maxBytes = 256 * 1024;

    explicit ReadTextFileTool(std::shared_ptr<const GrantedFolders> folders);
    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &arguments, const Done &done) override;

private:
    std::shared_ptr<const GrantedFolders> m_folders;
};

// Built-in: what a shared folder holds, one entry a line ("name/" for folders, the size in
// bytes for files), at most maxEntries.
class ListFolderTool : public Tool
{
public:
    static constexpr int maxEntries = 500;

    explicit ListFolderTool(std::shared_ptr<const GrantedFolders> folders);
    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &arguments, const Done &done) override;

private:
    std::shared_ptr<const GrantedFolders> m_folders;
};
