#pragma once

#include <confabtoolplugin.h>

// count_occurrences: how many times a piece of text occurs in a text ("how many r in
// strawberry"), optionally as a whole word or matching case.
class CountOccurrencesTool : public ConfabPluginTool
{
public:
    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    Effect effect() const override { return Effect::ReadOnly; }
    void invoke(const QJsonObject &arguments, Done done) override;

    // Non-overlapping occurrences, from the start.
    static qsizetype count(const QString &text, const QString &piece, bool matchCase,
                           bool wholeWords);
};
