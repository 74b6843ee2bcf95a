#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <functional>

class QTimer;

// A Model Context Protocol client for one server over stdio: JSON-RPC 2.0, one message a
// line. It starts the server, negotiates the protocol version, lists its tools (following
// pagination and `notifications/tools/list_changed`), calls them, keeps the server's
// stderr for a log, and starts the server again when it dies.
class McpClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Ready, Failed };

    struct ServerTool
    {
        QString name;
        QString title;
        QString description;
        QJsonObject inputSchema;
        bool readOnly = false; // the server's readOnlyHint annotation
    };

    // What tools/call gave: the content items as they came, a text rendering of them for
    // the model, and whether the server said it failed.
    struct CallResult
    {
        QString text;
        QJsonArray content;
        bool isError = false;
    };
    using CallDone = std::function<void(const CallResult &)>;

    static QStringList supportedProtocolVersions(); // newest first
    static constexpr int defaultRequestTimeoutMs = 60'000;
    static constexpr int maxRestarts = 3;
    static constexpr int maxLogLines = 1000;

    explicit McpClient(QObject *parent = nullptr);
    ~McpClient() override;

    void start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    void stop();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    QString protocolVersion() const { return m_protocolVersion; }
    QString serverName() const { return m_serverName; }
    QStringList log() const { return m_log; } // the server's stderr, a line each
    QList<ServerTool> tools() const { return m_tools; }
    int restarts() const { return m_restarts; }
    qint64 processId() const { return m_process.processId(); }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Returns the request's id (0 when the server is not running and `done` came at once).
    qint64 callTool(const QString &name, const QJsonObject &arguments, const CallDone &done);
    // Tells the server to stop that request (notifications/cancelled); its answer, if one
    // still comes, is dropped and `done` is not called.
    void cancelRequest(qint64 id, const QString &reason);
    int pendingRequests() const { return int(m_pending.size()); }
    int requestTimeoutMs() const { return m_timeoutMs; }

    // The content items as text for the model: text as it is, images and audio described,
    // resources by their address (and their text when it is embedded).
    static QString contentToText(const QJsonArray &content);

Q_SIGNALS:
    void ready();
    void toolsChanged();
    void failed(const QString &message);

private:
    using Reply = std::function<void(const QJsonObject &result, const QJsonObject &error)>;
    struct Pending
    {
        Reply reply;
        QTimer *timer = nullptr;
    };

    void launch();
    qint64 request(const QString &method, const QJsonObject &params, const Reply &reply);
    void notify(const QString &method, const QJsonObject &params = {});
    void send(const QJsonObject &message);
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void handle(const QJsonObject &message);
    void initialize();
    void listTools(const QString &cursor, QList<ServerTool> sofar);
    void fail(const QString &message);
    void failPending(const QString &message);

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    State m_state = State::Stopped;
    QString m_error;
    QString m_protocolVersion;
    QString m_serverName;
    QStringList m_log;
    QList<ServerTool> m_tools;
    QByteArray m_buffer;
    QByteArray m_stderrBuffer;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    int m_timeoutMs = defaultRequestTimeoutMs;
    int m_restarts = 0;
    bool m_stopping = false;
};
