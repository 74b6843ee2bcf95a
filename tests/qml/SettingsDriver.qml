import QtQuick
import QtTest
import Confab.Core

// Drives the settings dialog for the Quick Tests: finds its items, clicks and types like a
// person, and adds providers through its Add menu. Failures are the test's own.
QtObject {
    id: driver

    required property TestCase test
    required property var dialog // the SettingsDialog (a Popup)

    function item(objectName) {
        const found = driver.test.findChild(driver.dialog.contentItem, objectName);
        driver.test.verify(found, objectName);
        return found;
    }
    // Layouts place their items when they are polished, before the next frame.
    function settle(target) {
        for (let it = target; it; it = it.parent)
            driver.test.waitForItemPolished(it);
    }
    function click(objectName) {
        const button = driver.item(objectName);
        driver.test.verify(button.visible && button.enabled, objectName);
        driver.settle(button);
        driver.test.mouseClick(button);
    }
    // The provider rows the list shows with this name.
    function rowsNamed(parent, name) {
        let rows = [];
        for (let i = 0; i < parent.children.length; ++i) {
            const child = parent.children[i];
            if (child.objectName === "providerRow" && child.text === name && child.visible)
                rows.push(child);
            rows = rows.concat(driver.rowsNamed(child, name));
        }
        return rows;
    }
    function typeInto(field, text) {
        field.forceActiveFocus();
        field.selectAll();
        for (let i = 0; i < text.length; ++i)
            driver.test.keyClick(text[i]);
    }
    // Adds a provider from a preset through the Add menu; leaves it in the editor.
    function addFromMenu(presetId) {
        const before = Workspace.providers.count;
        driver.click("addProviderButton");
        const menu = driver.test.findChild(driver.dialog, "addProviderMenu");
        driver.test.tryCompare(menu, "opened", true);
        driver.test.compare(menu.count, Workspace.providers.presets.length);
        let entry = null;
        for (let i = 0; i < menu.count; ++i) {
            if (menu.itemAt(i).objectName === "preset_" + presetId)
                entry = menu.itemAt(i);
        }
        driver.test.verify(entry, "the menu lists " + presetId);
        driver.settle(entry);
        driver.test.mouseClick(entry);
        driver.test.tryCompare(Workspace.providers, "count", before + 1);
        driver.test.tryVerify(() => driver.item("nameField").visible);
    }
    function addCustom(name, baseUrl) {
        driver.addFromMenu("custom");
        driver.typeInto(driver.item("nameField"), name);
        driver.item("baseUrlField").text = baseUrl;
        driver.click("saveProviderButton");
        driver.test.compare(driver.item("saveMessage").text, "Saved.");
        driver.test.tryVerify(() => driver.rowsNamed(driver.dialog.contentItem, name).length === 1);
    }
}
