#include "protocol/ssedecoder.h"

#include <QTest>

// Feeds `stream` cut at the given positions and returns the data of every event.
static QList<QByteArray> decodeInPieces(const QByteArray &stream, const QList<qsizetype> &cuts,
                                        SseDecoder &decoder)
{
    QList<SseDecoder::Event> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        decoder.feed(QByteArrayView(stream).sliced(from, cut - from), events);
        from = cut;
    }
    decoder.feed(QByteArrayView(stream).sliced(from), events);
    decoder.finish(events);
    QList<QByteArray> data;
    for (const auto &event : events)
        data << event.data;
    return data;
}

static QList<QByteArray> decode(const QByteArray &stream)
{
    SseDecoder decoder;
    return decodeInPieces(stream, {}, decoder);
}

class TestSseDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("LF") << QByteArray("data: one\n\ndata: two\n\n");
        QTest::newRow("CRLF") << QByteArray("data: one\r\n\r\ndata: two\r\n\r\n");
        QTest::newRow("CR") << QByteArray("data: one\r\rdata: two\r\r");
        QTest::newRow("mixed") << QByteArray("data: one\r\n\ndata: two\r\r\n");
        QTest::newRow("no space") << QByteArray("data:one\n\ndata:two\n\n");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "data: one\n\ndata: two\n\n");
        QTest::newRow("comments") << QByteArray(": keep-alive\n\ndata: one\n\n: OPENROUTER "
                                                "PROCESSING\n\ndata: two\n\n");
        QTest::newRow("other fields") << QByteArray("event: message\nid: 7\nretry: 100\n"
                                                    "data: one\n\nfoo: bar\ndata: two\n\n");
    }

    // Every framing, cut at every position and fed one byte at a time, gives the same events.
    void lineEndings()
    {
        QFETCH(QByteArray, stream);
        const QList<QByteArray> expected {"one", "two"};
        QCOMPARE(decode(stream), expected);
        for (qsizetype cut = 1; cut < stream.size(); ++cut) {
            SseDecoder decoder;
            QCOMPARE(decodeInPieces(stream, {cut}, decoder), expected);
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte << i;
        SseDecoder decoder;
        QCOMPARE(decodeInPieces(stream, everyByte, decoder), expected);
    }

    void onlyOneSpaceIsDropped()
    {
        QCOMPARE(decode("data:  two spaces\n\n"), QList<QByteArray> {" two spaces"});
    }

    void multiLineDataIsJoinedWithNewline()
    {
        QCOMPARE(decode("data: {\"a\":\ndata: 1}\n\n"), QList<QByteArray> {"{\"a\":\n1}"});
    }

    void commentsAreCountedButNotEvents()
    {
        SseDecoder decoder;
        QList<SseDecoder::Event> events;
        QVERIFY(decoder.feed(": keep-alive\n: keep-alive\n\n", events));
        QVERIFY(events.isEmpty());
        QCOMPARE(decoder.commentCount(), 2);
    }

    void eventTypeAndIdAreKept()
    {
        SseDecoder decoder;
        QList<SseDecoder::Event> events;
        decoder.feed("event: error\nid: 42\ndata: x\n\ndata: y\n\n", events);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).type, QByteArray("error"));
        QCOMPARE(events.at(0).id, QByteArray("42"));
        QCOMPARE(events.at(1).type, QByteArray());
        QCOMPARE(events.at(1).id, QByteArray("42")); // the last id persists
    }

    void utf8SplitInsideCharacterIsReassembled()
    {
        const QByteArray text = QStringLiteral("data: 你好🙂\n\n").toUtf8();
        for (qsizetype cut = 1; cut < text.size(); ++cut) {
            SseDecoder decoder;
            const QList<QByteArray> data = decodeInPieces(text, {cut}, decoder);
            QCOMPARE(data.size(), 1);
            QCOMPARE(QString::fromUtf8(data.constFirst()), QStringLiteral("你好🙂"));
        }
    }

    void bomOnlyAtStart()
    {
        // A BOM split over reads is still dropped; a BOM later in the stream is data.
        SseDecoder decoder;
        QCOMPARE(decodeInPieces("\xEF\xBB\xBF"
                                "data: a\n\n",
                                {1, 2}, decoder),
                 QList<QByteArray> {"a"});
        QCOMPARE(decode("data: \xEF\xBB\xBF"
                        "a\n\n"),
                 QList<QByteArray> {"\xEF\xBB\xBF"
                                    "a"});
    }

    void crAtEndOfReadThenLf()
    {
        SseDecoder decoder;
        QList<SseDecoder::Event> events;
        decoder.feed("data: a\r", events);
        decoder.feed("\n\r", events);
        decoder.feed("\n", events);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().data, QByteArray("a"));
    }

    void unterminatedLastEventIsDeliveredOnFinish()
    {
        QCOMPARE(decode("data: one\n\ndata: last"), (QList<QByteArray> {"one", "last"}));
    }

    void lineLimitFailsCleanly()
    {
        SseDecoder decoder(64);
        QList<SseDecoder::Event> events;
        QVERIFY(decoder.feed("data: short\n\n", events));
        QVERIFY(!decoder.feed(QByteArray("data: " + QByteArray(100, 'x')), events));
        QVERIFY(decoder.hasError());
        QVERIFY(decoder.errorString().contains(QLatin1String("longer")));
        QCOMPARE(events.size(), 1); // what came before the bad line is kept
        QVERIFY(!decoder.feed("data: more\n\n", events));
    }

    void eventLimitCoversManyDataLines()
    {
        SseDecoder decoder(64);
        QList<SseDecoder::Event> events;
        QByteArray stream;
        for (int i = 0; i < 10; ++i)
            stream += "data: 0123456789\n";
        QVERIFY(!decoder.feed(stream, events));
        QVERIFY(decoder.errorString().contains(QLatin1String("event")));
    }

    void largeLineInManyPiecesIsLinear()
    {
        // A 4 MB line in 4 KB reads: the decoder must not rescan from the start each time.
        const QByteArray payload(4 * 1024 * 1024, 'a');
        const QByteArray stream = QByteArray("data: " + payload + "\n\n");
        SseDecoder decoder;
        QList<SseDecoder::Event> events;
        for (qsizetype at = 0; at < stream.size(); at += 4096)
            QVERIFY(decoder.feed(
                QByteArrayView(stream).sliced(at, std::min<qsizetype>(4096, stream.size() - at)),
                events));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().data.size(), payload.size());
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
