import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Gui

// The language of the window (the system's, or one the person picks; it changes at once)
// and how Confab behaves on the desktop.
Pane {
    id: page

    objectName: "generalPage"

    ColumnLayout {
        width: Math.min(page.availableWidth, 520)
        spacing: 8

        Label {
            text: qsTr("Language")
            font.bold: true
        }
        ComboBox {
            objectName: "languageChoice"
            model: UiLanguage.choices
            textRole: "name"
            valueRole: "code"
            Accessible.name: qsTr("Language of the window")
            Layout.fillWidth: true
            Component.onCompleted: currentIndex = indexOfValue(UiLanguage.chosen)
            onActivated: UiLanguage.choose(currentValue)
        }
        Label {
            text: qsTr("Answers come in the language you write in; this changes Confab's own words. Texts already on screen, such as error messages, change the next time they are shown.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Notifications")
            font.bold: true
            topPadding: 12
        }
        CheckBox {
            objectName: "notifyWhenReady"
            text: qsTr("Tell me when a long answer is ready while I am in another window")
            checked: DesktopSettings.notifyWhenReady
            onToggled: DesktopSettings.notifyWhenReady = checked
        }
    }
}
