#pragma once

#include "tool.h"

#include <QPointer>

class QNetworkAccessManager;

// Built-in: fetches a web page or file by GET, text only (text/*, JSON, XML), at most
// maxBytes within timeoutMs, following at most maxRedirects redirects that do not go from
// https to http. No cookies, no credentials, no key: only the address the model gave.
class FetchUrlTool : public Tool
{
public:
    static constexpr qint64 maxBytes = 1024 * 1024;
    static constexpr int timeoutMs = 20'000;
    static constexpr int maxRedirects = 5;

    explicit FetchUrlTool(QNetworkAccessManager *network);

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolEffect effect() const override { return ToolEffect::Network; }
    void invoke(const QJsonObject &arguments, const Done &done) override;
    Cancel start(const QJsonObject &arguments, const Done &done) override;

private:
    QPointer<QNetworkAccessManager> m_network;
};
