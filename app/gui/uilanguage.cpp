#include "uilanguage.h"

#include "workspace/confabsettings.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLibraryInfo>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace {

QPointer<UiLanguage> instance;
constexpr auto settingsKey = "ui/language"_L1;

} // namespace

QStringList UiLanguage::available()
{
    return {u"en"_s, u"de"_s, u"zh_CN"_s};
}

QString UiLanguage::languageFor(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QLocale candidate(name);
        switch (candidate.language()) {
        case QLocale::German:
            return u"de"_s;
        case QLocale::English:
            return u"en"_s;
        case QLocale::Chinese:
            // Simplified script only: Traditional Chinese readers get English rather than
            // characters they do not use.
            if (candidate.script() != QLocale::TraditionalChineseScript)
                return u"zh_CN"_s;
            break;
        default:
            break;
        }
    }
    return u"en"_s;
}

QString UiLanguage::nameOf(const QString &code)
{
    if (code == "de"_L1)
        return u"Deutsch"_s;
    if (code == "zh_CN"_L1)
        return u"简体中文"_s;
    return u"English"_s;
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
    const QString stored = ConfabSettings::open()->value(settingsKey).toString();
    m_chosen = available().contains(stored) ? stored : QString();
}

UiLanguage *UiLanguage::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    if (!instance) {
        instance = new UiLanguage(nullptr); // the engine owns it
        instance->apply();
    } else {
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    }
    instance->setEngine(qmlEngine);
    return instance;
}

void UiLanguage::setInstance(UiLanguage *language)
{
    instance = language;
}

QVariantList UiLanguage::choices() const
{
    QVariantList list;
    list.append(QVariantMap {
        {u"code"_s, QString()},
        {u"name"_s, tr("As the system (%1)").arg(nameOf(languageFor(QLocale::system())))}});
    for (const QString &code : available())
        list.append(QVariantMap {{u"code"_s, code}, {u"name"_s, nameOf(code)}});
    return list;
}

void UiLanguage::apply()
{
    install(m_chosen.isEmpty() ? languageFor(QLocale::system()) : m_chosen);
}

void UiLanguage::choose(const QString &code)
{
    const QString choice = available().contains(code) ? code : QString();
    ConfabSettings::open()->setValue(settingsKey, choice);
    m_chosen = choice;
    apply();
    if (m_engine)
        m_engine->retranslate();
}

void UiLanguage::install(const QString &code)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English has its plural forms only; the others are complete.
    if (m_appTranslator.load(u":/i18n/confab_%1.qm"_s.arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (code != "en"_L1
        && m_qtTranslator.load(u"qtbase_"_s + code,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Numbers and dates as the language writes them, unless it is the system's own.
    QLocale::setDefault(m_chosen.isEmpty() ? QLocale::system() : QLocale(code));
    m_active = code;
    Q_EMIT changed();
}
