import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core

// The conversation view with its composer, talking to the loopback server: Enter sends,
// Shift+Enter is a new line, answers stream into blocks, errors show with Retry, and a
// retried answer keeps the failed one as an earlier version.
TestCase {
    id: testCase

    name: "ChatView"
    width: 900
    height: 700
    visible: true
    when: windowShown

    ChatView {
        id: chat
        anchors.fill: parent
        session: Workspace.current
    }

    // The "‹ 2/3 ›" label on screen now: removed rows' delegates linger until deleted, so
    // only visible items count, and it is looked up afresh on each call.
    function visibleItems(item, objectName, found) {
        if (!item || !item.visible)
            return found;
        if (item.objectName === objectName)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            visibleItems(item.children[i], objectName, found);
        return found;
    }
    function versionShownIn(rowName) {
        const rows = visibleItems(chat, rowName, []);
        const labels = rows.length > 0 ? visibleItems(rows[rows.length - 1], "branchLabel", []) : [];
        return labels.length > 0 ? labels[0].text : "";
    }

    function input() {
        return findChild(chat, "composerInput");
    }
    function transcript() {
        return findChild(chat, "transcriptView");
    }
    // The kinds of the transcript's rows, from the model the view shows.
    function kinds() {
        const model = transcript().model;
        const result = [];
        for (let row = 0; row < model.rowCount(); ++row)
            result.push(model.data(model.index(row, 0), TranscriptModel.KindRole));
        return result;
    }
    function typeText(text) {
        input().forceActiveFocus();
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function init() {
        Workspace.newConversation();
        compare(Workspace.current.conversation.count, 0);
    }

    function test_shiftEnterIsANewLine() {
        typeText("one");
        keyClick(Qt.Key_Return, Qt.ShiftModifier);
        typeText("two");
        compare(input().text, "one\ntwo");
        compare(Workspace.current.conversation.count, 0);
        input().text = "";
    }

    function test_enterSendsAndTheAnswerStreams() {
        const requestsBefore = testServer.requestCount;
        testServer.queueAnswer(["Think", "ing."], ["# Title\n\nSome ", "text.\n\n```py\nprint(1)\n", "```\n"], "stop", 20);
        typeText("Hello there");
        keyClick(Qt.Key_Return);
        compare(input().text, "");
        tryCompare(testServer, "requestCount", requestsBefore + 1);
        verify(testServer.lastRequestBody().indexOf("Hello there") >= 0);
        tryVerify(() => !Workspace.current.busy, 15000);
        compare(kinds(), ["user", "reasoning", "heading", "paragraph", "code", "footer"]);
        const model = transcript().model;
        compare(model.data(model.index(4, 0), TranscriptModel.TextRole), "print(1)");
        compare(model.data(model.index(4, 0), TranscriptModel.LanguageRole), "py");
    }

    function test_errorThenRetryKeepsBothVersions() {
        testServer.queueError(401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}");
        typeText("Hi");
        keyClick(Qt.Key_Return);
        tryVerify(() => kinds().length === 2 && !Workspace.current.busy, 15000);
        tryVerify(() => findChild(transcript(), "retryButton") !== null && findChild(transcript(), "retryButton").visible);
        const note = findChild(transcript(), "endNote");
        verify(note.text.indexOf("401") >= 0 || note.text.toLowerCase().indexOf("key") >= 0, note.text);

        testServer.queueAnswer([], ["Now it ", "works."]);
        mouseClick(findChild(transcript(), "retryButton"));
        tryVerify(() => !Workspace.current.busy && kinds().indexOf("paragraph") >= 0, 15000);
        tryVerify(() => versionShownIn("answerFooter") === "2/2", 15000, versionShownIn("answerFooter"));
    }

    function test_stopKeepsWhatArrived() {
        testServer.queueStalledAnswer(["Partial ", "answer"]);
        typeText("Tell me a long story");
        keyClick(Qt.Key_Return);
        tryVerify(() => Workspace.current.busy && kinds().indexOf("paragraph") >= 0, 15000);
        const model = transcript().model;
        tryVerify(() => model.data(model.index(1, 0), TranscriptModel.TextRole) === "Partial answer", 15000);
        mouseClick(findChild(chat, "sendButton")); // it is the Stop button while busy
        tryVerify(() => !Workspace.current.busy, 15000);
        compare(model.data(model.index(1, 0), TranscriptModel.TextRole), "Partial answer");
        tryVerify(() => findChild(transcript(), "retryButton") !== null);
        compare(findChild(transcript(), "endNote").text, "Stopped. What arrived is kept.");
    }

    function test_upEditsTheLastQuestion() {
        testServer.queueAnswer([], ["First answer."]);
        typeText("Original question");
        keyClick(Qt.Key_Return);
        tryVerify(() => !Workspace.current.busy && kinds().length === 3, 15000);

        input().forceActiveFocus();
        keyClick(Qt.Key_Up);
        compare(input().text, "Original question");
        input().text = "Better question";
        testServer.queueAnswer([], ["Second answer."]);
        keyClick(Qt.Key_Return);
        tryVerify(() => !Workspace.current.busy && testServer.lastRequestBody().indexOf("Better question") >= 0, 15000,
                  "busy " + Workspace.current.busy + ", input " + input().text + ", status " + Workspace.current.statusText + ", last body " + testServer.lastRequestBody() + ", requests " + testServer.requestCount + ", open connections " + testServer.openConnections());
        compare(Workspace.current.conversation.count, 2);
        tryVerify(() => versionShownIn("userMessage") === "2/2", 15000, versionShownIn("userMessage"));
    }

    // A call that needs consent waits on its card: the arguments are shown whole and can be
    // edited, what does not fit the tool is said before it runs, and once allowed the
    // result goes back to the model and the card says how it went.
    function test_toolCallIsApprovedInline() {
        Workspace.tools.readOnlyPreApproved = false; // even the clock asks
        testServer.queueToolCall("call_t", "get_current_time", "{\"timezone\": \"UTC\"}");
        typeText("What time is it?");
        keyClick(Qt.Key_Return);
        tryVerify(() => Workspace.current.pendingApprovals.length === 1, 15000);
        tryVerify(() => visibleItems(transcript(), "approvalArguments", []).length === 1, 15000);
        const editor = visibleItems(transcript(), "approvalArguments", [])[0];
        compare(JSON.parse(editor.text).timezone, "UTC");
        const card = visibleItems(transcript(), "toolCallCard", [])[0];
        compare(findChild(card, "toolStatus").text, "Waiting for your approval");

        editor.text = "{\"timezone\": 5}";
        mouseClick(findChild(card, "allowOnceButton"));
        const problems = findChild(card, "argumentProblems");
        verify(problems.visible && problems.text.indexOf("type string") >= 0, problems.text);
        compare(Workspace.current.pendingApprovals.length, 1); // nothing ran

        editor.text = "{\"timezone\": \"Asia/Tokyo\"}";
        testServer.queueAnswer([], ["It is evening ", "in Tokyo."]);
        mouseClick(findChild(card, "allowOnceButton"));
        tryVerify(() => !Workspace.current.busy && kinds().length === 5, 15000);
        compare(kinds(), ["user", "toolCall", "footer", "paragraph", "footer"]);
        const body = testServer.lastRequestBody();
        verify(body.indexOf("\"tool_call_id\":\"call_t\"") >= 0, body);
        verify(body.indexOf("+09:00 (Asia/Tokyo") >= 0, body); // it ran with the edit
        const done = visibleItems(transcript(), "toolCallCard", [])[0];
        tryVerify(() => findChild(done, "toolStatus").text.startsWith("Done"), 5000);
        const run = transcript().model.data(transcript().model.index(1, 0), TranscriptModel.ToolRunRole);
        compare(run.approval, "Allowed once by you, with your changes to the arguments");
        Workspace.tools.readOnlyPreApproved = true;
    }

    function test_refreshModels() {
        testServer.queueJson("{\"data\":[{\"id\":\"fresh-model\"},{\"id\":\"test-model\"}]}");
        mouseClick(findChild(chat, "refreshModelsButton"));
        tryVerify(() => Workspace.models.indexOf("fresh-model") >= 0, 15000);
    }
}
