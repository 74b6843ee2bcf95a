#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_CorePlugin)
Q_IMPORT_QML_PLUGIN(Confab_GuiPlugin)

// The app's main QML loads without a single warning and shows a usable window.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsCleanly()
    {
        QQmlApplicationEngine engine;
        QList<QQmlError> warnings;
        connect(&engine, &QQmlEngine::warnings, this,
                [&warnings](const QList<QQmlError> &list) { warnings << list; });
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Confab/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->minimumWidth() <= 800);
        QVERIFY(window->minimumHeight() <= 600);
        QCOMPARE(window->title(), QStringLiteral("Confab"));
        for (const QQmlError &warning : warnings)
            qWarning() << warning.toString();
        QVERIFY(warnings.isEmpty());

        // Ctrl+Shift+N asks which models to compare.
        auto *dialog = window->findChild<QObject *>(QStringLiteral("newComparisonDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dialog->property("visible").toBool());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
