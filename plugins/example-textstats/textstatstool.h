#pragma once

#include <confabtoolplugin.h>

// text_stats: how long a text is, counted as people count (characters as seen on screen,
// words, sentences, lines) and as machines do (UTF-8 bytes).
class TextStatsTool : public ConfabPluginTool
{
public:
    struct Counts
    {
        qsizetype characters = 0; // user-perceived characters (grapheme clusters)
        qsizetype nonSpaceCharacters = 0;
        qsizetype words = 0;
        qsizetype sentences = 0;
        qsizetype lines = 0;
        qsizetype utf8Bytes = 0;
    };

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    Effect effect() const override { return Effect::ReadOnly; }
    void invoke(const QJsonObject &arguments, Done done) override;

    static Counts count(const QString &text);
};
