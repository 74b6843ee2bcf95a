#include "loopbackserver.h"
#include "tools/fetchurltool.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

using namespace Qt::StringLiterals;

// fetch_url against the loopback server: text comes back, anything else is refused in
// words, and only http(s) addresses are fetched.
class TestFetchUrlTool : public QObject
{
    Q_OBJECT

private:
    ToolOutput fetch(const QString &url)
    {
        ToolOutput output {u"(no answer)"_s, true};
        int answers = 0;
        m_tool->invoke({{u"url"_s, url}}, [&](const ToolOutput &result) {
            output = result;
            ++answers;
        });
        if (!QTest::qWaitFor([&] { return answers > 0; }, 10000))
            return {u"(timed out in the test)"_s, true};
        QTest::qWait(20); // a second answer would show now
        return answers == 1 ? output : ToolOutput {u"answered %1 times"_s.arg(answers), true};
    }
    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.port()).arg(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_tool = std::make_unique<FetchUrlTool>(&m_network);
        QCOMPARE(m_tool->effect(), ToolEffect::Network); // never run without consent
    }

    void textComesBack()
    {
        m_server.enqueue(
            ScriptedResponse::text(200, "text/html; charset=utf-8", "<h1>Hello 東京</h1>"));
        QCOMPARE(fetch(url(u"/page"_s)).text, u"<h1>Hello 東京</h1>"_s);
        m_server.enqueue(ScriptedResponse::json(200, R"({"ok": true})"));
        QCOMPARE(fetch(url(u"/api"_s)).text, u"{\"ok\": true}"_s);
        QCOMPARE(m_server.requests().constLast().method, QByteArray("GET"));
        QVERIFY(!m_server.requests().constLast().headers.contains("authorization"));
        QVERIFY(!m_server.requests().constLast().headers.contains("cookie"));
    }

    // Stopped mid-download: the connection closes and no answer comes.
    void stopEndsTheDownload()
    {
        ScriptedResponse stalled = ScriptedResponse::text(200, "text/plain", "part of it");
        stalled.chunked = true; // no length: the body could go on
        stalled.ending = ScriptedResponse::Ending::Stall;
        m_server.enqueue(stalled);
        // A manager of its own, without the idle connections of the other tests.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        FetchUrlTool tool(&network);
        const int idle = m_server.openConnections();
        int answers = 0;
        const Tool::Cancel cancel
            = tool.start({{u"url"_s, url(u"/slow"_s)}}, [&](const ToolOutput &) { ++answers; });
        QVERIFY(cancel);
        QTRY_COMPARE(m_server.openConnections(), idle + 1);
        QTest::qWait(50);
        cancel();
        QTRY_COMPARE(m_server.openConnections(), idle);
        QTest::qWait(50);
        QCOMPARE(answers, 0);
    }

    void redirectsAreFollowed()
    {
        ScriptedResponse moved;
        moved.status = 302;
        moved.headers = {{"Location", url(u"/new"_s).toUtf8()}};
        moved.chunked = false;
        moved.pieces = {QByteArray()};
        m_server.enqueue(moved);
        m_server.enqueue(ScriptedResponse::text(200, "text/plain", "moved here"));
        QCOMPARE(fetch(url(u"/old"_s)).text, u"moved here"_s);
    }

    void whatIsNotTextIsRefused()
    {
        m_server.enqueue(ScriptedResponse::text(200, "image/png", QByteArray("\x89PNG", 4)));
        ToolOutput output = fetch(url(u"/cat.png"_s));
        QVERIFY(output.isError);
        QVERIFY2(output.text.contains(u"image/png, not text"_s), qPrintable(output.text));

        m_server.enqueue(ScriptedResponse::text(200, "text/plain",
                                                QByteArray(FetchUrlTool::maxBytes + 1000, 'x')));
        output = fetch(url(u"/huge"_s));
        QVERIFY(output.isError);
        QVERIFY2(output.text.contains(u"larger than"_s), qPrintable(output.text));
    }

    void errorsAreWords()
    {
        m_server.enqueue(ScriptedResponse::text(404, "text/plain", "no such page"));
        ToolOutput output = fetch(url(u"/missing"_s));
        QVERIFY(output.isError);
        QVERIFY2(output.text.contains(u"HTTP 404"_s) && output.text.contains(u"no such page"_s),
                 qPrintable(output.text));
        output = fetch(u"http://127.0.0.1:1/"_s); // nothing listens there
        QVERIFY(output.isError);
        QVERIFY2(output.text.startsWith(u"Could not fetch"_s), qPrintable(output.text));
        for (const QString &bad :
             {u"file:///etc/passwd"_s, u"ftp://example.org/"_s, u"not a url"_s, QString()}) {
            output = fetch(bad);
            QVERIFY(output.isError);
            QVERIFY2(output.text.contains(u"http or https"_s), qPrintable(output.text));
        }
    }

private:
    LoopbackServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<FetchUrlTool> m_tool;
};

QTEST_GUILESS_MAIN(TestFetchUrlTool)
#include "tst_fetchurltool.moc"
