import QtQuick

// Attachments side by side, wrapping when they do not fit.
Flow {
    id: strip

    objectName: "attachmentStrip"
    property var items: []
    property bool removable: false

    signal removeRequested(int index)

    spacing: 6
    visible: items.length > 0

    Repeater {
        model: strip.items
        onItemAdded: (index, item) => {
            item.removable = Qt.binding(() => strip.removable);
            item.removeRequested.connect(row => strip.removeRequested(row));
        }

        AttachmentChip {}
    }
}
