import QtQuick
import QtTest
import Confab

// The reasoning panel is open while the model thinks, folds when the answer starts,
// and a click opens it again.
TestCase {
    id: testCase

    name: "ReasoningPanel"
    width: 600
    height: 400
    visible: true
    when: windowShown

    Component {
        id: panelComponent
        ReasoningPanel {}
    }

    function test_opensFoldsReopens() {
        const panel = createTemporaryObject(panelComponent, testCase, {
            text: "Let me think about this.", title: "Thinking…", thinking: true, width: 600
        });
        verify(panel.expanded);
        const body = findChild(panel, "reasoningText");
        verify(body.visible);
        compare(body.text, "Let me think about this.");

        panel.text = "Let me think about this. More.";
        compare(body.text, "Let me think about this. More.");

        // The answer starts: it folds by itself.
        panel.thinking = false;
        panel.title = "Thought for 12 s";
        verify(!panel.expanded);
        verify(!body.visible);
        const toggle = findChild(panel, "reasoningToggle");
        verify(toggle.text.indexOf("Thought for 12 s") >= 0);

        mouseClick(toggle);
        verify(panel.expanded);
        verify(body.visible);
        mouseClick(toggle);
        verify(!panel.expanded);
    }
}
