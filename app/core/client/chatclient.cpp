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

ChatStream *ChatClient::start(const ChatRequest &request)
{
    auto *stream = new ChatStream(m_network, m_endpoint, m_options, request, this);
    stream->start();
    return stream;
}

ModelCatalog *ChatClient::listModels()
{
    auto *catalog = new ModelCatalog(m_network, m_endpoint, m_options, this);
    catalog->fetch();
    return catalog;
}
