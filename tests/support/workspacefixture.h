#pragma once

// A Workspace on a history file, talking to a loopback server, for the tests that link
// confab_core (header only, like historyfixtures.h).
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "workspace/workspace.h"

#include <QTest>

#include <memory>

namespace WorkspaceFixture {

using namespace Qt::StringLiterals;

// Opens the history at `path` and configures the endpoint; waits until the workspace has
// asked the server for its models, so that answers queued afterwards go to the chats.
inline std::unique_ptr<Workspace> openOn(const QString &path, LoopbackServer &server)
{
    auto workspace = std::make_unique<Workspace>(nullptr);
    workspace->openHistory(path);
    Endpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    const qsizetype requestsBefore = server.requests().size();
    workspace->configure(endpoint, u"m"_s);
    NetworkOptions direct;
    direct.proxyMode = NetworkOptions::ProxyMode::None;
    workspace->client()->setNetworkOptions(direct);
    if (!QTest::qWaitFor([&] { return server.requests().size() > requestsBefore; }, 10000))
        qWarning("The workspace did not ask for its models");
    return workspace;
}

} // namespace WorkspaceFixture
