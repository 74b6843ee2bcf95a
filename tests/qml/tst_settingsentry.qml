import QtQuick
import QtTest
import Confab
import Confab.Core

// The ways into the settings: the header's Settings button and provider picker, and the
// first-run screen (a preset, or the offline demo).
TestCase {
    id: testCase

    name: "SettingsEntry"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    Component {
        id: firstRunComponent
        FirstRun {
            anchors.fill: parent
        }
    }
    Component {
        id: chatViewComponent
        ChatView {
            anchors.fill: parent
        }
    }
    SignalSpy {
        id: addedSpy
        signalName: "providerAdded"
    }
    SignalSpy {
        id: settingsSpy
        signalName: "settingsRequested"
    }

    // Layouts place their items when they are polished, before the next frame.
    function settle(target) {
        for (let it = target; it; it = it.parent)
            waitForItemPolished(it);
    }

    function test_headerOpensSettingsAndPicksProviders() {
        const chat = createTemporaryObject(chatViewComponent, testCase, {
            "session": Workspace.current
        });
        verify(chat);
        settingsSpy.target = chat;
        settingsSpy.clear();
        settle(findChild(chat, "settingsButton"));
        mouseClick(findChild(chat, "settingsButton"));
        compare(settingsSpy.count, 1);

        const picker = findChild(chat, "providerPicker");
        compare(picker.visible, Workspace.providers.count > 0);
        if (Workspace.providers.count === 0)
            return;
        const id = Workspace.providers.data(Workspace.providers.index(0, 0), ProviderSettings.IdRole);
        Workspace.useProvider(id);
        tryCompare(Workspace, "currentProviderId", id, 5000);
        tryCompare(picker, "currentValue", id);
    }

    // Runs the demo, so last in the alphabet; it goes back to the loopback server after.
    function test_zz_firstRunAddsAProviderOrStartsTheDemo() {
        compare(Workspace.needsSetup, false); // the harness configured an endpoint
        const firstRun = createTemporaryObject(firstRunComponent, testCase, {
            "providers": Workspace.providers
        });
        verify(firstRun);
        addedSpy.target = firstRun;
        addedSpy.clear();
        const before = Workspace.providers.count;
        const custom = findChild(firstRun, "firstRunPreset_custom");
        verify(custom);
        settle(custom);
        mouseClick(custom);
        compare(addedSpy.count, 1);
        compare(Workspace.providers.count, before + 1);
        const added = addedSpy.signalArguments[0][0];
        compare(Workspace.providers.provider(added).name.indexOf("Custom"), 0);

        verify(!Workspace.demo);
        settle(findChild(firstRun, "demoButton"));
        mouseClick(findChild(firstRun, "demoButton"));
        tryCompare(Workspace, "demo", true, 5000);
        verify(!firstRun.demoFailed);

        // Back to the loopback server through a provider pointing at it.
        compare(Workspace.providers.save(added, {"baseUrl": String(testServer.baseUrl)}), "");
        const requests = testServer.requestCount;
        Workspace.useProvider(added);
        tryCompare(Workspace, "demo", false, 5000);
        tryVerify(() => testServer.requestCount > requests, 5000); // its model list
    }
}
