#pragma once

#include "endpoint.h"
#include "networkoptions.h"

#include <QObject>

class ChatStream;
class ModelCatalog;
class QNetworkAccessManager;
struct ChatRequest;

// The entry point to one endpoint: starts chat streams and model listings that share one
// QNetworkAccessManager (and so its connections, proxy and TLS settings).
class ChatClient : public QObject
{
    Q_OBJECT

public:
    explicit ChatClient(QObject *parent = nullptr);
    ChatClient(const Endpoint &endpoint, const ClientOptions &options, QObject *parent = nullptr);

    const Endpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    const ClientOptions &options() const { return m_options; }
    void setOptions(const ClientOptions &options) { m_options = options; }
    QNetworkAccessManager *network() const { return m_network; }
    // Proxy and extra certificate authorities. Returns a message for people when the
    // certificate file cannot be used (the rest still applies).
    QString setNetworkOptions(const NetworkOptions &options);

    // The stream is owned by the client until the caller reparents or deletes it.
    // It is started already: connect to its signals right away.
    ChatStream *start(const ChatRequest &request);
    ModelCatalog *listModels();

private:
    QNetworkAccessManager *m_network;
    Endpoint m_endpoint;
    ClientOptions m_options;
};
