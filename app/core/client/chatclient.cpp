#include "chatclient.h"

#include "chatstream.h"
#include "modelcatalog.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

ChatClient::ChatClient(QObject *parent)
    : ChatClient(Endpoint {}, ClientOptions {}, parent)
{ }

ChatClient::ChatClient(const Endpoint &endpoint, const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_endpoint(endpoint)
    , m_options(options)
{
    // Every request follows redirects by hand (see HttpExchange), never automatically.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

namespace {

// The system's proxy settings, asked per request (PAC files and exceptions included).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

QString ChatClient::setNetworkOptions(const NetworkOptions &options)
{
    if (options.proxyMode == NetworkOptions::ProxyMode::System) {
        m_network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        m_network->setProxyFactory(new SystemProxyFactory); // the manager owns it
    } else {
        m_network->setProxyFactory(nullptr);
        m_network->setProxy(options.proxy());
    }
    QList<QSslCertificate> certificates;
    const QString problem = options.loadCaCertificates(&certificates);
    m_options.extraCaCertificates = certificates;
    return problem;
}

ChatStream *ChatClient::start(const ChatRequest &request)
{
    ChatRequest adjusted = request;
    ModelParameters &parameters = adjusted.parameters;
    if (m_options.maxCompletionTokensOnly && parameters.maxTokens
        && !parameters.maxCompletionTokens) {
        parameters.maxCompletionTokens = parameters.maxTokens;
        parameters.maxTokens.reset();
    }
    if (!m_options.streamUsage)
        adjusted.includeUsage = false;
    auto *stream = new ChatStream(m_network, m_endpoint, m_options, adjusted, this);
    stream->start();
    return stream;
}

ModelCatalog *ChatClient::listModels()
{
    auto *catalog = new ModelCatalog(m_network, m_endpoint, m_options, this);
    catalog->fetch();
    return catalog;
}
