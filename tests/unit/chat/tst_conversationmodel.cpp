#include "chat/conversationmodel.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace {

using Roles = QList<int>;

Message assistant(const QString &content, Message::State state = Message::State::Complete)
{
    Message message = Message::create(Message::Role::Assistant, content);
    message.state = state;
    return message;
}

// What every role of `row` says now.
QHash<int, QVariant> snapshot(const ConversationModel &model, int row)
{
    QHash<int, QVariant> values;
    const QModelIndex index = model.index(row);
    for (int role : model.roleNames().keys())
        values.insert(role, model.data(index, role));
    values.insert(Qt::DisplayRole, model.data(index, Qt::DisplayRole));
    return values;
}

QSet<int> asSet(const Roles &roles)
{
    return QSet<int>(roles.cbegin(), roles.cend());
}

} // namespace

class TestConversationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleNamesTable()
    {
        ConversationModel model;
        const QHash<int, QByteArray> expected {
            {ConversationModel::MessageIdRole, "messageId"},
            {ConversationModel::RoleNameRole, "roleName"},
            {ConversationModel::ContentRole, "content"},
            {ConversationModel::ReasoningRole, "reasoning"},
            {ConversationModel::RefusalRole, "refusal"},
            {ConversationModel::ToolCallsRole, "toolCalls"},
            {ConversationModel::ModelRole, "model"},
            {ConversationModel::UsageRole, "usage"},
            {ConversationModel::FinishReasonRole, "finishReason"},
            {ConversationModel::StateRole, "state"},
            {ConversationModel::ErrorTextRole, "errorText"},
            {ConversationModel::ErrorKindRole, "errorKind"},
            {ConversationModel::IsThinkingRole, "isThinking"},
            {ConversationModel::ReasoningDurationRole, "reasoningDurationMs"},
            {ConversationModel::TimeToFirstTokenRole, "timeToFirstTokenMs"},
            {ConversationModel::TokensPerSecondRole, "tokensPerSecond"},
            {ConversationModel::SiblingIndexRole, "siblingIndex"},
            {ConversationModel::SiblingCountRole, "siblingCount"},
        };
        QCOMPARE(model.roleNames(), expected);

        // Every value of the Roles enum has a name, the values are contiguous from
        // Qt::UserRole + 1 and no two roles share a name.
        const QMetaEnum roles = QMetaEnum::fromType<ConversationModel::Roles>();
        QCOMPARE(roles.keyCount(), expected.size());
        for (int i = 0; i < roles.keyCount(); ++i) {
            QCOMPARE(roles.value(i), Qt::UserRole + 1 + i);
            QVERIFY2(expected.contains(roles.value(i)), roles.key(i));
        }
        const QList<QByteArray> names = expected.values();
        QCOMPARE(QSet<QByteArray>(names.cbegin(), names.cend()).size(), names.size());
    }

    void dataForEveryRole()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Message message = assistant(QString(), Message::State::Streaming);
        message.reasoning = QStringLiteral("Considering");
        message.refusal = QStringLiteral("No.");
        ToolCall call;
        call.id = QStringLiteral("call_1");
        call.name = QStringLiteral("get_time");
        call.arguments = QStringLiteral("{\"tz\":\"UTC\"}");
        message.toolCalls = {call};
        message.model = QStringLiteral("deepseek-reasoner");
        message.usage.promptTokens = 10;
        message.usage.completionTokens = 200;
        message.usage.totalTokens = 210;
        message.finishReason = QStringLiteral("length");
        message.timings = {1000, 1100, 1500, 1500, 0, 5500};
        Message user = Message::create(Message::Role::User, QStringLiteral("What time is it?"));
        user.error = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("Slow down"));
        user.state = Message::State::Failed;
        model.append(user);
        model.append(message);

        const QModelIndex first = model.index(0);
        const QModelIndex second = model.index(1);
        QCOMPARE(model.data(first, ConversationModel::MessageIdRole).toString(), user.id);
        QCOMPARE(model.data(first, ConversationModel::RoleNameRole).toString(),
                 QStringLiteral("user"));
        QCOMPARE(model.data(first, ConversationModel::ContentRole).toString(),
                 QStringLiteral("What time is it?"));
        QCOMPARE(model.data(first, Qt::DisplayRole).toString(), QStringLiteral("What time is it?"));
        QCOMPARE(model.data(first, ConversationModel::StateRole).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(model.data(first, ConversationModel::ErrorTextRole).toString(),
                 QStringLiteral("Slow down"));
        QCOMPARE(model.data(first, ConversationModel::ErrorKindRole).toString(),
                 user.error.kindName());
        QVERIFY(!user.error.kindName().isEmpty());
        QCOMPARE(model.data(first, ConversationModel::TimeToFirstTokenRole).toLongLong(), -1);
        QCOMPARE(model.data(first, ConversationModel::ToolCallsRole).toList().size(), 0);
        QVERIFY(model.data(first, ConversationModel::UsageRole).toMap().isEmpty());

        QCOMPARE(model.data(second, ConversationModel::MessageIdRole).toString(), message.id);
        QCOMPARE(model.data(second, ConversationModel::RoleNameRole).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(model.data(second, ConversationModel::ContentRole).toString(), QString());
        QCOMPARE(model.data(second, ConversationModel::ReasoningRole).toString(),
                 QStringLiteral("Considering"));
        QCOMPARE(model.data(second, ConversationModel::RefusalRole).toString(),
                 QStringLiteral("No."));
        const QVariantList calls = model.data(second, ConversationModel::ToolCallsRole).toList();
        QCOMPARE(calls.size(), 1);
        const QVariantMap callMap = calls.constFirst().toMap();
        QCOMPARE(callMap.value(QStringLiteral("id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(callMap.value(QStringLiteral("name")).toString(), QStringLiteral("get_time"));
        QCOMPARE(callMap.value(QStringLiteral("arguments")).toString(), call.arguments);
        QCOMPARE(model.data(second, ConversationModel::ModelRole).toString(),
                 QStringLiteral("deepseek-reasoner"));
        const QVariantMap usage = model.data(second, ConversationModel::UsageRole).toMap();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toLongLong(), 10);
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toLongLong(), 200);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toLongLong(), 210);
        QVERIFY(!usage.contains(QStringLiteral("cached_tokens"))); // unknown: not reported
        QCOMPARE(model.data(second, ConversationModel::FinishReasonRole).toString(),
                 QStringLiteral("length"));
        QCOMPARE(model.data(second, ConversationModel::StateRole).toString(),
                 QStringLiteral("streaming"));
        QCOMPARE(model.data(second, ConversationModel::ErrorTextRole).toString(), QString());
        QCOMPARE(model.data(second, ConversationModel::ErrorKindRole).toString(), QString());
        QCOMPARE(model.data(second, ConversationModel::IsThinkingRole).toBool(), true);
        QCOMPARE(model.data(second, ConversationModel::ReasoningDurationRole).toLongLong(), 4000);
        QCOMPARE(model.data(second, ConversationModel::TimeToFirstTokenRole).toLongLong(), 500);
        QCOMPARE(model.data(second, ConversationModel::TokensPerSecondRole).toDouble(), 50.0);

        QVERIFY(!model.data(second, Qt::DecorationRole).isValid());
        QVERIFY(!model.data(second, Qt::UserRole + 1000).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!model.data(QModelIndex(), ConversationModel::ContentRole).isValid());
        QVERIFY(!model.index(2).isValid());
        QCOMPARE(model.rowOf(message.id), 1);
        QCOMPARE(model.rowOf(user.id), 0);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void mutationsUnderModelTester()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &ConversationModel::countChanged);
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);

        for (int i = 0; i < 4; ++i)
            QCOMPARE(model.append(assistant(QString::number(i))), i);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.property("count").toInt(), 4);
        QCOMPARE(countSpy.count(), 4);

        model.edit(3).content += QStringLiteral(" more");
        model.noteChanged(3, Message::ContentField);
        model.flushChanges();
        QCOMPARE(model.data(model.index(3), ConversationModel::ContentRole).toString(),
                 QStringLiteral("3 more"));

        const Message replacement = assistant(QStringLiteral("replaced"));
        model.replace(1, replacement);
        QCOMPARE(model.at(1).id, replacement.id);
        QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(),
                 QStringLiteral("replaced"));
        QCOMPARE(changedSpy.count(), 2);
        QCOMPARE(changedSpy.last().at(0).toModelIndex(), model.index(1));

        model.replace(4, replacement); // out of range: ignored
        model.replace(-1, replacement);
        QCOMPARE(changedSpy.count(), 2);

        model.removeFrom(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.at(1).content, QStringLiteral("replaced"));
        QCOMPARE(countSpy.count(), 5);
        model.removeFrom(2); // nothing there: no signal
        model.removeFrom(-1);
        QCOMPARE(countSpy.count(), 5);

        model.append(assistant(QStringLiteral("again")));
        QCOMPARE(model.rowCount(), 3);
        model.removeFrom(0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(countSpy.count(), 7);

        model.append(assistant(QStringLiteral("a")));
        model.append(assistant(QStringLiteral("b")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.messages().isEmpty());
        QCOMPARE(countSpy.count(), 10);
        model.clear(); // already empty: no reset, no signal
        QCOMPARE(countSpy.count(), 10);
        model.append(assistant(QStringLiteral("after clear")));
        QCOMPARE(model.at(0).content, QStringLiteral("after clear"));
    }

    void siblingsPerRow()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 3; ++i)
            model.append(assistant(QString::number(i)));
        const auto siblings = [&model](int row) {
            const QModelIndex index = model.index(row);
            return std::pair(model.data(index, ConversationModel::SiblingIndexRole).toInt(),
                             model.data(index, ConversationModel::SiblingCountRole).toInt());
        };
        QCOMPARE(siblings(1), std::pair(0, 1)); // the default: the only version

        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setSiblings(1, 1, 3);
        QCOMPARE(siblings(1), std::pair(1, 3));
        QCOMPARE(siblings(0), std::pair(0, 1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().at(0).toModelIndex(), model.index(1));
        QCOMPARE(spy.constFirst().at(1).toModelIndex(), model.index(1));
        QCOMPARE(
            asSet(spy.constFirst().at(2).value<Roles>()),
            QSet<int>({ConversationModel::SiblingIndexRole, ConversationModel::SiblingCountRole}));

        model.setSiblings(1, 1, 3); // no change: no signal
        model.setSiblings(3, 1, 2); // out of range: ignored
        model.setSiblings(-1, 1, 2);
        QCOMPARE(spy.count(), 1);

        model.setSiblings(2, 5, 0); // nonsense is made sensible
        QCOMPARE(siblings(2), std::pair(0, 1));
        QCOMPARE(spy.count(), 1);

        // A replaced message keeps its row's versions; a new row starts over.
        model.replace(1, assistant(QStringLiteral("replaced")));
        QCOMPARE(siblings(1), std::pair(1, 3));
        model.removeFrom(1);
        model.append(assistant(QStringLiteral("new")));
        QCOMPARE(siblings(1), std::pair(0, 1));
        model.setSiblings(1, 0, 2);
        model.clear();
        model.append(assistant(QStringLiteral("after clear")));
        QCOMPARE(siblings(0), std::pair(0, 1));
    }

    void rolesFor_data()
    {
        QTest::addColumn<Message::Fields>("fields");
        QTest::addColumn<Roles>("roles");
        using M = ConversationModel;
        QTest::newRow("none") << Message::Fields() << Roles {};
        QTest::newRow("content") << Message::Fields(Message::ContentField)
                                 << Roles {M::ContentRole, Qt::DisplayRole, M::IsThinkingRole};
        QTest::newRow("reasoning") << Message::Fields(Message::ReasoningField)
                                   << Roles {M::ReasoningRole, M::IsThinkingRole};
        QTest::newRow("tool calls")
            << Message::Fields(Message::ToolCallsField) << Roles {M::ToolCallsRole};
        QTest::newRow("usage") << Message::Fields(Message::UsageField)
                               << Roles {M::UsageRole, M::ReasoningDurationRole,
                                         M::TimeToFirstTokenRole, M::TokensPerSecondRole};
        QTest::newRow("finish reason")
            << Message::Fields(Message::FinishReasonField) << Roles {M::FinishReasonRole};
        QTest::newRow("model") << Message::Fields(Message::ModelField) << Roles {M::ModelRole};
        QTest::newRow("timings") << Message::Fields(Message::TimingsField)
                                 << Roles {M::IsThinkingRole, M::ReasoningDurationRole,
                                           M::TimeToFirstTokenRole, M::TokensPerSecondRole};
        QTest::newRow("state") << Message::Fields(Message::StateField)
                               << Roles {M::IsThinkingRole, M::StateRole, M::ErrorTextRole,
                                         M::ErrorKindRole};
        QTest::newRow("refusal") << Message::Fields(Message::RefusalField)
                                 << Roles {M::RefusalRole};
        QTest::newRow("content and timings")
            << (Message::ContentField | Message::TimingsField)
            << Roles {M::ContentRole,           Qt::DisplayRole,         M::IsThinkingRole,
                      M::ReasoningDurationRole, M::TimeToFirstTokenRole, M::TokensPerSecondRole};
    }

    void rolesFor()
    {
        QFETCH(Message::Fields, fields);
        QFETCH(Roles, roles);
        const Roles actual = ConversationModel::rolesFor(fields);
        QCOMPARE(asSet(actual), asSet(roles));
        QCOMPARE(actual.size(), roles.size()); // no role twice
    }

    void everyRoleButIdentityIsReachable()
    {
        const Roles all = ConversationModel::rolesFor(Message::Fields::fromInt(0x1ff));
        QSet<int> expected = asSet(ConversationModel().roleNames().keys());
        expected.remove(ConversationModel::MessageIdRole); // never change while streaming
        expected.remove(ConversationModel::RoleNameRole);
        expected.remove(ConversationModel::SiblingIndexRole); // set by setSiblings()
        expected.remove(ConversationModel::SiblingCountRole);
        expected.insert(Qt::DisplayRole);
        QCOMPARE(asSet(all), expected);
        QCOMPARE(all.size(), expected.size());
    }

    // A change to a field alters only data() of roles that rolesFor() names for it, so views
    // that refresh just those roles never show stale values.
    void rolesForCoversWhatEachFieldChanges()
    {
        using Mutation = std::function<void(Message &)>;
        const QList<std::pair<Message::Field, Mutation>> mutations {
            {Message::ContentField, [](Message &m) { m.content += QStringLiteral("x"); }},
            {Message::ReasoningField, [](Message &m) { m.reasoning.clear(); }},
            {Message::RefusalField, [](Message &m) { m.refusal = QStringLiteral("no"); }},
            {Message::ToolCallsField, [](Message &m) { m.toolCalls.append(ToolCall()); }},
            {Message::ModelField, [](Message &m) { m.model = QStringLiteral("other"); }},
            {Message::FinishReasonField,
             [](Message &m) { m.finishReason = QStringLiteral("stop"); }},
            {Message::UsageField, [](Message &m) { m.usage.completionTokens = 90; }},
            {Message::TimingsField, [](Message &m) { m.timings.reasoningEndedAt = 1800; }},
            {Message::TimingsField, [](Message &m) { m.timings.firstTokenAt = 1200; }},
            {Message::TimingsField, [](Message &m) { m.timings.finishedAt = 9000; }},
            {Message::StateField,
             [](Message &m) {
                 m.state = Message::State::Failed;
                 m.error = ApiError::make(ApiError::Kind::Network, QStringLiteral("Gone"));
             }},
        };
        for (const auto &[field, mutate] : mutations) {
            ConversationModel model;
            Message message = assistant(QString(), Message::State::Streaming);
            message.reasoning = QStringLiteral("thinking");
            message.usage.completionTokens = 40;
            message.timings = {900, 950, 1000, 1000, 0, 5000};
            model.append(message);
            const QHash<int, QVariant> before = snapshot(model, 0);
            mutate(model.edit(0));
            const QHash<int, QVariant> after = snapshot(model, 0);
            QSet<int> changed;
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                if (after.value(it.key()) != it.value())
                    changed.insert(it.key());
            }
            QVERIFY2(!changed.isEmpty(), QByteArray::number(field)); // the mutation did something
            const QSet<int> announced = asSet(ConversationModel::rolesFor(field));
            QVERIFY2(announced.contains(changed), QByteArray::number(field));
        }
    }

    void noteChangedCoalescesToOneSignal()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 3; ++i)
            model.append(assistant(QString(), Message::State::Streaming));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        const QList<Message::Field> fields {Message::ContentField, Message::ReasoningField,
                                            Message::TimingsField, Message::ToolCallsField};
        QSet<int> expectedRoles;
        for (int i = 0; i < 1000; ++i) {
            const Message::Field field = fields.at(i % fields.size());
            model.edit(1).content += QLatin1Char('x');
            model.noteChanged(1, field);
            expectedRoles |= asSet(ConversationModel::rolesFor(field));
        }
        QCOMPARE(spy.count(), 0); // nothing synchronously
        QTRY_COMPARE(spy.count(), 1);
        QTest::qWait(5 * ConversationModel::coalesceIntervalMs); // and nothing more later
        QCOMPARE(spy.count(), 1);

        const QList<QVariant> arguments = spy.takeFirst();
        QCOMPARE(arguments.at(0).toModelIndex(), model.index(1));
        QCOMPARE(arguments.at(1).toModelIndex(), model.index(1));
        const Roles roles = arguments.at(2).value<Roles>();
        QCOMPARE(asSet(roles), expectedRoles);
        QCOMPARE(roles.size(), expectedRoles.size());
        QVERIFY(!roles.contains(ConversationModel::UsageRole));
        QVERIFY(!roles.contains(ConversationModel::StateRole));
        QVERIFY(!roles.contains(ConversationModel::MessageIdRole));

        // The next burst is announced again, in its own signal with its own roles.
        model.noteChanged(1, Message::ModelField);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().at(2).value<Roles>(), Roles {ConversationModel::ModelRole});
    }

    void eachRowGetsItsOwnRoles()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 3; ++i)
            model.append(assistant(QString()));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.noteChanged(0, Message::UsageField);
        model.noteChanged(2, Message::RefusalField);
        model.noteChanged(0, Message::FinishReasonField);
        QTRY_COMPARE(spy.count(), 2);
        QHash<int, QSet<int>> byRow;
        for (const QList<QVariant> &arguments : spy) {
            const QModelIndex topLeft = arguments.at(0).toModelIndex();
            QCOMPARE(arguments.at(1).toModelIndex(), topLeft);
            QVERIFY(!byRow.contains(topLeft.row()));
            byRow.insert(topLeft.row(), asSet(arguments.at(2).value<Roles>()));
        }
        QCOMPARE(
            byRow.value(0),
            asSet(ConversationModel::rolesFor(Message::UsageField | Message::FinishReasonField)));
        QCOMPARE(byRow.value(2), QSet<int> {ConversationModel::RefusalRole});
    }

    void flushChangesEmitsAtOnce()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(assistant(QString(), Message::State::Streaming));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.flushChanges(); // nothing pending: nothing to say
        QCOMPARE(spy.count(), 0);

        model.noteChanged(0, Message::ContentField);
        model.noteChanged(0, Message::StateField);
        model.flushChanges();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(asSet(spy.constFirst().at(2).value<Roles>()),
                 asSet(ConversationModel::rolesFor(Message::ContentField | Message::StateField)));
        QTest::qWait(5 * ConversationModel::coalesceIntervalMs); // the timer has nothing left
        QCOMPARE(spy.count(), 1);
    }

    void ignoresEmptyAndInvalidNotes()
    {
        ConversationModel model;
        model.append(assistant(QString()));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.noteChanged(0, Message::NoField);
        model.noteChanged(-1, Message::ContentField);
        model.noteChanged(1, Message::ContentField);
        model.flushChanges();
        QCOMPARE(spy.count(), 0);
    }

    void pendingChangesOfRemovedRowsAreDropped()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 3; ++i)
            model.append(assistant(QString()));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.noteChanged(0, Message::ContentField);
        model.noteChanged(1, Message::ModelField);
        model.noteChanged(2, Message::ReasoningField);
        model.removeFrom(1);
        QTRY_COMPARE(spy.count(), 1);
        QTest::qWait(5 * ConversationModel::coalesceIntervalMs);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().at(0).toModelIndex(), model.index(0));
        QCOMPARE(asSet(spy.constFirst().at(2).value<Roles>()),
                 asSet(ConversationModel::rolesFor(Message::ContentField)));

        // A new row in the same place does not inherit the old row's pending change.
        spy.clear();
        model.noteChanged(0, Message::ModelField);
        model.append(assistant(QString()));
        model.noteChanged(1, Message::UsageField);
        model.removeFrom(1);
        model.append(assistant(QString()));
        model.flushChanges();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().at(0).toModelIndex(), model.index(0));
    }

    void clearAndReplaceDropPendingChanges()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(assistant(QString()));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.noteChanged(0, Message::ContentField);
        model.clear();
        model.append(assistant(QString()));
        QTest::qWait(5 * ConversationModel::coalesceIntervalMs);
        model.flushChanges();
        QCOMPARE(spy.count(), 0);

        model.noteChanged(0, Message::ContentField);
        model.replace(0, assistant(QStringLiteral("new")));
        QCOMPARE(spy.count(), 1); // replace announces the whole row itself
        QVERIFY(spy.constFirst().at(2).value<Roles>().isEmpty()); // empty: every role
        model.flushChanges();
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
