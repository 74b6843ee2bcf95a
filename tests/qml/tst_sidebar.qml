import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core

// The sidebar on the workspace's history: a conversation appears under Today with the title
// of its first question, is renamed in place, found by a search that opens it, archived,
// and deleted with Undo.
TestCase {
    id: testCase

    name: "Sidebar"
    width: 320
    height: 700
    visible: true
    when: windowShown

    Sidebar {
        id: sidebar
        anchors.fill: parent
    }

    function list() {
        return findChild(sidebar, "conversationList");
    }
    // The delegate showing a conversation, or null when it is not in the list.
    function rowOf(conversationId) {
        const view = list();
        view.forceLayout();
        for (let i = 0; i < view.count; ++i) {
            view.positionViewAtIndex(i, ListView.Contain);
            const item = view.itemAtIndex(i);
            if (item && item.conversationId === conversationId)
                return item;
        }
        return null;
    }
    function sidebarRowOf(conversationId) {
        const model = Workspace.sidebarConversations;
        for (let i = 0; i < model.rowCount(); ++i)
            if (model.data(model.index(i, 0), ConversationList.IdRole) === conversationId)
                return i;
        return -1;
    }
    function ask(question, answer) {
        Workspace.newConversation();
        testServer.queueAnswer([], [answer], "stop", 0);
        verify(Workspace.current.send(question));
        tryCompare(Workspace.current, "busy", false, 10000);
        return Workspace.current.id;
    }
    function typeInto(field, text) {
        field.forceActiveFocus();
        field.selectAll();
        keyClick(Qt.Key_Delete);
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function cleanup() {
        findChild(sidebar, "searchField").text = "";
        Workspace.showArchived = false;
    }

    function test_aConversationIsListedUnderTodayWithItsQuestion() {
        const id = ask("Whales are the largest animals\nsecond line", "Blue whales, yes.");
        const row = rowOf(id);
        verify(row);
        compare(row.title, "Whales are the largest animals");
        verify(row.highlighted); // the one on screen
        const model = Workspace.sidebarConversations;
        compare(model.data(model.index(sidebarRowOf(id), 0), ConversationList.GroupRole), "Today");
    }

    function test_renameInPlace() {
        const id = ask("Name me", "Done.");
        const row = rowOf(id);
        row.startRenaming();
        const field = findChild(row, "nameField");
        verify(field && field.visible && field.activeFocus);
        compare(field.text, "Name me");
        typeInto(field, "Better name");
        keyClick(Qt.Key_Return);
        tryVerify(() => rowOf(id) && rowOf(id).title === "Better name");
        verify(!findChild(rowOf(id), "nameField")); // made only while renaming
    }

    function test_searchFindsTheAnswerAndOpensIt() {
        const id = ask("Tell me about okapis", "Okapis are giraffids from the Congo.");
        Workspace.newConversation(); // somewhere else
        typeInto(findChild(sidebar, "searchField"), "giraffids");
        const hits = findChild(sidebar, "searchResults");
        tryVerify(() => hits.visible && hits.count === 1, 3000);
        verify(!list().visible);
        const hit = hits.itemAtIndex(0);
        compare(hit.conversationId, id);
        verify(hit.snippet.indexOf("<b>giraffids</b>") >= 0, hit.snippet);
        mouseClick(hit);
        compare(Workspace.current.id, id);
    }

    function test_theMenuActsOnItsRow() {
        const id = ask("Pin me from the menu", "Ok.");
        const row = rowOf(id);
        mouseClick(row, row.width / 2, row.height / 2, Qt.RightButton);
        const menu = findChild(sidebar, "conversationMenu");
        tryVerify(() => menu.opened);
        compare(menu.row, row);
        menu.itemAt(1).triggered(); // Pin to top
        const model = Workspace.sidebarConversations;
        compare(model.data(model.index(sidebarRowOf(id), 0), ConversationList.PinnedRole), true);
        menu.close();
        Workspace.setPinned(id, false);
    }

    function test_archiveAndBack() {
        const id = ask("Put me away", "Ok.");
        Workspace.setArchived(id, true);
        verify(!rowOf(id));
        mouseClick(findChild(sidebar, "archiveToggle"));
        verify(Workspace.showArchived);
        verify(rowOf(id));
        Workspace.setArchived(id, false);
        mouseClick(findChild(sidebar, "archiveToggle"));
        verify(rowOf(id));
    }

    function test_deleteThenUndo() {
        const id = ask("Delete me", "Ok.");
        list().forceActiveFocus();
        list().currentIndex = sidebarRowOf(id);
        keyClick(Qt.Key_Delete);
        verify(!rowOf(id));
        const undo = findChild(sidebar, "undoButton");
        tryVerify(() => undo.visible);
        compare(Workspace.undoableDeletion, "Delete me");
        mouseClick(undo);
        verify(rowOf(id));
        verify(!undo.visible);
        compare(Workspace.current.id, id);
    }

    // A comparison is one row (its columns are conversations of the history): marked, and
    // clicking it brings the comparison back; renaming it renames every column.
    function test_aComparisonIsOneRow() {
        const rowsBefore = Workspace.sidebarConversations.rowCount();
        const comparison = Workspace.comparisons.start(["test-model", "other-model"]);
        verify(comparison !== null);
        testServer.queueAnswer([], ["Left."], "stop", 0);
        testServer.queueAnswer([], ["Right."], "stop", 0);
        verify(comparison.send("Compare me"));
        tryVerify(() => !comparison.busy, 10000);
        const id = comparison.id;
        const lead = comparison.columnList[0].session.id;
        tryVerify(() => Workspace.sidebarConversations.rowCount() === rowsBefore + 1);
        const row = rowOf(lead) || rowOf(comparison.columnList[1].session.id);
        verify(row, "the comparison's row");
        compare(row.comparison, id);
        compare(row.comparisonSize, 2);
        verify(findChild(row, "comparisonMark").visible);
        verify(row.highlighted);
        Workspace.comparisons.close();
        verify(!row.highlighted);
        mouseClick(row);
        verify(Workspace.comparisons.current !== null);
        compare(Workspace.comparisons.current.id, id);
        compare(Workspace.comparisons.current.columnList[1].session.conversation.count, 2);
        Workspace.renameConversation(row.conversationId, "Left or right");
        compare(Workspace.comparisons.current.columnList[0].session.id === lead ? row.title : "", "Left or right");
        Workspace.comparisons.close();
        Workspace.deleteConversation(row.conversationId);
        compare(Workspace.sidebarConversations.rowCount(), rowsBefore);
    }

    // About, from the sidebar's menu: the version, Qt's, and the licences.
    function test_about() {
        const about = findChild(sidebar, "aboutDialog");
        verify(about);
        findChild(sidebar, "aboutMenuItem").triggered();
        tryVerify(() => about.opened);
        compare(findChild(about, "qtVersion").text.length > 0, true);
        const components = findChild(about, "components");
        verify(components.count >= 4, components.count);
        compare(components.itemAt(0).text, "Confab — GPL-3.0-or-later");
        about.close();
        tryVerify(() => !about.visible);
    }
}
