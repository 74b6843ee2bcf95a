import QtQuick
import QtQuick.Controls
import Qt.labs.qmlmodels
import Confab
import Confab.Core
import Confab.Gui

// The conversation: one row per piece (question, reasoning, Markdown block, tool call,
// footer). It follows the end while an answer streams unless the person scrolled up;
// then "Jump to latest" brings them back.
ListView {
    id: view

    objectName: "transcriptView"

    required property ChatSession session
    property bool following: true
    property bool autoScrolling: false
    // How far down the person is: 0 at the top, 1 at the end.
    readonly property real scrollFraction: contentHeight > height ? Math.min(1, Math.max(0, (contentY - originY) / (contentHeight - height))) : 1

    // The person scrolled (not the view following its answer).
    signal scrolledByPerson

    // Goes to the same place another view is at (scrolling side by side); at the end it
    // follows its answer again.
    function scrollToFraction(fraction: real) {
        following = fraction >= 0.999;
        autoScrolling = true;
        if (following)
            positionViewAtEnd();
        else
            contentY = originY + fraction * Math.max(0, contentHeight - height);
        autoScrolling = false;
    }

    function jumpToLatest() {
        following = true;
        followEnd();
    }
    // Shows the message at a ConversationModel row at the top (a search hit).
    function showMessage(messageRow) {
        following = false;
        const row = (model as TranscriptModel).revealMessage(messageRow);
        if (row >= 0)
            positionViewAtIndex(row, ListView.Beginning);
    }
    function followEnd() {
        autoScrolling = true;
        positionViewAtEnd();
        autoScrolling = false;
    }

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    cacheBuffer: 800
    Accessible.name: qsTr("Conversation")
    model: TranscriptModel {
        conversation: view.session ? view.session.conversation : null
        outputFormat: requestParameters.responseFormat
    }
    // What the conversation asks for (response_format), for its JSON answers.
    ParameterSet {
        id: requestParameters
        session: view.session
    }
    ScrollBar.vertical: ScrollBar {
        id: scrollBar
    }
    footer: Item {
        width: 1
        height: 24
    }

    // In the same frame that lays the new text out, so it is drawn in view at once.
    onContentHeightChanged: if (following && !autoScrolling && !moving) followEnd()
    // Rows above the view settle their heights (estimated until made): the end moves too.
    // Never while the person scrolls: that would take the view from under their hand.
    onOriginYChanged: if (following && !autoScrolling && !moving) followEnd()
    onCountChanged: if (following && !autoScrolling && !moving) followEnd()
    // The person moved it (wheel, drag, flick, scroll bar): away from the end, it stops
    // following.
    onContentYChanged: {
        if (!autoScrolling && (moving || dragging || scrollBar.pressed)) {
            following = atYEnd;
            scrolledByPerson();
        }
    }
    onMovementEnded: following = atYEnd
    onSessionChanged: jumpToLatest()

    Connections {
        target: Workspace
        function onMessageRevealed(messageId: string, row: int) {
            revealLater.row = row;
            revealLater.restart();
        }
    }
    // Once the branch that holds the message is laid out.
    Timer {
        id: revealLater

        property int row: -1

        interval: 0
        onTriggered: view.showMessage(row)
    }

    delegate: DelegateChooser {
        role: "kind"

        DelegateChoice {
            roleValue: "user"
            UserMessage {}
        }
        DelegateChoice {
            roleValue: "reasoning"
            ReasoningPanel {}
        }
        DelegateChoice {
            roleValue: "reasoningBlock"
            ReasoningBlock {}
        }
        DelegateChoice {
            roleValue: "code"
            CodeBlock {}
        }
        DelegateChoice {
            roleValue: "json"
            JsonBlock {}
        }
        DelegateChoice {
            roleValue: "rule"
            RuleBlock {}
        }
        DelegateChoice {
            roleValue: "toolCall"
            ToolCallCard {}
        }
        DelegateChoice {
            roleValue: "footer"
            AnswerFooter {}
        }
        DelegateChoice {
            // paragraph, heading, list, quote, table
            MarkdownBlock {}
        }
    }

    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        visible: view.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.subtleText
        font.pointSize: Application.font.pointSize + 2
        text: Workspace.ready
              ? (Workspace.demo ? qsTr("This is the offline demo: answers are canned, nothing leaves your computer. Ask anything, or include \"tool\", \"long\" or \"json\" in your message to see a tool call, a cut-off answer or a JSON answer.")
                                : qsTr("Ask %1 anything.").arg(Workspace.endpointName))
              : qsTr("No provider is set up yet. Start Confab with --demo to try it offline, or with --base-url and an API key in CONFAB_API_KEY.")
    }

    // A long conversation opens on its last page; the rest comes a page at a time.
    RoundButton {
        objectName: "showEarlier"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.margins: 8
        visible: (view.model as TranscriptModel).earlierCount > 0 && view.atYBeginning
        text: qsTr("↑ Show %n earlier message(s)", "", (view.model as TranscriptModel).nextPageCount)
        Accessible.name: text
        onClicked: {
            const transcript = view.model as TranscriptModel;
            const firstShown = transcript.earlierCount; // the message at the top now
            view.following = false; // reading back, not following the end
            transcript.showEarlier();
            // The page goes above what was being read, which stays in place.
            view.positionViewAtIndex(transcript.firstRowOfMessage(firstShown), ListView.Beginning);
        }
    }
    RoundButton {
        objectName: "jumpToLatest"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16
        visible: !view.following && view.count > 0
        text: qsTr("↓ Jump to latest")
        Accessible.name: qsTr("Jump to latest")
        onClicked: view.jumpToLatest()
    }
}
