pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui
import Confab

// An answer that is a JSON document: formatted, with fold arrows, Copy, and whether it is
// valid JSON (and fits the schema it was asked for). JsonOutline does the parsing; a long
// document scrolls inside the block.
TranscriptRow {
    id: row

    required property string text
    required property var schema

    readonly property int lineHeight: Math.ceil(fontMetrics.height) + 2
    readonly property int maxLines: 24 // taller documents scroll inside the block

    implicitHeight: frame.height + 12

    JsonOutline {
        id: outline
        text: row.text
        schema: row.schema
    }
    FontMetrics {
        id: fontMetrics
        font.family: Theme.monospaceFamily
    }

    Rectangle {
        id: frame

        x: row.inset
        width: row.columnWidth
        height: header.height + (outline.valid ? lines.height : raw.height) + 8
        radius: 6
        color: Theme.codeBackground
        border.color: outline.valid ? palette.mid : Theme.errorText

        RowLayout {
            id: header

            x: 12
            width: parent.width - 16
            height: Math.max(32, checks.implicitHeight + 8)

            ColumnLayout {
                id: checks

                spacing: 0
                Layout.fillWidth: true

                Label {
                    objectName: "jsonStatus"
                    text: outline.status
                    color: outline.valid ? Theme.subtleText : Theme.errorText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "jsonSchemaStatus"
                    visible: text.length > 0
                    text: outline.schemaStatus
                    color: outline.matchesSchema ? Theme.subtleText : Theme.errorText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            CopyButton {
                content: outline.valid ? outline.formatted() : row.text
                Accessible.name: qsTr("Copy JSON")
            }
        }

        ListView {
            id: lines

            objectName: "jsonLines"
            visible: outline.valid
            x: 8
            y: header.height
            width: parent.width - 16
            height: Math.min(contentHeight, row.maxLines * row.lineHeight)
            clip: true
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            model: outline
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("JSON answer")

            delegate: Item {
                id: line

                required property int index
                required property int depth
                required property string line
                required property string summary
                required property bool foldable
                required property bool folded

                width: ListView.view.width
                height: Math.max(row.lineHeight, jsonLine.implicitHeight + 2)

                Label {
                    objectName: "jsonFold"
                    x: line.depth * fontMetrics.averageCharacterWidth * 2
                    width: fontMetrics.averageCharacterWidth * 2
                    visible: line.foldable
                    text: line.folded ? "▸" : "▾"
                    color: Theme.subtleText
                    Accessible.role: Accessible.Button
                    Accessible.name: line.folded ? qsTr("Unfold") : qsTr("Fold")

                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: outline.toggle(line.index)
                    }
                }
                Text {
                    id: jsonLine

                    objectName: "jsonLine"
                    x: (line.depth + 1) * fontMetrics.averageCharacterWidth * 2
                    width: parent.width - x - (line.folded ? summary.implicitWidth + 8 : 0)
                    text: line.line
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    textFormat: Text.PlainText
                    font.family: Theme.monospaceFamily
                    color: palette.text
                }
                Text {
                    id: summary

                    visible: line.folded
                    anchors.right: parent.right
                    text: line.summary
                    font.italic: true
                    color: Theme.subtleText
                }
            }
        }

        TextEdit {
            id: raw

            objectName: "jsonRaw"
            visible: !outline.valid
            x: 12
            y: header.height
            width: parent.width - 24
            text: row.text
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
            readOnly: true
            selectByMouse: true
            font.family: Theme.monospaceFamily
            color: palette.text
        }
    }
}
