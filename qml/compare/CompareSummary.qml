pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core

// Differences at a glance: a comparison's columns ordered by the metric the person picks,
// best first; what is not known yet goes last.
Pane {
    id: summary

    objectName: "compareSummary"
    required property CompareSession comparison

    padding: 6

    function text(metrics: answerMetrics, key: string): string {
        switch (key) {
        case "firstToken":
            return metrics.timeToFirstTokenText;
        case "speed":
            return metrics.speedText;
        case "tokens":
            return metrics.tokensText;
        case "duration":
            return metrics.durationText;
        case "cost":
            return metrics.costText;
        }
        return "";
    }
    // Best first; what is not known yet goes last.
    function ranking(): list<string> {
        const key = sortBy.currentValue;
        const entries = [];
        for (let i = 0; i < summary.comparison.count; ++i) {
            const column = summary.comparison.columnList[i];
            const metrics = column.metrics;
            entries.push({
                "name": summary.comparison.blind ? qsTr("Model %1").arg(column.letter) : column.session.model,
                "value": metrics.rankValue(key),
                "text": text(metrics, key)
            });
        }
        entries.sort((a, b) => a.value - b.value);
        return entries.map((e, i) => (i + 1) + ". " + e.name + (e.text.length > 0 ? " (" + e.text + ")" : ""));
    }

    RowLayout {
        width: parent.width

        Label {
            text: qsTr("Best by")
        }
        ComboBox {
            id: sortBy

            objectName: "summarySort"
            textRole: "text"
            valueRole: "key"
            model: [
                { "key": "firstToken", "text": qsTr("first token") },
                { "key": "speed", "text": qsTr("speed") },
                { "key": "tokens", "text": qsTr("fewest tokens") },
                { "key": "duration", "text": qsTr("duration") },
                { "key": "cost", "text": qsTr("cost") }
            ]
            Accessible.name: qsTr("Order the models by")
        }
        Label {
            objectName: "summaryRanking"
            // Re-read when any column's numbers move.
            text: {
                for (let i = 0; i < summary.comparison.count; ++i)
                    void summary.comparison.columnList[i].metrics;
                return summary.ranking().join("   ");
            }
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
