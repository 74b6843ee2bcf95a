import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// Settings → Providers → "What the models take", against the real ProviderSettings and the
// loopback server: the flags an OpenRouter-style model list gives, only the models worth
// showing, a choice made with the mouse kept as the person's, a model marked text-only by
// name.
TestCase {
    id: testCase

    name: "ModelCapabilitiesSettings"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    SettingsDialog {
        id: dialog
    }
    SettingsDriver {
        id: ui
        test: testCase
        dialog: dialog
    }

    function init() {
        dialog.open();
        tryCompare(dialog, "opened", true);
        ui.settle(ui.item("providersTab"));
        mouseClick(ui.item("providersTab"));
    }
    function cleanup() {
        dialog.close();
        tryCompare(dialog, "visible", false);
    }

    function test_modelCapabilitiesAreListedAndEditable() {
        ui.addCustom("Describes models", String(testServer.baseUrl));
        const id = ui.item("providerList").currentId;
        verify(ui.item("noModelsYet").visible);
        // Shown: the recent models, the default one, and those learned or set; not every
        // model the list describes ("unused" is only in the list).
        ui.item("defaultModelField").text = "seeing";
        testServer.queueJson('{"data":[{"id":"seeing","architecture":{"input_modalities":["text","image"]},"supported_parameters":["tools"]},{"id":"unused","architecture":{"input_modalities":["text"]}}]}');
        ui.click("testConnectionButton");
        tryVerify(() => ui.item("testMessage").text.length > 0, 5000);
        const row = () => findChild(ui.item("modelCapabilities"), "capabilities:seeing");
        tryVerify(() => row() !== null);
        verify(findChild(ui.item("modelCapabilities"), "capabilities:unused") === null);
        const vision = findChild(row(), "vision");
        compare(vision.support, "yes");
        compare(vision.children[1].displayText, "Yes");
        compare(vision.origin, "From the provider's model list");
        compare(findChild(row(), "tools").support, "yes");
        compare(findChild(row(), "reasoning").support, "no");

        // The person says it takes no tools; the choice is kept as theirs.
        const tools = findChild(row(), "tools");
        const box = tools.children[1];
        ui.settle(box);
        mouseClick(box);
        tryCompare(box.popup, "opened", true);
        compare(box.count, 3);
        const no = box.popup.contentItem.itemAtIndex(2);
        verify(no);
        ui.settle(no);
        mouseClick(no);
        tryCompare(findChild(row(), "tools"), "support", "no");
        compare(findChild(row(), "tools").children[1].displayText, "No");
        compare(findChild(row(), "tools").origin, "Set by you");
        compare(findChild(row(), "origins").text, "Images: From the provider's model list · Tools: Set by you · Reasoning: From the provider's model list");
        compare(Workspace.providers.modelCapabilities(id)[0].tools, "no");

        ui.item("newCapabilityModel").text = "old-model";
        ui.click("markTextOnlyButton");
        const added = () => findChild(ui.item("modelCapabilities"), "capabilities:old-model");
        tryVerify(() => added() !== null);
        compare(findChild(added(), "vision").support, "no");
        compare(findChild(added(), "tools").support, "unknown");
        compare(findChild(added(), "tools").children[1].displayText, "Not known");
        verify(!ui.item("noModelsYet").visible);
    }
}
