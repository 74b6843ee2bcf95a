#include "benchwindow.h"

#include "answerscript.h"
#include "markdownanswer.h"
#include "processusage.h"
#include "serverthread.h"
#include "windowdriver.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString graphicsApiName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return u"software"_s;
    case QSGRendererInterface::OpenGL:
        return u"OpenGL"_s;
    case QSGRendererInterface::Vulkan:
        return u"Vulkan"_s;
    case QSGRendererInterface::Null:
        return u"null (nothing is drawn)"_s;
    default:
        return u"other"_s;
    }
}

} // namespace

BenchWindow::BenchWindow(const char *benchName)
    : m_name(benchName)
{ }

void BenchWindow::setUpApplication()
{
    QGuiApplication::setOrganizationName(u"Confab"_s);
    QGuiApplication::setOrganizationDomain(u"confab.app"_s);
    QGuiApplication::setApplicationName(u"Confab bench"_s);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s); // as the app does
}

bool BenchWindow::open()
{
    m_modelServer.enqueue(ScriptedResponse::json(
        200, R"({"object":"list","data":[{"id":"bench","object":"model","owned_by":"me"}]})"));
    if (!m_modelServer.listen()) {
        fail(u"the loopback server cannot listen"_s);
        return false;
    }
    m_workspace.configure(benchEndpoint(m_modelServer.baseUrl()), u"bench"_s);
    Workspace::setInstance(&m_workspace);
    runUntil(
        [&] { return !m_workspace.models().isEmpty() || !m_workspace.modelsError().isEmpty(); },
        5'000);

    QObject::connect(&m_engine, &QQmlEngine::warnings,
                     [this](const QList<QQmlError> &list) { m_warnings << list; });
    m_engine.setNetworkAccessManagerFactory(&m_localOnly);
    m_engine.addImportPath(u"qrc:/qt/qml"_s);
    m_engine.load(QUrl(u"qrc:/qt/qml/Confab/Main.qml"_s));
    m_window = m_engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    if (!m_window) {
        fail(u"the window did not load"_s);
        return false;
    }
    m_window->resize(1200, 780);
    m_frames = std::make_unique<FrameRecorder>(m_window);
    if (!runUntil([&] { return m_frames->frameCount() > 0; }, 5'000)) {
        fail(u"the window renders no frames on this platform (%1); run it under xvfb-run -a -s "
             "\"-screen 0 1280x800x24\""_s.arg(QGuiApplication::platformName()));
        return false;
    }
    return true;
}

void BenchWindow::printDescription() const
{
    std::printf("Window: platform %s, graphics %s, %s render loop, %dx%d\n",
                qPrintable(QGuiApplication::platformName()), qPrintable(graphicsApiName(m_window)),
                m_frames->renderThreaded() ? "threaded" : "GUI-thread", m_window->width(),
                m_window->height());
}

bool BenchWindow::reportWarnings() const
{
    for (const QQmlError &warning : std::as_const(m_warnings))
        std::printf("QML warning: %s\n", qPrintable(warning.toString()));
    return m_warnings.isEmpty();
}

void BenchWindow::fail(const QString &why) const
{
    std::fprintf(stderr, "%s: %s\n", m_name, qPrintable(why));
}

int intOption(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

Endpoint benchEndpoint(const QUrl &baseUrl)
{
    Endpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.apiKey = u"bench-key"_s;
    return endpoint;
}

ScriptedResponse answerResponse(const MarkdownAnswer &answer, int tokensPerMs)
{
    AnswerScript script;
    script.model = u"bench"_s;
    script.content = answer.deltas;
    ScriptedResponse response = script.response();
    if (tokensPerMs <= 0)
        return response;
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < response.pieces.size(); i += tokensPerMs) {
        QByteArray piece;
        for (qsizetype j = i; j < std::min(i + tokensPerMs, response.pieces.size()); ++j)
            piece += response.pieces.at(j);
        pieces.append(piece);
    }
    response.pieces = pieces;
    response.delayMs = 1;
    return response;
}

double serverThreadsCpu()
{
    return ProcessUsage::threadsCpuSeconds(ServerThread::threadName());
}
