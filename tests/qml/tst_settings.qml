import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// The settings window against the real ProviderSettings and the loopback server: a provider
// added from the Custom preset through the menu, saved, refused with a bad URL, tested
// (its models listed), its key stored (or kept for this session when there is no
// keychain), duplicated and removed after asking; the network page refusing an unusable
// CA file; the first-run screen and its demo; the header's Settings button and provider
// picker.
TestCase {
    id: testCase

    name: "Settings"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    SettingsDialog {
        id: dialog
    }

    function item(objectName) {
        const found = findChild(dialog.contentItem, objectName);
        verify(found, objectName);
        return found;
    }
    // Layouts place their items when they are polished, before the next frame.
    function settle(target) {
        for (let it = target; it; it = it.parent)
            waitForItemPolished(it);
    }
    function click(objectName) {
        const button = item(objectName);
        verify(button.visible && button.enabled, objectName);
        settle(button);
        mouseClick(button);
    }
    // The provider rows the list shows with this name.
    function rowsNamed(parent, name) {
        let rows = [];
        for (let i = 0; i < parent.children.length; ++i) {
            const child = parent.children[i];
            if (child.objectName === "providerRow" && child.text === name && child.visible)
                rows.push(child);
            rows = rows.concat(rowsNamed(child, name));
        }
        return rows;
    }
    function typeInto(field, text) {
        field.forceActiveFocus();
        field.selectAll();
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }
    // Adds a provider from a preset through the Add menu; leaves it in the editor.
    function addFromMenu(presetId) {
        const before = Workspace.providers.count;
        click("addProviderButton");
        const menu = findChild(dialog, "addProviderMenu");
        tryCompare(menu, "opened", true);
        compare(menu.count, Workspace.providers.presets.length);
        let entry = null;
        for (let i = 0; i < menu.count; ++i) {
            if (menu.itemAt(i).objectName === "preset_" + presetId)
                entry = menu.itemAt(i);
        }
        verify(entry, "the menu lists " + presetId);
        settle(entry);
        mouseClick(entry);
        tryCompare(Workspace.providers, "count", before + 1);
        tryVerify(() => item("nameField").visible);
    }
    function addCustom(name, baseUrl) {
        addFromMenu("custom");
        typeInto(item("nameField"), name);
        item("baseUrlField").text = baseUrl;
        click("saveProviderButton");
        compare(item("saveMessage").text, "Saved.");
        tryVerify(() => rowsNamed(dialog.contentItem, name).length === 1);
    }

    function init() {
        dialog.open();
        tryCompare(dialog, "opened", true);
        settle(item("providersTab"));
        mouseClick(item("providersTab"));
        verify(item("providersTab").checked);
    }
    function cleanup() {
        dialog.close();
        tryCompare(dialog, "visible", false);
    }

    function test_addCustomProviderAndSave() {
        addCustom("Loopback", String(testServer.baseUrl));
        const id = item("providerList").currentId;
        const saved = Workspace.providers.provider(id);
        compare(saved.name, "Loopback");
        compare(saved.baseUrl, String(testServer.baseUrl));
        // Custom expects no key; without a keychain, whether there is one is unknown.
        tryCompare(item("keyStateLabel"), "text", Workspace.providers.keychainAvailable ? "No key needed" : "Key state unknown: the keychain could not be read");

        // Unsaved edits are dropped when the dialog opens again.
        item("nameField").text = "Not saved";
        cleanup();
        init();
        compare(item("nameField").text, "Loopback");
        verify(rowsNamed(dialog.contentItem, "Loopback")[0].highlighted);
    }

    // A preset's note and where to get a key are text; the address can be copied, never
    // opened by Confab.
    function test_presetNoteAndKeyAddress() {
        const refused = testServer.refusedRemoteRequests();
        addFromMenu("crazyrouter");
        compare(item("nameField").text, "Crazyrouter");
        compare(item("baseUrlField").text, "https://crazyrouter.com/v1");
        verify(item("keyRequiredBox").checked);
        verify(item("presetNote").visible);
        verify(item("presetNote").text.indexOf("check it on their site") >= 0, item("presetNote").text);
        const docs = item("docsUrlLabel");
        verify(docs.text.indexOf("https://docs.crazyrouter.com/en/quickstart") >= 0, docs.text);
        compare(docs.textFormat, Text.PlainText);
        Clipboard.copy("");
        click("copyAddressButton");
        compare(Clipboard.text(), "https://docs.crazyrouter.com/en/quickstart");
        tryCompare(item("keyStateLabel"), "text", Workspace.providers.keychainAvailable ? "No key yet" : "Key state unknown: the keychain could not be read");
        compare(testServer.refusedRemoteRequests(), refused); // nothing was fetched
    }

    function test_badUrlIsRefused() {
        addCustom("Refuses bad URL", String(testServer.baseUrl));
        item("baseUrlField").text = "ftp://example.com/v1";
        click("saveProviderButton");
        verify(item("saveMessage").failed);
        verify(item("saveMessage").text.indexOf("http") >= 0, item("saveMessage").text);
        item("baseUrlField").text = "not a url at all";
        click("saveProviderButton");
        verify(item("saveMessage").failed);
        item("headersField").text = "no colon here";
        item("baseUrlField").text = String(testServer.baseUrl);
        click("saveProviderButton");
        verify(item("saveMessage").text.indexOf("Name: value") >= 0, item("saveMessage").text);
    }

    function test_connectionTestListsTheModels() {
        addCustom("Lists models", String(testServer.baseUrl));
        testServer.queueJson('{"object":"list","data":[{"id":"alpha","object":"model"},{"id":"beta","object":"model"},{"id":"gamma","object":"model"}]}');
        click("testConnectionButton");
        tryVerify(() => item("testMessage").text.length > 0, 5000);
        verify(!item("testMessage").failed, item("testMessage").text);
        verify(item("testMessage").text.indexOf("Connected: 3 models") >= 0, item("testMessage").text);
        for (const model of ["alpha", "beta", "gamma"])
            verify(item("testModels").text.indexOf(model) >= 0, item("testModels").text);
        compare(testServer.lastRequestPath(), "/v1/models");

        // A failure is shown as the client words it.
        testServer.queueError(401, '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}');
        click("testConnectionButton");
        tryVerify(() => item("testMessage").text.length > 0, 5000);
        verify(item("testMessage").failed);
        compare(item("testModels").text, "");
        verify(item("testMessage").text.indexOf("401") >= 0 || item("testMessage").text.indexOf("Incorrect API key") >= 0, item("testMessage").text);
    }

    // What each model takes: read from an OpenRouter-style model list by Test connection,
    // changed by the person, and a model marked text-only by name.
    function test_modelCapabilitiesAreListedAndEditable() {
        addCustom("Describes models", String(testServer.baseUrl));
        const id = item("providerList").currentId;
        verify(item("noModelsYet").visible);
        // Shown: the recent models, the default one, and those learned or set; not every
        // model the list describes ("unused" is only in the list).
        item("defaultModelField").text = "seeing";
        testServer.queueJson('{"data":[{"id":"seeing","architecture":{"input_modalities":["text","image"]},"supported_parameters":["tools"]},{"id":"unused","architecture":{"input_modalities":["text"]}}]}');
        click("testConnectionButton");
        tryVerify(() => item("testMessage").text.length > 0, 5000);
        const row = () => findChild(item("modelCapabilities"), "capabilities:seeing");
        tryVerify(() => row() !== null);
        verify(findChild(item("modelCapabilities"), "capabilities:unused") === null);
        const vision = findChild(row(), "vision");
        compare(vision.support, "yes");
        compare(vision.children[1].displayText, "Yes");
        compare(vision.origin, "From the provider's model list");
        compare(findChild(row(), "tools").support, "yes");
        compare(findChild(row(), "reasoning").support, "no");

        // The person says it takes no tools; the choice is kept as theirs.
        const tools = findChild(row(), "tools");
        const box = tools.children[1];
        settle(box);
        mouseClick(box);
        tryCompare(box.popup, "opened", true);
        compare(box.count, 3);
        const no = box.popup.contentItem.itemAtIndex(2);
        verify(no);
        settle(no);
        mouseClick(no);
        tryCompare(findChild(row(), "tools"), "support", "no");
        compare(findChild(row(), "tools").children[1].displayText, "No");
        compare(findChild(row(), "tools").origin, "Set by you");
        compare(findChild(row(), "origins").text, "Images: From the provider's model list · Tools: Set by you · Reasoning: From the provider's model list");
        compare(Workspace.providers.modelCapabilities(id)[0].tools, "no");

        item("newCapabilityModel").text = "old-model";
        click("markTextOnlyButton");
        const added = () => findChild(item("modelCapabilities"), "capabilities:old-model");
        tryVerify(() => added() !== null);
        compare(findChild(added(), "vision").support, "no");
        compare(findChild(added(), "tools").support, "unknown");
        compare(findChild(added(), "tools").children[1].displayText, "Not known");
        verify(!item("noModelsYet").visible);
    }

    function test_keyIsMaskedPastedAndStored() {
        addCustom("Has a key", String(testServer.baseUrl));
        const field = item("keyField");
        compare(field.echoMode, TextInput.Password);
        Clipboard.copy("sk-pasted-123");
        field.forceActiveFocus();
        keySequence(StandardKey.Paste);
        compare(field.text, "sk-pasted-123");
        // Shown only while the button is held.
        mousePress(item("showKeyButton"));
        compare(field.echoMode, TextInput.Normal);
        mouseRelease(item("showKeyButton"));
        compare(field.echoMode, TextInput.Password);

        click("storeKeyButton");
        tryVerify(() => item("keyMessage").text.length > 0, 10000);
        if (Workspace.providers.keychainAvailable) {
            // A Secret Service answered.
            verify(!item("keyMessage").failed, item("keyMessage").text);
            tryCompare(item("keyStateLabel"), "text", "Key stored in the keychain");
            compare(field.text, "");
            verify(!item("keepKeyButton").visible);
            click("forgetKeyButton");
            tryCompare(item("keyStateLabel"), "text", "No key needed");
        } else {
            // No keychain: its message, and the key kept for this session if the person wants.
            verify(item("keyMessage").failed);
            verify(Workspace.providers.keychainMessage.length > 0);
            verify(item("keyMessage").text === Workspace.providers.keychainMessage || item("keychainMessage").visible);
            compare(field.text, "sk-pasted-123");
            click("keepKeyButton");
            tryCompare(item("keyStateLabel"), "text", "Key kept for this session only");
            compare(field.text, "");
        }
    }

    function test_duplicateAndRemoveAfterAsking() {
        addCustom("Short-lived", String(testServer.baseUrl));
        const before = Workspace.providers.count;
        click("duplicateProviderButton");
        compare(Workspace.providers.count, before + 1);
        tryCompare(item("nameField"), "text", "Short-lived (copy)");

        const confirmation = findChild(dialog, "removeConfirmation");
        click("removeProviderButton");
        tryCompare(confirmation, "opened", true);
        settle(confirmation.standardButton(Dialog.Cancel));
        mouseClick(confirmation.standardButton(Dialog.Cancel));
        tryCompare(confirmation, "visible", false);
        compare(Workspace.providers.count, before + 1);

        click("removeProviderButton");
        tryCompare(confirmation, "opened", true);
        verify(confirmation.contentItem.text.indexOf("Short-lived (copy)") >= 0);
        settle(confirmation.standardButton(Dialog.Yes));
        mouseClick(confirmation.standardButton(Dialog.Yes));
        tryCompare(Workspace.providers, "count", before);
        compare(rowsNamed(dialog.contentItem, "Short-lived (copy)").length, 0);
        compare(rowsNamed(dialog.contentItem, "Short-lived").length, 1);
        verify(!item("nameField").visible); // nothing picked now
    }

    // General: the language (the system's or a chosen one, applied at once: the tabs
    // change their words) and the notification switch.
    function test_languageAndNotifications() {
        click("generalTab");
        const choice = item("languageChoice");
        tryVerify(() => choice.visible);
        compare(choice.count, 4); // as the system, English, Deutsch, 简体中文
        compare(choice.currentIndex, 0);
        const providersTab = item("providersTab");
        compare(providersTab.text, "Providers");
        choice.currentIndex = choice.indexOfValue("de");
        choice.activated(choice.currentIndex);
        compare(UiLanguage.active, "de");
        tryVerify(() => providersTab.text !== "Providers", 2000, providersTab.text);
        choice.currentIndex = 0;
        choice.activated(0);
        tryCompare(providersTab, "text", "Providers");

        const notify = item("notifyWhenReady");
        verify(notify.checked);
        settle(notify);
        mouseClick(notify);
        verify(!DesktopSettings.notifyWhenReady);
        mouseClick(notify);
        verify(DesktopSettings.notifyWhenReady);
    }
}
