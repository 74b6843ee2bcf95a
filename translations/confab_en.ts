<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerMetrics</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message numerus="yes">
        <source>(%1 of the %n answers asked for arrived.)</source>
        <translation>
            <numerusform>(%1 of the %n answer asked for arrived.)</numerusform>
            <numerusform>(%1 of the %n answers asked for arrived.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPresentation</name>
    <message numerus="yes">
        <source>%Ln line(s) · %1</source>
        <translation>
            <numerusform>%Ln line · %1</numerusform>
            <numerusform>%Ln lines · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Comparing %n model(s)</source>
        <translation>
            <numerusform>Comparing %n model</numerusform>
            <numerusform>Comparing %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation>
            <numerusform>Comparison of %n model</numerusform>
            <numerusform>Comparison of %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message numerus="yes">
        <source>Comparison of %n model(s): </source>
        <translation>
            <numerusform>Comparison of %n model: </numerusform>
            <numerusform>Comparison of %n models: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation>
            <numerusform>Comparison of %n model</numerusform>
            <numerusform>Comparison of %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message numerus="yes">
        <source>The winner of a vote must be one of its %n answers, or a tie.</source>
        <translation>
            <numerusform>The winner of a vote must be its one answer, or a tie.</numerusform>
            <numerusform>The winner of a vote must be one of its %n answers, or a tie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s), then stopped: %1</source>
        <translation>
            <numerusform>Imported %n conversation, then stopped: %1</numerusform>
            <numerusform>Imported %n conversations, then stopped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already existed and came in as copies.</source>
        <translation>
            <numerusform>%n of them already existed and came in as a copy.</numerusform>
            <numerusform>%n of them already existed and came in as copies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message numerus="yes">
        <source>no results yet, %n vote(s)</source>
        <translation>
            <numerusform>no results yet, %n vote</numerusform>
            <numerusform>no results yet, %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n vote(s)</source>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n vote</numerusform>
            <numerusform>%1 % (%2–%3 %), %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message numerus="yes">
        <source>Ready: %n tool(s)</source>
        <translation>
            <numerusform>Ready: %n tool</numerusform>
            <numerusform>Ready: %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be offered: names taken or too long)</source>
        <translation>
            <numerusform>(%n more could not be offered: names taken or too long)</numerusform>
            <numerusform>(%n more could not be offered: names taken or too long)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>(restarted %n time)</numerusform>
            <numerusform>(restarted %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFormat</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message numerus="yes">
        <source>Connected: %n models.</source>
        <translation>
            <numerusform>Connected: %n model.</numerusform>
            <numerusform>Connected: %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>↑ Show %n earlier message(s)</source>
        <translation>
            <numerusform>↑ Show %n earlier message</numerusform>
            <numerusform>↑ Show %n earlier messages</numerusform>
        </translation>
    </message>
</context>
</TS>
