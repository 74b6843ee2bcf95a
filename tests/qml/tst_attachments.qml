import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// Attachment chips: in a question they show each file and open its preview; in the composer
// each one can be removed.
TestCase {
    id: testCase

    name: "Attachments"
    width: 800
    height: 600
    visible: true
    when: windowShown

    readonly property var items: [
        {
            kind: "image",
            name: "chart.png",
            detail: "8 × 6 · 75 bytes",
            thumbnail: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGNQaDiAFTEMpAQAObNCAdPwE6cAAAAASUVORK5CYII=",
            text: "",
            missing: false
        },
        {
            kind: "text",
            name: "notes.md",
            detail: "2 lines · 14 bytes",
            thumbnail: "",
            text: "# Plan\n- ship\n",
            missing: false
        },
        {
            kind: "image",
            name: "old.png",
            detail: "",
            thumbnail: "",
            text: "",
            missing: true
        }
    ]

    Component {
        id: strip
        AttachmentStrip {}
    }
    Component {
        id: userMessage
        UserMessage {}
    }

    function chips(parent) {
        const found = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.objectName === "attachmentChip")
                    found.push(child);
                walk(child);
            }
        };
        walk(parent);
        return found;
    }

    function test_aQuestionShowsItsAttachments() {
        const message = createTemporaryObject(userMessage, testCase, {
            text: "What does this show?",
            messageRow: 0,
            siblingIndex: 0,
            siblingCount: 1,
            attachments: testCase.items,
            width: 800
        });
        verify(message);
        const shown = chips(message);
        compare(shown.length, 3);
        compare(shown[0].extension, "PNG");
        verify(shown[0].isImage);
        compare(shown[1].extension, "MD");
        verify(!shown[1].isImage);
        // The picture's thumbnail is decoded from its data: URL, nothing is fetched.
        const thumbnail = shown[0].contentItem.children[0].children[0];
        tryCompare(thumbnail, "status", Image.Ready);
        compare(thumbnail.sourceSize.width, 8);
        // The text of the question sits below the chips.
        const strip = findChild(message, "attachmentStrip");
        verify(strip.visible);
        verify(strip.height > 40);

        // A text file opens its content.
        mouseClick(shown[1]);
        const preview = findChild(shown[1], "attachmentPreview");
        verify(preview);
        tryCompare(preview, "opened", true);
        compare(findChild(preview.contentItem, "attachmentText").text, "# Plan\n- ship\n");
        preview.close();
        tryCompare(preview, "visible", false);

        // One the history no longer holds says so and opens nothing.
        compare(shown[2].ToolTip.text, "old.png — not kept in this history");
        mouseClick(shown[2]);
        const missingPreview = findChild(shown[2], "attachmentPreview");
        verify(!missingPreview || !missingPreview.opened);
    }

    function test_aQuestionWithoutAttachmentsHasNoStrip() {
        const message = createTemporaryObject(userMessage, testCase, {
            text: "Plain",
            messageRow: 0,
            siblingIndex: 0,
            siblingCount: 1,
            attachments: [],
            width: 800
        });
        verify(!findChild(message, "attachmentStrip").visible);
        compare(chips(message).length, 0);
    }

    function test_theComposersChipsCanBeRemoved() {
        const removable = createTemporaryObject(strip, testCase, { items: testCase.items, removable: true, width: 800 });
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: removable, signalName: "removeRequested" });
        const shown = chips(removable);
        compare(shown.length, 3);
        const remove = findChild(shown[1], "removeAttachment");
        verify(remove.visible);
        mouseClick(remove);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 1);

        const fixed = createTemporaryObject(strip, testCase, { items: testCase.items, removable: false });
        verify(!findChild(chips(fixed)[0], "removeAttachment").visible);
    }

    Component {
        id: trayComponent
        AttachmentTray {}
    }

    // An image's preview shows the whole picture (from the tray here, through the
    // attachment image provider), decoded at the size it is shown, not the thumbnail.
    function test_anImageOpensWhole() {
        const tray = createTemporaryObject(trayComponent, testCase);
        verify(tray.addFile(testServer.writePicture(1200, 800)));
        const shown = chips(createTemporaryObject(strip, testCase, { items: tray.items, width: 800 }));
        compare(shown.length, 1);
        mouseClick(shown[0]);
        const preview = findChild(shown[0], "attachmentPreview");
        tryCompare(preview, "opened", true);
        const picture = findChild(preview.contentItem, "attachmentImage");
        verify(String(picture.source).startsWith("image://attachment/"), String(picture.source));
        tryCompare(picture, "status", Image.Ready);
        // Fitted to the preview: wider than the 256 px thumbnail, never wider than shown.
        verify(picture.implicitWidth > 256, picture.implicitWidth);
        verify(picture.implicitWidth <= picture.width * Screen.devicePixelRatio + 1);
        fuzzyCompare(picture.implicitWidth / picture.implicitHeight, 1.5, 0.01); // rounded to whole pixels
        preview.close();
        tryCompare(preview, "visible", false);
        compare(String(picture.source), ""); // nothing is held while it is closed
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
