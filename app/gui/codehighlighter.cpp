#include "codehighlighter.h"

#include <QGuiApplication>
#include <QTextDocument>

#ifdef CONFAB_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository shared; // loading definitions is costly: once
    return shared;
}

} // namespace

struct CodeHighlighter::Backend
{
    QPointer<KSyntaxHighlighting::SyntaxHighlighter> highlighter;
};
#else
struct CodeHighlighter::Backend
{ };
#endif

CodeHighlighter::CodeHighlighter(QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>())
{ }

CodeHighlighter::~CodeHighlighter() = default;

bool CodeHighlighter::isAvailable()
{
#ifdef CONFAB_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

void CodeHighlighter::setDocument(QQuickTextDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    update();
    Q_EMIT documentChanged();
}

void CodeHighlighter::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    update();
    Q_EMIT languageChanged();
}

void CodeHighlighter::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    update();
    Q_EMIT darkChanged();
}

void CodeHighlighter::update()
{
    bool highlighting = false;
#ifdef CONFAB_HAVE_KSYNTAXHIGHLIGHTING
    using namespace KSyntaxHighlighting;
    QTextDocument *text = m_document ? m_document->textDocument() : nullptr;
    Definition definition = repository().definitionForName(m_language);
    if (!definition.isValid() && !m_language.isEmpty())
        definition = repository().definitionForFileName(QStringLiteral("code.") + m_language);
    if (text && definition.isValid()) {
        if (!m_backend->highlighter || m_backend->highlighter->document() != text)
            m_backend->highlighter = new SyntaxHighlighter(text);
        // `dark` changes when the palette does; the theme follows the palette itself.
        m_backend->highlighter->setTheme(repository().themeForPalette(QGuiApplication::palette()));
        m_backend->highlighter->setDefinition(definition);
        highlighting = true;
    } else if (m_backend->highlighter) {
        delete m_backend->highlighter;
    }
#endif
    if (m_highlighting != highlighting) {
        m_highlighting = highlighting;
        Q_EMIT highlightingChanged();
    }
}
