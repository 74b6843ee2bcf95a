import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// A JSON answer: formatted lines that fold, Copy, the validity and schema indicators; the
// parameters panel's output format; and both together against the loopback server.
TestCase {
    id: testCase

    name: "JsonBlock"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: jsonBlock
        JsonBlock {}
    }
    Component {
        id: outputFormatField
        OutputFormatField {
            width: 360
            parameters: ParameterSet {
                session: Workspace.current
            }
        }
    }
    Component {
        id: parameterSet
        ParameterSet {
            session: Workspace.current
        }
    }
    Component {
        id: transcriptView
        TranscriptView {
            width: 800
            height: 600
            session: Workspace.current
        }
    }

    function create(component, properties) {
        const item = createTemporaryObject(component, testCase, properties);
        verify(item, "created");
        return item;
    }
    function createBlock(properties) {
        const block = create(jsonBlock, properties);
        block.width = 700; // its binding follows the ListView it is not in
        return block;
    }
    // The lines shown, as "depth|line".
    function linesOf(block) {
        const list = findChild(block, "jsonLines");
        const result = [];
        for (let row = 0; row < list.count; ++row) {
            const index = list.model.index(row, 0);
            result.push(list.model.data(index, JsonOutline.DepthRole) + "|" + list.model.data(index, JsonOutline.LineRole));
        }
        return result;
    }
    function kindsOf(view) {
        const result = [];
        for (let row = 0; row < view.model.rowCount(); ++row)
            result.push(view.model.data(view.model.index(row, 0), TranscriptModel.KindRole));
        return result;
    }
    function foldArrow(block, row) {
        const list = findChild(block, "jsonLines");
        list.positionViewAtIndex(row, ListView.Contain);
        return findChild(list.itemAtIndex(row), "jsonFold");
    }

    function init() {
        Workspace.newConversation();
    }

    function test_foldsAndUnfolds() {
        const block = createBlock({ text: '{"city": "Oslo", "days": [1, 2], "ok": true}', schema: {} });
        compare(findChild(block, "jsonStatus").text, "✓ valid JSON");
        verify(!findChild(block, "jsonSchemaStatus").visible);
        verify(findChild(block, "jsonLines").visible);
        verify(!findChild(block, "jsonRaw").visible);
        compare(linesOf(block), ["0|{", "1|\"city\": \"Oslo\",", "1|\"days\": [", "2|1,", "2|2", "1|],", "1|\"ok\": true", "0|}"]);
        const tallBefore = block.implicitHeight;

        const arrow = foldArrow(block, 2);
        verify(arrow.visible);
        compare(arrow.text, "▾");
        mouseClick(arrow);
        compare(linesOf(block), ["0|{", "1|\"city\": \"Oslo\",", "1|\"days\": […],", "1|\"ok\": true", "0|}"]);
        compare(foldArrow(block, 2).text, "▸");
        tryVerify(() => block.implicitHeight < tallBefore, 2000, "the block shrinks");
        verify(!foldArrow(block, 1).visible); // a string does not fold

        mouseClick(foldArrow(block, 2));
        compare(linesOf(block).length, 8);

        Clipboard.copy("");
        mouseClick(findChild(block, "copyButton"));
        compare(Clipboard.text(), '{\n  "city": "Oslo",\n  "days": [\n    1,\n    2\n  ],\n  "ok": true\n}');
    }

    function test_invalidJsonSaysWhere() {
        const block = createBlock({ text: '{"city": "Oslo",', schema: { type: "object" } });
        compare(findChild(block, "jsonStatus").text, "✗ invalid at character 16: unterminated object");
        verify(!findChild(block, "jsonLines").visible);
        const raw = findChild(block, "jsonRaw");
        verify(raw.visible);
        compare(raw.text, '{"city": "Oslo",');
        verify(!findChild(block, "jsonSchemaStatus").visible);
    }

    function test_schemaIndicator() {
        const block = createBlock({
            text: '{"city": "Oslo"}',
            schema: { type: "object", required: ["city", "celsius"], properties: { city: { type: "string" } } }
        });
        const status = findChild(block, "jsonSchemaStatus");
        verify(status.visible);
        compare(status.text, "✗ does not match the schema: \"celsius\" is required.");
        block.schema = { type: "object", properties: { city: { type: "string" } } };
        compare(status.text, "✓ matches the schema");
    }

    function test_outputFormatChoice() {
        const field = create(outputFormatField, {});
        const box = findChild(field, "outputFormat");
        const schemaArea = findChild(field, "outputSchema");
        compare(box.currentIndex, 0);
        compare(box.displayText, "Text");
        verify(!schemaArea.visible);

        box.forceActiveFocus();
        keyClick(Qt.Key_Down);
        compare(box.displayText, "JSON object");
        compare(field.parameters.outputFormat, "json_object");
        compare(JSON.stringify(field.parameters.responseFormat), '{"type":"json_object"}');

        // JSON schema with nothing pasted yet: chosen, but nothing applied until it is valid.
        keyClick(Qt.Key_Down);
        compare(box.currentIndex, 2);
        verify(schemaArea.visible);
        compare(field.parameters.outputFormat, "json_object");
        const error = findChild(field, "outputFormatError");
        verify(error.visible);
        compare(error.text, "Paste a JSON Schema, such as {\"type\": \"object\", \"properties\": {…}}.");

        schemaArea.forceActiveFocus();
        schemaArea.text = '{"title": "City", "type": "object",}';
        box.forceActiveFocus(); // leaving the field applies it
        verify(error.visible);
        compare(error.text, "The schema is not valid JSON: object is missing after a comma at character 36.");
        compare(field.parameters.outputFormat, "json_object");
        compare(box.currentIndex, 2);

        schemaArea.forceActiveFocus();
        schemaArea.text = '{"title": "City", "type": "object"}';
        box.forceActiveFocus();
        verify(!error.visible);
        compare(field.parameters.outputFormat, "json_schema");
        compare(JSON.stringify(field.parameters.responseFormat),
                '{"json_schema":{"name":"City","schema":{"title":"City","type":"object"},"strict":true},"type":"json_schema"}');
        compare(findChild(field, "outputSchemaName").text, "Sent as \"City\", strict.");

        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        compare(box.currentIndex, 0);
        compare(field.parameters.outputFormat, "text");
        compare(JSON.stringify(field.parameters.responseFormat), "{}");
    }

    // Asked for with a schema: the request carries it, and the answer shows as JSON, checked.
    function test_jsonAnswerInTheTranscript() {
        const parameters = create(parameterSet, {});
        compare(parameters.setOutputFormat("json_schema", '{"type": "object", "required": ["city"]}'), "");
        const view = create(transcriptView, {});
        testServer.queueAnswer([], ['{"ci', 'ty": "Os', 'lo"}'], "stop", 10);
        verify(Workspace.current.send("Weather?"));
        tryVerify(() => kindsOf(view).indexOf("json") >= 0, 5000, "a JSON row");
        compare(kindsOf(view), ["user", "json", "footer"]);
        compare(JSON.stringify(JSON.parse(testServer.lastRequestBody()).response_format),
                '{"json_schema":{"name":"answer","schema":{"required":["city"],"type":"object"},"strict":true},"type":"json_schema"}');
        view.positionViewAtIndex(1, ListView.Contain);
        const block = view.itemAtIndex(1);
        compare(findChild(block, "jsonStatus").text, "✓ valid JSON");
        compare(findChild(block, "jsonSchemaStatus").text, "✓ matches the schema");
        compare(linesOf(block), ["0|{", "1|\"city\": \"Oslo\"", "0|}"]);

        // Without JSON asked for, the schema goes; the answer is still JSON.
        compare(parameters.setOutputFormat("text"), "");
        tryVerify(() => !findChild(view.itemAtIndex(1), "jsonSchemaStatus").visible, 2000);
        compare(kindsOf(view), ["user", "json", "footer"]);
    }
}
