import QtQuick
import QtTest
import Confab
import Confab.Gui

// Each kind of transcript row on its own: it shows its text, sizes itself, and its
// controls work.
TestCase {
    id: testCase

    name: "Blocks"
    width: 700
    height: 500
    visible: true
    when: windowShown

    Component {
        id: markdownBlock
        MarkdownBlock {}
    }
    Component {
        id: codeBlock
        CodeBlock {}
    }
    Component {
        id: reasoningBlock
        ReasoningBlock {}
    }
    Component {
        id: ruleBlock
        RuleBlock {}
    }
    Component {
        id: toolCallCard
        ToolCallCard {}
    }
    Component {
        id: userMessage
        UserMessage {}
    }
    Component {
        id: answerFooter
        AnswerFooter {}
    }
    Component {
        id: rawMarkdown
        TextEdit {
            textFormat: TextEdit.MarkdownText
        }
    }

    function create(component, properties) {
        const item = createTemporaryObject(component, testCase, properties);
        verify(item, "created");
        item.width = 700;
        return item;
    }

    function test_markdownKinds_data() {
        return [
            { tag: "paragraph", kind: "paragraph", text: "Some **bold** and `code` and [a link](https://example.org).", shows: "Some bold and code and a link." },
            { tag: "heading", kind: "heading", text: "## A heading", shows: "A heading" },
            { tag: "list", kind: "list", text: "- one\n- two\n- [x] done", shows: "two" },
            { tag: "quote", kind: "quote", text: "> wise words", shows: "wise words" },
            { tag: "table", kind: "table", text: "| a | b |\n|---|---|\n| 1 | 2 |", shows: "1" }
        ];
    }

    function test_markdownKinds(data) {
        const block = create(markdownBlock, { kind: data.kind, text: data.text, cursor: false });
        const body = findChild(block, "blockText");
        verify(body.getText(0, body.length).indexOf(data.shows) >= 0, body.getText(0, body.length));
        verify(block.implicitHeight > 10);
        verify(body.getText(0, body.length).indexOf("▍") < 0);
    }

    function test_streamingCursor() {
        const block = create(markdownBlock, { kind: "paragraph", text: "Half a sent", cursor: true });
        const body = findChild(block, "blockText");
        verify(body.getText(0, body.length).endsWith("▍"));
        block.cursor = false;
        verify(!body.getText(0, body.length).endsWith("▍"));
    }

    function test_linkOnlyOpensWhenSafe() {
        verify(LinkOpener.isOpenable("https://example.org/a?b=c"));
        verify(LinkOpener.isOpenable("mailto:someone@example.org"));
        verify(!LinkOpener.isOpenable("file:///etc/passwd"));
        verify(!LinkOpener.isOpenable("javascript:alert(1)"));
        verify(!LinkOpener.isOpenable("confab-tool:run"));
    }

    function test_codeBlockCopies() {
        const block = create(codeBlock, { text: "int main() {\n    return 0;\n}", language: "cpp", cursor: false });
        const code = findChild(block, "codeText");
        compare(code.text, "int main() {\n    return 0;\n}");
        verify(code.font.family.length > 0);
        verify(block.implicitHeight > code.implicitHeight);
        Clipboard.copy("");
        const copy = findChild(block, "copyButton");
        mouseClick(copy);
        compare(Clipboard.text(), "int main() {\n    return 0;\n}");
        compare(copy.text, "Copied");
    }

    function test_reasoningBlock() {
        const block = create(reasoningBlock, { text: "First I **check** the input.", cursor: true });
        const body = findChild(block, "reasoningText");
        const shownText = body.getText(0, body.length);
        verify(shownText.indexOf("First I check the input.") >= 0, shownText);
        verify(shownText.endsWith("▍"));
        verify(block.implicitHeight > 10);
    }

    function test_rule() {
        const rule = create(ruleBlock, {});
        verify(rule.implicitHeight > 0);
    }

    function test_toolCallDone() {
        const card = create(toolCallCard, {
            title: "get_time",
            text: "{\n    \"tz\": \"UTC\"\n}",
            toolRun: { callId: "c1", status: "done", source: "builtin", effect: "read-only", approval: "Read-only", result: "12:00\nsecond line", durationMs: 42, ranArguments: "" }
        });
        verify(card.implicitHeight > 40);
        compare(findChild(card, "toolStatus").text, "Done · 42 ms");
        const result = findChild(card, "toolResult");
        verify(!result.visible); // folded until asked
        const toggle = findChild(card, "toolResultToggle");
        verify(toggle.visible);
        const folded = card.implicitHeight;
        mouseClick(toggle);
        verify(result.visible);
        compare(result.text, "12:00\nsecond line");
        tryVerify(() => card.implicitHeight > folded, 2000, "the card grows to show the result");
        verify(!findChild(card, "allowOnceButton").visible);
    }

    function test_toolCallStates_data() {
        return [
            { tag: "failed", status: "failed", durationMs: 1500, shown: "Failed · 1.5 s" },
            { tag: "denied", status: "denied", durationMs: -1, shown: "Denied" },
            { tag: "running", status: "running", durationMs: -1, shown: "Running…" },
            { tag: "cancelled", status: "cancelled", durationMs: -1, shown: "Cancelled" },
            { tag: "never ran", status: "none", durationMs: -1, shown: "Not run" },
        ];
    }
    function test_toolCallStates(data) {
        const card = create(toolCallCard, {
            title: "write_file",
            text: "{}",
            toolRun: { callId: "c2", status: data.status, source: "mcp_files", effect: "writes", approval: "", result: "", durationMs: data.durationMs, ranArguments: "" }
        });
        compare(findChild(card, "toolStatus").text, data.shown);
        verify(!findChild(card, "toolResultToggle").visible); // no result: nothing to open
    }

    function test_toolCallWaitingAsks() {
        const card = create(toolCallCard, {
            title: "write_file",
            text: "{\n    \"path\": \"notes.txt\"\n}",
            toolRun: { callId: "c3", status: "waiting", source: "mcp_files", effect: "writes", approval: "", result: "", durationMs: -1, ranArguments: "" }
        });
        compare(findChild(card, "toolStatus").text, "Waiting for your approval");
        const editor = findChild(card, "approvalArguments");
        verify(editor.visible);
        compare(editor.text, "{\n    \"path\": \"notes.txt\"\n}"); // whole, as it will run
        for (const name of ["allowOnceButton", "allowForChatButton", "alwaysAllowButton", "denyButton"])
            verify(findChild(card, name).visible, name);
    }

    function test_userMessageEdit() {
        const message = create(userMessage, { text: "What is Qt?", messageRow: 0, siblingIndex: 1, siblingCount: 2, attachments: [] });
        const switcher = findChild(message, "branchSwitcher");
        verify(switcher.visible);
        compare(findChild(switcher, "branchLabel").text, "2/2");
        verify(!message.editing);
        mouseClick(findChild(message, "editButton"));
        verify(message.editing);
        compare(findChild(message, "editor").text, "What is Qt?");
        verify(!switcher.visible);
        keyClick(Qt.Key_Escape);
        verify(!message.editing);
    }

    function test_footerShowsErrorAndRetry() {
        const footer = create(answerFooter, {
            text: "Partial", metadata: "test-model · 3 tokens", endNote: "Invalid API key (401)",
            state: "failed", live: false, cursor: false, canRetry: true, messageRow: 1,
            siblingIndex: 0, siblingCount: 1
        });
        verify(findChild(footer, "retryButton").visible);
        compare(findChild(footer, "endNote").text, "Invalid API key (401)");
        footer.canRetry = false;
        verify(!findChild(footer, "retryButton").visible);
    }

    // Even raw Markdown naming a remote image fetches nothing: the engine refuses it.
    function test_remoteImagesAreNeverFetched() {
        const before = testServer.requestCount;
        const refusedBefore = testServer.refusedRemoteRequests();
        ignoreWarning(/Protocol "confab-blocked" is unknown/);
        create(rawMarkdown, { text: "![pixel](" + testServer.baseUrl + "/pixel.png)" });
        wait(300);
        compare(testServer.requestCount, before);
        verify(testServer.refusedRemoteRequests() > refusedBefore);
    }
}
