import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core

// The comparison on screen: one prompt goes to every column, each streams its own
// answer, blind mode hides the model names, and "Back to chat" ends it.
TestCase {
    id: testCase

    name: "CompareView"
    width: 1200
    height: 700
    visible: true
    when: windowShown

    Loader {
        id: loader

        anchors.fill: parent
        active: Workspace.comparisons.current !== null
        sourceComponent: CompareView {
            comparison: Workspace.comparisons.current
        }
    }

    function visibleItems(item, objectName, found) {
        if (!item || !item.visible)
            return found;
        if (item.objectName === objectName)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            visibleItems(item.children[i], objectName, found);
        return found;
    }

    function cleanup() {
        Workspace.comparisons.close();
        tryVerify(() => Workspace.comparisons.current === null);
    }

    function test_aNewComparisonNeedsTwoModels() {
        compare(Workspace.comparisons.start(["only-one"]), null);
        compare(Workspace.comparisons.start(["", " "]), null);
        compare(Workspace.comparisons.current, null);
    }

    function test_onePromptEveryColumn() {
        const comparison = Workspace.comparisons.start(["test-model", "other-model"]);
        verify(comparison !== null);
        compare(comparison.count, 2);
        tryVerify(() => loader.item !== null);
        tryVerify(() => visibleItems(loader.item, "compareColumn", []).length === 2);
        const titles = visibleItems(loader.item, "columnTitle", []);
        compare(titles.map(t => t.text).sort(), ["other-model", "test-model"]);

        const before = testServer.requestCount;
        testServer.queueAnswer([], ["First ", "column."]);
        testServer.queueAnswer([], ["Second ", "column."]);
        const input = findChild(loader.item, "compareInput");
        input.forceActiveFocus();
        input.text = "Same question for both";
        keyClick(Qt.Key_Return);
        tryCompare(testServer, "requestCount", before + 2);
        tryVerify(() => !comparison.busy, 15000);
        compare(input.text, "");
        for (let i = 0; i < comparison.count; ++i) {
            const rows = comparison.columnList[i].session.conversation;
            compare(rows.count, 2);
        }
        verify(testServer.lastRequestBody().indexOf("Same question for both") >= 0);
        // Each column says how its answer did; the summary orders them.
        for (const metrics of visibleItems(loader.item, "columnMetrics", []))
            verify(metrics.text.indexOf("stop") >= 0 && metrics.text.indexOf("tokens") >= 0, metrics.text);
        const ranking = findChild(loader.item, "summaryRanking").text;
        verify(ranking.indexOf("1. ") === 0 && ranking.indexOf("2. ") > 0, ranking);

        // Blind: the columns are letters until the person votes.
        comparison.blind = true;
        const blind = visibleItems(loader.item, "columnTitle", []).map(t => t.text);
        compare(blind, ["Model A", "Model B"]);

        // The person picks the best answer: it is marked, the names come back, and the
        // leaderboard counts the vote.
        const votesBefore = Workspace.comparisons.leaderboard.voteCount;
        const best = visibleItems(loader.item, "voteButton", []);
        compare(best.length, 2);
        mouseClick(best[1]);
        compare(comparison.pick, 1);
        compare(comparison.blind, false);
        compare(visibleItems(loader.item, "pickedLabel", []).length, 1);
        compare(visibleItems(loader.item, "voteButton", []).length, 0);
        Workspace.comparisons.refreshLeaderboard();
        compare(Workspace.comparisons.leaderboard.voteCount, votesBefore + 1);
        verify(Workspace.comparisons.leaderboard.count >= 1); // both answers came from test-model here

        mouseClick(findChild(loader.item, "closeComparisonButton"));
        tryVerify(() => Workspace.comparisons.current === null);
    }

    // A follow-up to one column only, then "Continue" turns that column into a normal
    // conversation with its history.
    function test_followUpAndContinue() {
        const comparison = Workspace.comparisons.start(["test-model", "other-model"]);
        verify(comparison !== null);
        tryVerify(() => loader.item !== null);
        testServer.queueAnswer([], ["One."]);
        testServer.queueAnswer([], ["Two."]);
        verify(comparison.send("First question"));
        tryVerify(() => !comparison.busy, 15000);

        const before = testServer.requestCount;
        const target = findChild(loader.item, "sendTarget");
        target.currentIndex = 2; // the second column only
        const input = findChild(loader.item, "compareInput");
        input.forceActiveFocus();
        input.text = "Only for the second";
        testServer.queueAnswer([], ["Just me."]);
        keyClick(Qt.Key_Return);
        tryCompare(testServer, "requestCount", before + 1);
        tryVerify(() => !comparison.busy, 15000);
        compare(comparison.columnList[0].session.conversation.count, 2);
        compare(comparison.columnList[1].session.conversation.count, 4);

        const model = comparison.columnList[1].session.model;
        const continueButtons = visibleItems(loader.item, "continueButton", []);
        compare(continueButtons.length, 2);
        continueButtons[1].clicked();
        tryVerify(() => Workspace.comparisons.current === null);
        compare(Workspace.current.conversation.count, 4);
        compare(Workspace.current.model, model);
    }

    // With "Scroll together", scrolling one column takes the others to the same place.
    function test_scrollTogether() {
        const comparison = Workspace.comparisons.start(["test-model", "other-model"]);
        verify(comparison !== null);
        tryVerify(() => loader.item !== null);
        const paragraphs = [];
        for (let i = 0; i < 60; ++i)
            paragraphs.push("Paragraph " + i + " of a long answer.\n\n");
        testServer.queueAnswer([], paragraphs);
        testServer.queueAnswer([], paragraphs);
        verify(comparison.send("Something long"));
        tryVerify(() => !comparison.busy, 15000);
        const transcripts = visibleItems(loader.item, "transcriptView", []);
        compare(transcripts.length, 2);
        for (const transcript of transcripts)
            tryVerify(() => transcript.contentHeight > 2 * transcript.height && transcript.atYEnd);

        // Off: each column on its own.
        mouseWheel(transcripts[0], 50, 50, 0, 240);
        tryVerify(() => transcripts[0].scrollFraction < 0.9 && !transcripts[0].moving);
        verify(!transcripts[0].following);
        wait(200);
        verify(transcripts[1].atYEnd);

        // On: the other follows to about the same place.
        const toggle = findChild(loader.item, "scrollTogetherSwitch");
        mouseClick(toggle);
        verify(toggle.checked);
        const before = transcripts[0].scrollFraction;
        mouseWheel(transcripts[0], 50, 50, 0, 240);
        tryVerify(() => !transcripts[0].moving && transcripts[0].scrollFraction < before);
        tryVerify(() => Math.abs(transcripts[1].scrollFraction - transcripts[0].scrollFraction) < 0.05);
        verify(transcripts[1].scrollFraction < 0.9);
        // Back down to the end: both follow their answers again.
        mouseWheel(transcripts[0], 50, 50, 0, -24000);
        tryVerify(() => transcripts[0].atYEnd && !transcripts[0].moving);
        tryVerify(() => transcripts[1].atYEnd);
        verify(transcripts[1].following);
    }
}
