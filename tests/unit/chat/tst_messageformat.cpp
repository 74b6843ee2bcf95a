#include "chat/message.h"
#include "chat/messageformat.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void durations()
    {
        QCOMPARE(MessageFormat::duration(420), u"0.4 s"_s);
        QCOMPARE(MessageFormat::duration(12'300), u"12 s"_s);
        QCOMPARE(MessageFormat::duration(125'000), u"2 min 5 s"_s);
        QCOMPARE(MessageFormat::duration(-5), u"0.0 s"_s);
    }

    void metadataLine()
    {
        Message message = Message::create(Message::Role::Assistant, u"Hi"_s);
        QCOMPARE(MessageFormat::metadataLine(message), QString());
        message.model = u"deepseek-chat"_s;
        message.usage.completionTokens = 1234;
        message.timings.sentAt = 1'000;
        message.timings.firstTokenAt = 1'400;
        message.timings.finishedAt = 3'400;
        QCOMPARE(MessageFormat::metadataLine(message),
                 u"deepseek-chat · 1,234 tokens · first token 0.4 s · 617 tokens/s"_s);
    }

    void endNotes()
    {
        Message message = Message::create(Message::Role::Assistant, u"Hi"_s);
        message.finishReason = u"stop"_s;
        QCOMPARE(MessageFormat::endNote(message), QString());
        message.finishReason = u"length"_s;
        QCOMPARE(MessageFormat::endNote(message), u"Cut off: max tokens"_s);
        message.finishReason = u"content_filter"_s;
        QCOMPARE(MessageFormat::endNote(message), u"Stopped by the provider's content filter"_s);
        message.finishReason = u"something_new"_s;
        QCOMPARE(MessageFormat::endNote(message), u"Finished: something_new"_s);
        message.state = Message::State::Failed;
        message.error.message = u"Invalid API key (401)"_s;
        QCOMPARE(MessageFormat::endNote(message), u"Invalid API key (401)"_s);
        message.state = Message::State::Streaming;
        QCOMPARE(MessageFormat::endNote(message), QString());
    }

    void quoteMarkers()
    {
        QCOMPARE(MessageFormat::withoutQuoteMarkers(u"> one\n>two\n  > > nested"_s),
                 u"one\ntwo\n> nested"_s);
        QCOMPARE(MessageFormat::withoutQuoteMarkers(u"no marker"_s), u"no marker"_s);
    }

    void nothingRemoteRenders()
    {
        QCOMPARE(MessageFormat::withoutRemoteContent(u"See ![chart](https://x.test/c.png) now"_s),
                 u"See [Image: chart](https://x.test/c.png) now"_s);
        QCOMPARE(MessageFormat::withoutRemoteContent(u"<img src=\"https://x.test/a.png\">"_s),
                 u"&lt;img src=\"https://x.test/a.png\">"_s);
        QCOMPARE(MessageFormat::withoutRemoteContent(u"a [link](https://x.test) stays"_s),
                 u"a [link](https://x.test) stays"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageFormat)
#include "tst_messageformat.moc"
