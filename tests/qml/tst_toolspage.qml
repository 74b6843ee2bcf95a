import QtQuick
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// Settings → Tools and → MCP servers: every tool is listed, the consent switch is the
// workspace's, and a server the form cannot take is refused in words.
TestCase {
    id: testCase

    name: "ToolsPage"
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
    function visibleItems(item, objectName, found) {
        if (!item || !item.visible)
            return found;
        if (item.objectName === objectName)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            visibleItems(item.children[i], objectName, found);
        return found;
    }

    function init() {
        dialog.open();
        tryVerify(() => dialog.opened);
    }
    function cleanup() {
        dialog.close();
        tryVerify(() => !dialog.visible);
    }

    function test_everyToolIsListed() {
        click("toolsTab");
        tryVerify(() => item("toolsPage").visible);
        const rows = visibleItems(item("toolsPage"), "toolRow", []);
        compare(rows.length, Workspace.tools.tools.length);
        verify(rows.length >= 5, rows.length); // the built-ins at least
        // The log shows what the history holds.
        compare(visibleItems(item("toolsPage"), "runRow", []).length, Workspace.tools.recentRuns(100).length);
        verify(item("clearRunLogButton").visible);

        const before = Workspace.tools.readOnlyPreApproved;
        click("readOnlyPreApproved");
        compare(Workspace.tools.readOnlyPreApproved, !before);
        click("readOnlyPreApproved");
        compare(Workspace.tools.readOnlyPreApproved, before);
    }

    function test_aServerTheFormCannotTakeIsRefused() {
        click("mcpServersTab");
        tryVerify(() => item("mcpServersPage").visible);
        item("serverName").text = "has space";
        item("serverCommand").text = "node";
        click("saveServerButton");
        const message = item("serverMessage");
        verify(message.text.length > 0 && Qt.colorEqual(message.color, Theme.errorText), message.text);
        compare(Workspace.tools.servers.count, 0);
        item("serverName").text = "";
        item("serverCommand").text = "";
    }

    function test_aPriceIsEnteredAndRemoved() {
        click("pricesTab");
        tryVerify(() => item("pricesPage").visible);
        const before = Workspace.comparisons.prices.count;
        item("priceModel").text = "test-priced-model";
        item("priceInput").text = "1.25";
        item("priceOutput").text = "10";
        click("savePriceButton");
        compare(Workspace.comparisons.prices.count, before + 1);
        const saved = Workspace.comparisons.prices.price("", "test-priced-model");
        compare(saved.inputPerMillion, 1.25);
        compare(saved.outputPerMillion, 10);
        tryVerify(() => visibleItems(item("pricesPage"), "priceRow", []).length === before + 1);

        item("priceModel").text = "bad-price";
        item("priceInput").text = "-3";
        item("priceOutput").text = "1";
        click("savePriceButton");
        verify(Qt.colorEqual(item("priceMessage").color, Theme.errorText), item("priceMessage").text);
        compare(Workspace.comparisons.prices.count, before + 1);

        verify(Workspace.comparisons.prices.remove("", "test-priced-model"));
        compare(Workspace.comparisons.prices.count, before);
        item("priceModel").text = "";
        item("priceInput").text = "";
        item("priceOutput").text = "";
    }
}
