#include "parameterset.h"

#include "chat/chatsession.h"
#include "protocol/modelparameters.h"
#include "protocol/responseformat.h"

#include <QJsonDocument>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

ParameterSet::ParameterSet(QObject *parent)
    : QObject(parent)
{ }

void ParameterSet::setSession(ChatSession *session)
{
    if (m_session == session)
        return;
    disconnect(m_parametersChanged);
    m_session = session;
    // Parameters also change elsewhere (a conversation's saved ones are restored).
    if (session)
        m_parametersChanged
            = connect(session, &ChatSession::parametersChanged, this, &ParameterSet::valuesChanged);
    Q_EMIT sessionChanged();
    Q_EMIT valuesChanged();
}

QStringList ParameterSet::panelKeys()
{
    return {QStringLiteral("temperature"),    QStringLiteral("top_p"),
            QStringLiteral("max_tokens"),     QStringLiteral("reasoning_effort"),
            QStringLiteral("seed"),           QStringLiteral("stop"),
            QStringLiteral("response_format")};
}

QString ParameterSet::textOf(const ModelParameters &parameters, const QString &key)
{
    if (key == u"temperature")
        return parameters.temperature ? number(*parameters.temperature) : QString();
    if (key == u"top_p")
        return parameters.topP ? number(*parameters.topP) : QString();
    if (key == u"max_tokens")
        return parameters.maxTokens ? QString::number(*parameters.maxTokens) : QString();
    if (key == u"max_completion_tokens")
        return parameters.maxCompletionTokens ? QString::number(*parameters.maxCompletionTokens)
                                              : QString();
    if (key == u"reasoning_effort")
        return parameters.reasoningEffort.value_or(QString());
    if (key == u"seed")
        return parameters.seed ? QString::number(*parameters.seed) : QString();
    if (key == u"stop")
        return parameters.stop ? parameters.stop->join(u'\n') : QString();
    if (key == u"response_format" && parameters.responseFormat)
        return QString::fromUtf8(
            QJsonDocument(*parameters.responseFormat).toJson(QJsonDocument::Compact));
    return {};
}

void ParameterSet::clear(ModelParameters &parameters, const QString &key)
{
    if (key == u"temperature")
        parameters.temperature.reset();
    else if (key == u"top_p")
        parameters.topP.reset();
    else if (key == u"max_tokens")
        parameters.maxTokens.reset();
    else if (key == u"max_completion_tokens")
        parameters.maxCompletionTokens.reset();
    else if (key == u"reasoning_effort")
        parameters.reasoningEffort.reset();
    else if (key == u"seed")
        parameters.seed.reset();
    else if (key == u"stop")
        parameters.stop.reset();
    else if (key == u"response_format")
        parameters.responseFormat.reset();
}

QString ParameterSet::value(const QString &key) const
{
    return m_session ? textOf(m_session->parameters(), key) : QString();
}

QString ParameterSet::setValue(const QString &key, const QString &text)
{
    if (!m_session)
        return tr("No conversation is open.");
    ModelParameters parameters = m_session->parameters();
    clear(parameters, key);
    const QString trimmed = text.trimmed();
    if (key == u"stop") {
        for (const QString &line : text.split(u'\n')) {
            if (!line.isEmpty())
                parameters.set(key, line);
        }
    } else if (!trimmed.isEmpty()) {
        const QString error = parameters.set(key, trimmed);
        if (!error.isEmpty())
            return error;
    }
    const QStringList problems = parameters.validate();
    if (!problems.isEmpty())
        return problems.join(u' ');
    m_session->setParameters(parameters); // announced through parametersChanged
    return {};
}

void ParameterSet::clearAll()
{
    if (!m_session)
        return;
    m_session->setParameters({});
}

QString ParameterSet::setOutputFormat(const QString &format, const QString &schemaText)
{
    if (!m_session)
        return tr("No conversation is open.");
    ModelParameters parameters = m_session->parameters();
    if (format == ResponseFormat::kindName(ResponseFormat::Kind::Text)) {
        parameters.responseFormat.reset();
    } else if (format == ResponseFormat::kindName(ResponseFormat::Kind::JsonObject)) {
        parameters.responseFormat = ResponseFormat::jsonObject();
    } else if (format == ResponseFormat::kindName(ResponseFormat::Kind::JsonSchema)) {
        QString error;
        const QJsonObject chosen = ResponseFormat::fromSchemaText(schemaText, {}, &error);
        if (chosen.isEmpty())
            return error;
        parameters.responseFormat = chosen;
    } else {
        return tr("Unknown output format \"%1\".").arg(format);
    }
    const QStringList problems = parameters.validate();
    if (!problems.isEmpty())
        return problems.join(u' ');
    m_session->setParameters(parameters); // announced through parametersChanged
    return {};
}

QJsonObject ParameterSet::responseFormat() const
{
    if (!m_session || !m_session->parameters().responseFormat)
        return {};
    return *m_session->parameters().responseFormat;
}

QString ParameterSet::outputFormat() const
{
    return ResponseFormat::kindName(ResponseFormat::kindOf(responseFormat()));
}

QString ParameterSet::outputSchema() const
{
    const QJsonObject format = responseFormat();
    if (ResponseFormat::kindOf(format) != ResponseFormat::Kind::JsonSchema)
        return {};
    return QString::fromUtf8(QJsonDocument(ResponseFormat::schemaOf(format)).toJson()).trimmed();
}

QString ParameterSet::outputSchemaName() const
{
    return ResponseFormat::nameOf(responseFormat());
}

int ParameterSet::setCount() const
{
    if (!m_session)
        return 0;
    int count = 0;
    for (const QString &key : panelKeys()) {
        if (!textOf(m_session->parameters(), key).isEmpty())
            ++count;
    }
    return count;
}

QVariantMap ParameterSet::values() const
{
    QVariantMap values;
    for (const QString &key : panelKeys())
        values.insert(key, value(key));
    return values;
}
