import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// The main window: conversations on the left, the open one on the right.
ApplicationWindow {
    id: window

    width: 1100
    height: 720
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: Workspace.demo ? qsTr("Confab — offline demo") : qsTr("Confab")
    palette.disabled.text: Theme.disabledText
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.windowText: Theme.disabledText
    palette.window: Theme.window
    palette.windowText: Theme.windowText
    palette.base: Theme.base
    palette.alternateBase: Theme.alternateBase
    palette.text: Theme.text
    palette.button: Theme.button
    palette.buttonText: Theme.buttonText
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.highlightedText
    palette.placeholderText: Theme.placeholderText
    palette.mid: Theme.mid
    palette.midlight: Theme.midlight
    palette.dark: Theme.darkColor
    palette.light: Theme.light
    palette.shadow: Theme.shadow
    palette.link: Theme.link
    palette.toolTipBase: Theme.toolTipBase
    palette.toolTipText: Theme.toolTipText

    Shortcut {
        sequence: "Ctrl+Shift+N"
        onActivated: newComparison.open()
    }
    Shortcut {
        sequence: "Ctrl+N"
        onActivated: {
            Workspace.newConversation();
            chatView.focusComposer();
        }
    }
    Shortcut {
        sequence: "Ctrl+,"
        onActivated: settings.open()
    }
    Shortcut {
        sequence: "Ctrl+K"
        onActivated: sidebar.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        onActivated: Clipboard.copy(chatView.transcript.lastAnswerText())
    }
    Shortcut {
        sequence: "Esc"
        enabled: Workspace.current !== null && Workspace.current.busy
        onActivated: Workspace.current.stop()
    }

    // Why conversations are not being kept, and, for an unreadable file, a way out that
    // keeps the old file.
    header: Pane {
        visible: Workspace.historyProblem.length > 0

        RowLayout {
            anchors.fill: parent

            Label {
                objectName: "historyProblem"
                text: Workspace.historyProblem
                color: Workspace.canStartFreshHistory || Workspace.canRetryHistory ? Theme.errorText : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                visible: Workspace.canStartFreshHistory
                text: qsTr("Start a new history")
                Accessible.name: qsTr("Start a new history (the old file is kept)")
                ToolTip.text: qsTr("The unreadable file is renamed and kept next to the new one.")
                ToolTip.visible: hovered
                onClicked: Workspace.startFreshHistory()
            }
            Button {
                visible: Workspace.canRetryHistory
                text: qsTr("Try again")
                Accessible.name: qsTr("Try opening the history again")
                onClicked: Workspace.retryHistory()
            }
        }
    }

    SplitView {
        anchors.fill: parent
        enabled: !Workspace.needsSetup

        Sidebar {
            id: sidebar
            SplitView.preferredWidth: 240
            SplitView.minimumWidth: 180
            SplitView.maximumWidth: 400
        }
        StackLayout {
            currentIndex: Workspace.comparisons.current ? 1 : 0
            SplitView.fillWidth: true
            SplitView.minimumWidth: 480

            ChatView {
                id: chatView
                session: Workspace.current
                onSettingsRequested: settings.open()
                onCompareRequested: newComparison.open()
            }
            Loader {
                active: Workspace.comparisons.current !== null
                sourceComponent: CompareView {
                    comparison: Workspace.comparisons.current
                }
            }
        }
    }
    NewComparisonDialog {
        id: newComparison
    }
    FirstRun {
        anchors.fill: parent
        visible: Workspace.needsSetup
        providers: Workspace.providers
        onProviderAdded: providerId => settings.openOn(providerId)
    }
    SettingsDialog {
        id: settings
    }

    Component.onCompleted: chatView.focusComposer()
}
