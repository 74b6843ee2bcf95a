#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The language of the window: the system's when Confab has it, else English, unless the
// person chose one in Settings (kept as "ui/language"). Choosing one changes the window
// at once; Qt's own texts (standard buttons, file dialogs) follow.
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{code, name}]: "" (the system's) first, then each language in its own words.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
    // What the person chose: a language code, or "" to follow the system.
    Q_PROPERTY(QString chosen READ chosen NOTIFY changed)
    // The language the window is in now ("en", "de", "zh_CN").
    Q_PROPERTY(QString active READ active NOTIFY changed)

public:
    // The languages Confab is translated to, English first.
    static QStringList available();
    // The best of them for a locale (its preferred languages in order); English when none.
    static QString languageFor(const QLocale &locale);
    // A language's name in that language ("Deutsch", "简体中文").
    static QString nameOf(const QString &code);

    // No default argument on purpose: Qt 6.4 prefers a default constructor over create().
    explicit UiLanguage(QObject *parent);

    // QML's instance: the one main() made, else a new one.
    static UiLanguage *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    static void setInstance(UiLanguage *language);
    // Where bindings are re-evaluated when the language changes. Not owned.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QVariantList choices() const;
    QString chosen() const { return m_chosen; }
    QString active() const { return m_active; }

    // Installs the translations for the stored choice (or the system's language).
    void apply();
    // Keeps the choice and puts the window in that language ("" follows the system).
    Q_INVOKABLE void choose(const QString &code);

Q_SIGNALS:
    void changed();

private:
    void install(const QString &code);

    QString m_chosen;
    QString m_active;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QPointer<QQmlEngine> m_engine;
};
