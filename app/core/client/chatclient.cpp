#include "chatclient.h"

#include "chatstream.h"
#include "modelcatalog.h"

#include <QNetworkAccessManager>

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

QString ChatClient::setNetworkOptions(const NetworkOptions &options)
{
    options.applyProxyTo(m_network);
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
