#include "chat/messagetree.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Message child(const QString &parentId, Message::Role role, const QString &content)
{
    Message message = Message::create(role, content);
    message.parentId = parentId;
    return message;
}

Message question(const QString &parentId, const QString &content)
{
    return child(parentId, Message::Role::User, content);
}

Message answer(const QString &parentId, const QString &content)
{
    return child(parentId, Message::Role::Assistant, content);
}

QStringList contents(const QList<Message> &path)
{
    QStringList texts;
    for (const Message &message : path)
        texts.append(message.content);
    return texts;
}

} // namespace

class TestMessageTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTree()
    {
        MessageTree tree;
        QVERIFY(tree.isEmpty());
        QCOMPARE(tree.size(), 0);
        QVERIFY(tree.activePath().isEmpty());
        QVERIFY(!tree.find(QStringLiteral("nope")));
        QVERIFY(tree.childrenOf(QString()).isEmpty());
        QCOMPARE(tree.siblingIndex(QStringLiteral("nope")), -1);
        QCOMPARE(tree.siblingCount(QStringLiteral("nope")), 0);
        QVERIFY(tree.activePathFrom(QStringLiteral("nope")).isEmpty());
        tree.select(QStringLiteral("nope")); // unknown: ignored
        QVERIFY(tree.isEmpty());
    }

    void addFollowsTheNewestChild()
    {
        MessageTree tree;
        const Message q = question(QString(), QStringLiteral("Q"));
        const Message a1 = answer(q.id, QStringLiteral("A1"));
        const Message a2 = answer(q.id, QStringLiteral("A2"));
        tree.add(q);
        tree.add(a1);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q"_s, u"A1"_s}));
        tree.add(a2);
        QCOMPARE(tree.size(), 3);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q"_s, u"A2"_s}));
        QCOMPARE(tree.childrenOf(q.id), QStringList({a1.id, a2.id}));
        QCOMPARE(tree.childrenOf(QString()), QStringList {q.id});
        QCOMPARE(tree.selectedChildOf(q.id), a2.id);

        QCOMPARE(tree.siblingIndex(a1.id), 0);
        QCOMPARE(tree.siblingIndex(a2.id), 1);
        QCOMPARE(tree.siblingCount(a1.id), 2);
        QCOMPARE(tree.siblingCount(a2.id), 2);
        QCOMPARE(tree.siblingIndex(q.id), 0);
        QCOMPARE(tree.siblingCount(q.id), 1);

        QVERIFY(tree.find(a1.id));
        QCOMPARE(tree.find(a1.id)->content, QStringLiteral("A1"));
        QCOMPARE(tree.find(a1.id)->parentId, q.id);
    }

    void selectChoosesTheSibling()
    {
        MessageTree tree;
        const Message q = question(QString(), QStringLiteral("Q"));
        const Message a1 = answer(q.id, QStringLiteral("A1"));
        const Message a2 = answer(q.id, QStringLiteral("A2"));
        for (const Message &message : {q, a1, a2})
            tree.add(message);
        tree.select(a1.id);
        QCOMPARE(tree.selectedChildOf(q.id), a1.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q"_s, u"A1"_s}));
        QCOMPARE(tree.siblingIndex(a1.id), 0); // the order is creation order, not selection
        tree.select(a2.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q"_s, u"A2"_s}));
    }

    // Choosing another version in the middle brings back the whole tail that version had.
    void selectInTheMiddleSwitchesTheTail()
    {
        MessageTree tree;
        const Message q1 = question(QString(), QStringLiteral("Q1"));
        const Message a1 = answer(q1.id, QStringLiteral("A1"));
        const Message q2 = question(a1.id, QStringLiteral("Q2"));
        const Message a2 = answer(q2.id, QStringLiteral("A2"));
        const Message a2b = answer(q2.id, QStringLiteral("A2b"));
        const Message a1b = answer(q1.id, QStringLiteral("A1b"));
        const Message q2b = question(a1b.id, QStringLiteral("Q2 on A1b"));
        for (const Message &message : {q1, a1, q2, a2, a2b, a1b, q2b})
            tree.add(message);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q1"_s, u"A1b"_s, u"Q2 on A1b"_s}));

        tree.select(a1.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2b"_s}));
        tree.select(a2.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2"_s}));

        // Away and back again: the deeper choice is remembered.
        tree.select(a1b.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q1"_s, u"A1b"_s, u"Q2 on A1b"_s}));
        tree.select(a1.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2"_s}));

        QCOMPARE(contents(tree.activePathFrom(a1b.id)), QStringList({u"A1b"_s, u"Q2 on A1b"_s}));
        QCOMPARE(contents(tree.activePathFrom(q2.id)), QStringList({u"Q2"_s, u"A2"_s}));
    }

    void editedRootsAreSiblings()
    {
        MessageTree tree;
        const Message q = question(QString(), QStringLiteral("Q"));
        const Message edited = question(QString(), QStringLiteral("Q edited"));
        tree.add(q);
        tree.add(answer(q.id, QStringLiteral("A")));
        tree.add(edited);
        QCOMPARE(contents(tree.activePath()), QStringList {u"Q edited"_s});
        QCOMPARE(tree.siblingIndex(edited.id), 1);
        QCOMPARE(tree.siblingCount(q.id), 2);
        tree.select(q.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q"_s, u"A"_s}));
    }

    void updateKeepsThePlace()
    {
        MessageTree tree;
        const Message q = question(QString(), QStringLiteral("Q"));
        Message a = answer(q.id, QString());
        a.state = Message::State::Pending;
        tree.add(q);
        tree.add(a);
        a.content = QStringLiteral("Done");
        a.state = Message::State::Complete;
        a.parentId = QStringLiteral("somewhere else"); // a message never moves
        QVERIFY(tree.update(a));
        QCOMPARE(tree.find(a.id)->content, QStringLiteral("Done"));
        QCOMPARE(tree.find(a.id)->state, Message::State::Complete);
        QCOMPARE(tree.find(a.id)->parentId, q.id);
        QCOMPARE(contents(tree.activePath()), QStringList({u"Q"_s, u"Done"_s}));
        QVERIFY(!tree.update(answer(q.id, QStringLiteral("unknown"))));
        QCOMPARE(tree.size(), 2);

        // Adding a known id again updates it without adding a sibling.
        a.content = QStringLiteral("Again");
        tree.add(a);
        QCOMPARE(tree.size(), 2);
        QCOMPARE(tree.siblingCount(a.id), 1);
        QCOMPARE(tree.find(a.id)->content, QStringLiteral("Again"));
    }

    void clearForgetsEverything()
    {
        MessageTree tree;
        const Message q = question(QString(), QStringLiteral("Q"));
        tree.add(q);
        tree.add(answer(q.id, QStringLiteral("A")));
        tree.clear();
        QVERIFY(tree.isEmpty());
        QVERIFY(tree.activePath().isEmpty());
        QVERIFY(tree.childrenOf(q.id).isEmpty());
        QVERIFY(tree.selectedChildOf(QString()).isEmpty());
    }

    // Damaged saved data (a parent cycle) must not hang the walk.
    void cyclesEnd()
    {
        MessageTree tree;
        Message a = question(QStringLiteral("b"), QStringLiteral("A"));
        a.id = QStringLiteral("a");
        Message b = answer(QStringLiteral("a"), QStringLiteral("B"));
        b.id = QStringLiteral("b");
        tree.add(a);
        tree.add(b);
        QVERIFY(tree.activePath().isEmpty()); // no root
        QCOMPARE(contents(tree.activePathFrom(a.id)), QStringList({u"A"_s, u"B"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMessageTree)
#include "tst_messagetree.moc"
