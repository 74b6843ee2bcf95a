// A Confab that is about to be killed: opens a history file, asks one question of an
// endpoint through the real Workspace, and streams the answer into the history until the
// test sends SIGKILL. Used by tst_crashrecovery; prints "asked" once the question is out.
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: historywriter HISTORY BASE_URL QUESTION\n");
        return 2;
    }
    Workspace workspace(nullptr);
    if (!workspace.openHistory(arguments.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.historyProblem()));
        return 1;
    }
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(arguments.at(2));
    workspace.configure(endpoint, QStringLiteral("test-model"));
    NetworkOptions direct;
    direct.proxyMode = NetworkOptions::ProxyMode::None;
    workspace.client()->setNetworkOptions(direct);
    // The model list is asked for first; the question goes once it is answered.
    QObject::connect(&workspace, &Workspace::modelsChanged, &app, [&] {
        if (workspace.current()->isBusy() || workspace.current()->conversation()->rowCount() > 0)
            return;
        if (!workspace.current()->send(arguments.at(3))) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.current()->statusText()));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("asked\n");
        std::fflush(stdout);
    });
    QObject::connect(workspace.current(), &ChatSession::answerFinished, &app,
                     [] { QCoreApplication::exit(0); });
    return app.exec();
}
