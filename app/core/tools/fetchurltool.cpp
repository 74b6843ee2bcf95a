#include "fetchurltool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

bool isText(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return type.startsWith(u"text/"_s) || type == u"application/json"_s || type.endsWith(u"+json"_s)
        || type == u"application/xml"_s || type.endsWith(u"+xml"_s)
        || type == u"application/javascript"_s;
}

} // namespace

FetchUrlTool::FetchUrlTool(QNetworkAccessManager *network)
    : m_network(network)
{ }

QString FetchUrlTool::name() const
{
    return u"fetch_url"_s;
}

QString FetchUrlTool::description() const
{
    return u"Fetches an http or https address with GET and returns its text (web pages as "
           "HTML, JSON, plain text; at most 1 MiB)."_s;
}

QJsonObject FetchUrlTool::parameters() const
{
    return oneStringParameter(u"url"_s, u"http or https URL"_s);
}

void FetchUrlTool::invoke(const QJsonObject &arguments, const Done &done)
{
    start(arguments, done);
}

Tool::Cancel FetchUrlTool::start(const QJsonObject &arguments, const Done &done)
{
    const QUrl url(arguments.value(u"url"_s).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        done(ToolOutput::error(u"Give an http or https URL in \"url\"."_s));
        return {};
    }
    if (!m_network) {
        done(ToolOutput::error(u"Fetching is not available."_s));
        return {};
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Confab"_s);
    QNetworkReply *reply = m_network->get(request);
    auto body = std::make_shared<QByteArray>();
    auto finished = std::make_shared<bool>(false);
    const auto finish = [reply, done, finished](const ToolOutput &output) {
        if (std::exchange(*finished, true))
            return;
        reply->abort();
        reply->deleteLater();
        done(output);
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, finish] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400)
            return; // a redirect being followed
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!type.isEmpty() && !isText(type))
            finish(ToolOutput::error(u"%1 is %2, not text."_s.arg(reply->url().toString(), type)));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, body, finish] {
        *body += reply->readAll();
        if (body->size() > maxBytes)
            finish(ToolOutput::error(u"%1 is larger than %2 bytes."_s.arg(
                reply->url().toString(), QString::number(maxBytes))));
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, body, finish] {
        *body += reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return finish(ToolOutput::error(
                u"Could not fetch %1: %2"_s.arg(reply->url().toString(), reply->errorString())));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(*body);
        if (status >= 400)
            return finish(
                ToolOutput::error(u"%1 answered HTTP %2:\n%3"_s.arg(reply->url().toString())
                                      .arg(status)
                                      .arg(text.left(2000))));
        finish({text, false});
    });
    // Stopped: the download ends now and nothing is reported.
    return [reply = QPointer<QNetworkReply>(reply), finished] {
        if (!reply || std::exchange(*finished, true))
            return;
        reply->abort();
        reply->deleteLater();
    };
}
