#pragma once

// A Workspace on a history file, talking to a loopback server, for the tests that link
// confab_core (header only, like historyfixtures.h).
#include "client/chatclient.h"
#include "client/networkoptions.h"
#include "loopbackserver.h"
#include "workspace/providersettings.h"
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

// A Workspace with one provider in the settings, "Loopback", that needs no key, in use;
// returns once the model list (which the caller queued on the server, with `model` in it)
// has arrived, or null; the conversation on screen then asks `model`. The settings file
// goes where XDG_CONFIG_HOME points.
inline std::unique_ptr<Workspace> withProvider(LoopbackServer &server, const QString &model,
                                               QString *providerId)
{
    auto workspace = std::make_unique<Workspace>(nullptr);
    ProviderSettings *providers = workspace->providers();
    *providerId = providers->addFromPreset(u"custom"_s);
    const QString problem = providers->save(*providerId,
                                            {{u"name"_s, u"Loopback"_s},
                                             {u"baseUrl"_s, server.baseUrl().toString()},
                                             {u"keyRequired"_s, false}});
    if (!problem.isEmpty()) {
        qWarning("The provider could not be saved: %s", qPrintable(problem));
        return nullptr;
    }
    workspace->useProvider(*providerId);
    // No default model: only the list can bring `model`.
    if (!QTest::qWaitFor([&] { return workspace->models().contains(model); }, 10000)) {
        qWarning("The model list did not arrive");
        return nullptr;
    }
    workspace->current()->setModel(model);
    return workspace;
}

} // namespace WorkspaceFixture
