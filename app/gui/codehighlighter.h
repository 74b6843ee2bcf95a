#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QtQml/qqmlregistration.h>

#include <memory>

// Colours a code block's text document with KSyntaxHighlighting, in the theme that matches
// the palette, when the build found KF6SyntaxHighlighting. Without it code stays plain
// monospace and `available` is false. Everything that touches the library is in here.
class CodeHighlighter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(bool highlighting READ isHighlighting NOTIFY highlightingChanged)

public:
    explicit CodeHighlighter(QObject *parent = nullptr);
    ~CodeHighlighter() override;

    QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isDark() const { return m_dark; }
    void setDark(bool dark);

    static bool isAvailable();
    bool isHighlighting() const { return m_highlighting; }

Q_SIGNALS:
    void documentChanged();
    void languageChanged();
    void darkChanged();
    void highlightingChanged();

private:
    void update();

    QPointer<QQuickTextDocument> m_document;
    QString m_language;
    bool m_dark = false;
    bool m_highlighting = false;
    struct Backend;
    std::unique_ptr<Backend> m_backend;
};
