import QtQuick
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// The Network page of the settings: unusable CA files and incomplete proxies are refused
// in words; what is applied is kept.
TestCase {
    id: testCase

    name: "NetworkPage"
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
    function typeInto(field, text) {
        field.forceActiveFocus();
        field.selectAll();
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function init() {
        dialog.open();
        tryVerify(() => dialog.opened);
    }
    function cleanup() {
        dialog.close();
        tryVerify(() => !dialog.visible);
    }

    function networkFailed() {
        return Qt.colorEqual(item("networkMessage").color, Theme.errorText);
    }

    function test_networkRefusesAnUnusableCaFile() {
        click("networkTab");
        tryVerify(() => item("caFileField").visible);
        item("caFileField").text = "/nonexistent/confab-test-ca.pem";
        click("applyNetworkButton");
        verify(networkFailed(), item("networkMessage").text);
        verify(item("networkMessage").text.length > 0);
        // A file that is there but holds no certificate.
        item("caFileField").text = Qt.resolvedUrl("tst_networkpage.qml").toString().replace("file://", "");
        click("applyNetworkButton");
        verify(networkFailed(), item("networkMessage").text);

        // A manual proxy needs its host and port.
        item("caFileField").text = "";
        item("proxyModeBox").currentIndex = 2; // HTTP
        verify(item("proxyHostField").enabled);
        click("applyNetworkButton");
        verify(networkFailed(), item("networkMessage").text);
        typeInto(item("proxyHostField"), "proxy.invalid");
        typeInto(item("proxyPortField"), "3128");
        click("applyNetworkButton");
        verify(!networkFailed(), item("networkMessage").text);
        compare(Workspace.providers.network.proxyMode, "http");
        compare(Workspace.providers.network.proxyPort, 3128);

        // The system's settings take no host either.
        item("proxyModeBox").currentIndex = 0;
        verify(!item("proxyHostField").enabled);
        click("applyNetworkButton");
        verify(!networkFailed(), item("networkMessage").text);
        compare(Workspace.providers.network.proxyMode, "system");

        // Back to no proxy, as the tests began: what runs next reaches the loopback server
        // as before, whatever this machine's proxy settings.
        item("proxyModeBox").currentIndex = 1;
        click("applyNetworkButton");
        verify(!networkFailed(), item("networkMessage").text);
        compare(Workspace.providers.network.proxyMode, "none");
    }

}
