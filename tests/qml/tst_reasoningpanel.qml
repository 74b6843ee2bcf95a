import QtQuick
import QtTest
import Confab
import Confab.Core

// The reasoning panel, streamed from the loopback server: open and live while the model
// thinks, folded by itself when the answer starts, opened again by a click.
TestCase {
    id: testCase

    name: "ReasoningPanel"
    width: 800
    height: 700
    visible: true
    when: windowShown

    ChatView {
        id: chat
        anchors.fill: parent
        session: Workspace.current
    }

    // The visible items with this objectName, found in the visual tree.
    function shown(item, objectName, found) {
        if (!item.visible)
            return found;
        if (item.objectName === objectName)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            shown(item.children[i], objectName, found);
        return found;
    }

    function test_opensFoldsReopens() {
        Workspace.newConversation();
        const reasoning = [];
        // Three seconds of thinking: enough to look at it even on a busy machine.
        for (let i = 0; i < 60; ++i)
            reasoning.push("thought " + i + " ");
        testServer.queueAnswer(reasoning, ["The ", "answer."], "stop", 50);
        Workspace.current.send("Think first");

        // While the model thinks: the panel is open and its text grows. (The message is made
        // once the wait is over; tryVerify's would tell how things stood before it.)
        const thinking = () => shown(chat, "reasoningText", []).length > 0;
        for (const deadline = Date.now() + 15000; !thinking() && Date.now() < deadline;)
            wait(50);
        verify(thinking(),
               "busy " + Workspace.current.busy + ", requests " + testServer.requestCount + " (last "
               + testServer.lastRequestPath() + "), rows " + Workspace.current.conversation.count
               + ", status " + Workspace.current.statusText);
        const toggle = shown(chat, "reasoningToggle", [])[0];
        verify(toggle.text.indexOf("Thinking") >= 0, toggle.text);
        const firstLength = shown(chat, "reasoningText", [])[0].length;
        tryVerify(() => shown(chat, "reasoningText", []).length > 0
                  && shown(chat, "reasoningText", [])[0].length > firstLength, 5000);

        // The answer starts: folded, titled with the duration.
        tryVerify(() => !Workspace.current.busy, 10000);
        compare(shown(chat, "reasoningText", []).length, 0);
        const folded = shown(chat, "reasoningToggle", [])[0];
        verify(folded.text.indexOf("Thought for") >= 0, folded.text);

        // A click opens it again with the whole reasoning; another folds it.
        mouseClick(folded);
        tryVerify(() => shown(chat, "reasoningText", []).length > 0);
        verify(shown(chat, "reasoningText", [])[0].getText(0, 1000).indexOf("thought 59") >= 0);
        mouseClick(shown(chat, "reasoningToggle", [])[0]);
        tryVerify(() => shown(chat, "reasoningText", []).length === 0);
    }
}
