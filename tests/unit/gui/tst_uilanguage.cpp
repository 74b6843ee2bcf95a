#include "uilanguage.h"
#include "workspace/confabsettings.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's language: picked from the system's preferences, chosen and kept in the
// settings, and the translations built into the app actually loaded (German, Chinese, and
// English with its plural forms).
class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void theSystemsLanguageWhenConfabHasIt_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de_DE"_s << u"de"_s;
        QTest::newRow("Swiss German") << u"de_CH"_s << u"de"_s;
        QTest::newRow("Simplified Chinese") << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("Singapore") << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("Traditional Chinese") << u"zh_TW"_s << u"en"_s;
        QTest::newRow("French") << u"fr_FR"_s << u"en"_s;
        QTest::newRow("C") << u"C"_s << u"en"_s;
    }
    void theSystemsLanguageWhenConfabHasIt()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(UiLanguage::languageFor(QLocale(locale)), language);
    }

    void choosingALanguageTranslatesAndIsKept()
    {
        UiLanguage language(nullptr);
        QCOMPARE(language.chosen(), QString());
        QSignalSpy changed(&language, &UiLanguage::changed);
        language.choose(u"de"_s);
        QCOMPARE(language.active(), u"de"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ConfabSettings::open()->value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), u"Einstellungen"_s);
        // Plural forms: German has two.
        const QString one
            = QCoreApplication::translate("CompareView", "Comparing %n model(s)", nullptr, 1);
        const QString three
            = QCoreApplication::translate("CompareView", "Comparing %n model(s)", nullptr, 3);
        QVERIFY2(one.contains(u'1') && three.contains(u'3')
                     && one != QString(three).replace(u'3', u'1'),
                 qPrintable(one + u" / "_s + three));
        QVERIFY(!one.contains(u"(s)"_s));

        // A new run starts in the chosen language.
        UiLanguage next(nullptr);
        QCOMPARE(next.chosen(), u"de"_s);

        // Simplified Chinese: its own words, one plural form for every count.
        language.choose(u"zh_CN"_s);
        QCOMPARE(language.active(), u"zh_CN"_s);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), u"设置"_s);
        QCOMPARE(QCoreApplication::translate("GeneralPage", "Notifications"), u"通知"_s);
        const QString chineseThree
            = QCoreApplication::translate("CompareView", "Comparing %n model(s)", nullptr, 3);
        QVERIFY2(chineseThree.contains(u'3') && !chineseThree.contains(u"model"_s),
                 qPrintable(chineseThree));

        // English: the source texts, with real plural forms.
        language.choose(u"en"_s);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), u"Settings"_s);
        QCOMPARE(QCoreApplication::translate("CompareView", "Comparing %n model(s)", nullptr, 1),
                 u"Comparing 1 model"_s);
        QCOMPARE(QCoreApplication::translate("CompareView", "Comparing %n model(s)", nullptr, 4),
                 u"Comparing 4 models"_s);

        // Back to the system's; an unknown code is the same.
        language.choose(u"xx"_s);
        QCOMPARE(language.chosen(), QString());
        QCOMPARE(language.active(), UiLanguage::languageFor(QLocale::system()));
        QCOMPARE(language.choices().size(), UiLanguage::available().size() + 1);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
