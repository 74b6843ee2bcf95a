#include "providersettings.h"
#include "capabilitytext.h"

#include "client/chatclient.h"
#include "client/modelcatalog.h"
#include "providers/providerpresets.h"
#include "providers/providerregistry.h"
#include "providers/secretstore.h"

#include <QSettings>

namespace {

const QString stored = QStringLiteral("stored");
const QString missing = QStringLiteral("missing");
const QString notNeeded = QStringLiteral("not needed");
const QString thisRunOnly = QStringLiteral("this run only");
const QString unknown = QStringLiteral("unknown");

QString headerLines(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &header : headers)
        lines << QString::fromUtf8(header.first + ": " + header.second);
    return lines.join(u'\n');
}

} // namespace

ProviderSettings::ProviderSettings(ProviderRegistry *registry, SecretStore *secrets,
                                   QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_settings(settings)
{
    m_settings->beginGroup(QStringLiteral("network"));
    m_network.proxyMode
        = NetworkOptions::proxyModeNamed(m_settings->value(QStringLiteral("proxyMode")).toString());
    m_network.proxyHost = m_settings->value(QStringLiteral("proxyHost")).toString();
    m_network.proxyPort = quint16(m_settings->value(QStringLiteral("proxyPort")).toUInt());
    m_network.proxyUser = m_settings->value(QStringLiteral("proxyUser")).toString();
    m_network.caCertificateFile = m_settings->value(QStringLiteral("caCertificateFile")).toString();
    m_settings->endGroup();
    connect(m_registry, &ProviderRegistry::changed, this, &ProviderSettings::reload);
    connect(m_registry, &ProviderRegistry::changed, this, &ProviderSettings::capabilitiesChanged);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &ProviderSettings::keychainChanged);
    for (const Provider &provider : m_registry->providers())
        refreshKeyState(provider.id);
}

int ProviderSettings::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_registry ? 0 : int(m_registry->providers().size());
}

QHash<int, QByteArray> ProviderSettings::roleNames() const
{
    return {{IdRole, "id"},
            {NameRole, "name"},
            {BaseUrlRole, "baseUrl"},
            {DefaultModelRole, "defaultModel"},
            {KeyRequiredRole, "keyRequired"},
            {KeyStateRole, "keyState"},
            {PresetIdRole, "presetId"},
            {NoteRole, "note"},
            {DocsUrlRole, "docsUrl"}};
}

QVariant ProviderSettings::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Provider &provider = m_registry->providers().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return provider.name;
    case IdRole:
        return provider.id;
    case BaseUrlRole:
        return provider.baseUrl.toString();
    case DefaultModelRole:
        return provider.defaultModel;
    case KeyRequiredRole:
        return provider.keyRequired;
    case KeyStateRole:
        return m_keyStates.value(provider.id, unknown);
    case PresetIdRole:
        return provider.presetId;
    case NoteRole:
        return ProviderPresets::note(
            provider.presetId.isEmpty() ? QString(ProviderPresets::customId) : provider.presetId);
    case DocsUrlRole:
        return provider.docsUrl;
    default:
        return {};
    }
}

QVariantList ProviderSettings::presets() const
{
    QVariantList list;
    for (const Provider &preset : ProviderPresets::all()) {
        const QString id
            = preset.presetId.isEmpty() ? QString(ProviderPresets::customId) : preset.presetId;
        list.append(QVariantMap {{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), preset.name},
                                 {QStringLiteral("baseUrl"), preset.baseUrl.toString()},
                                 {QStringLiteral("keyRequired"), preset.keyRequired},
                                 {QStringLiteral("note"), ProviderPresets::note(id)},
                                 {QStringLiteral("docsUrl"), preset.docsUrl}});
    }
    return list;
}

bool ProviderSettings::isKeychainAvailable() const
{
    return m_secrets && !m_secrets->isUnavailable();
}

QString ProviderSettings::keychainMessage() const
{
    return m_secrets ? m_secrets->unavailableMessage() : QString();
}

void ProviderSettings::reload()
{
    beginResetModel();
    endResetModel();
    Q_EMIT countChanged();
}

int ProviderSettings::rowOf(const QString &id) const
{
    const auto &providers = m_registry->providers();
    for (int row = 0; row < providers.size(); ++row) {
        if (providers.at(row).id == id)
            return row;
    }
    return -1;
}

void ProviderSettings::refreshKeyState(const QString &id)
{
    m_secrets->read(
        id, [this, id, guard = QPointer<ProviderSettings>(this)](const SecretResult &result) {
            if (!guard || !m_registry)
                return;
            const std::optional<Provider> provider = m_registry->find(id);
            if (!provider)
                return;
            QString state = unknown;
            if (result.status == SecretResult::Status::Ok)
                state = m_secrets->isKeptForThisRunOnly(id) ? thisRunOnly : stored;
            else if (result.status == SecretResult::Status::NotFound)
                state = provider->keyRequired ? missing : notNeeded;
            m_keyStates.insert(id, state);
            const int row = rowOf(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row), index(row), {KeyStateRole});
        });
}

QString ProviderSettings::addFromPreset(const QString &presetId)
{
    const Provider added = m_registry->addFromPreset(presetId);
    if (!added.id.isEmpty())
        refreshKeyState(added.id);
    return added.id;
}

QString ProviderSettings::duplicate(const QString &id)
{
    const Provider copy = m_registry->duplicate(id);
    if (!copy.id.isEmpty())
        refreshKeyState(copy.id); // a copy has no key of its own yet
    return copy.id;
}

bool ProviderSettings::remove(const QString &id)
{
    if (!m_registry->remove(id))
        return false;
    m_secrets->remove(id, [](const SecretResult &) {});
    m_keyStates.remove(id);
    return true;
}

QVariantMap ProviderSettings::provider(const QString &id) const
{
    const std::optional<Provider> provider = m_registry->find(id);
    if (!provider)
        return {};
    return {{QStringLiteral("id"), provider->id},
            {QStringLiteral("name"), provider->name},
            {QStringLiteral("baseUrl"), provider->baseUrl.toString()},
            {QStringLiteral("defaultModel"), provider->defaultModel},
            {QStringLiteral("keyRequired"), provider->keyRequired},
            {QStringLiteral("extraHeaders"), headerLines(provider->extraHeaders)},
            {QStringLiteral("models"), provider->modelChoices()}};
}

QVariantList ProviderSettings::modelCapabilities(const QString &id) const
{
    const std::optional<Provider> provider = m_registry->find(id);
    if (!provider)
        return {};
    QStringList models = provider->recentModels;
    if (!provider->defaultModel.isEmpty() && !models.contains(provider->defaultModel))
        models.append(provider->defaultModel);
    // Not every model a list described (OpenRouter's has hundreds): those learned or set.
    const auto beyondTheList = [](const ModelCapabilities &known) {
        for (ModelCapability capability :
             {ModelCapability::Vision, ModelCapability::Tools, ModelCapability::Reasoning})
            if (known.flag(capability).source > CapabilityFlag::Source::Listed)
                return true;
        return false;
    };
    for (auto it = provider->capabilities.cbegin(); it != provider->capabilities.cend(); ++it)
        if (!models.contains(it.key()) && beyondTheList(*it))
            models.append(it.key());
    QVariantList rows;
    for (const QString &model : std::as_const(models)) {
        const ModelCapabilities known = provider->capabilities.value(model);
        QVariantMap row {{QStringLiteral("model"), model}};
        for (ModelCapability capability :
             {ModelCapability::Vision, ModelCapability::Tools, ModelCapability::Reasoning}) {
            const QString name = ModelCapabilities::nameOf(capability);
            const CapabilityFlag &flag = known.flag(capability);
            row.insert(name, CapabilityText::supportName(flag.support));
            row.insert(name + QStringLiteral("Origin"), CapabilityText::origin(flag));
        }
        rows.append(row);
    }
    return rows;
}

bool ProviderSettings::setModelCapability(const QString &id, const QString &model,
                                          const QString &capability, const QString &support)
{
    const std::optional<ModelCapability> which = ModelCapabilities::fromName(capability);
    if (!which || model.trimmed().isEmpty() || !m_registry->find(id))
        return false;
    m_registry->setCapability(id, model.trimmed(), *which,
                              CapabilityText::supportFromName(support));
    return true;
}

QString ProviderSettings::save(const QString &id, const QVariantMap &fields)
{
    std::optional<Provider> provider = m_registry->find(id);
    if (!provider)
        return tr("This provider no longer exists.");
    Provider changed = *provider;
    if (fields.contains(QStringLiteral("name")))
        changed.name = fields.value(QStringLiteral("name")).toString().trimmed();
    if (changed.name.isEmpty())
        return tr("Give the provider a name.");
    if (fields.contains(QStringLiteral("baseUrl"))) {
        const QString text = fields.value(QStringLiteral("baseUrl")).toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty()
            && (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != u"http" && url.scheme() != u"https")))
            return tr("The base URL must be an http:// or https:// address, e.g. "
                      "https://api.openai.com/v1.");
        changed.baseUrl = text.isEmpty() ? QUrl() : url;
    }
    if (fields.contains(QStringLiteral("defaultModel")))
        changed.defaultModel = fields.value(QStringLiteral("defaultModel")).toString().trimmed();
    if (fields.contains(QStringLiteral("keyRequired")))
        changed.keyRequired = fields.value(QStringLiteral("keyRequired")).toBool();
    if (fields.contains(QStringLiteral("extraHeaders"))) {
        changed.extraHeaders.clear();
        const QString lines = fields.value(QStringLiteral("extraHeaders")).toString();
        for (const QString &line : lines.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                return tr("Write each extra header as \"Name: value\" on its own line.");
            changed.extraHeaders.append(
                {line.first(colon).trimmed().toUtf8(), line.sliced(colon + 1).trimmed().toUtf8()});
        }
    }
    // The registry checks the rest (a unique name, header names and values that cannot
    // smuggle in other headers).
    if (!Provider::fromJson(changed.toJson()))
        return tr("An extra header has a name or value that cannot be sent.");
    if (!m_registry->update(changed))
        return tr("Another provider is already called \"%1\".").arg(changed.name);
    refreshKeyState(id);
    Q_EMIT providerEdited(id);
    return {};
}

void ProviderSettings::storeKey(const QString &id, const QString &key)
{
    if (key.trimmed().isEmpty()) {
        Q_EMIT keyStored(id, false, tr("Paste or type the key first."));
        return;
    }
    m_secrets->write(id, key.trimmed(),
                     [this, id, guard = QPointer<ProviderSettings>(this)](const SecretResult &r) {
                         if (!guard)
                             return;
                         const bool ok = r.status == SecretResult::Status::Ok;
                         Q_EMIT keyStored(id, ok,
                                          ok ? tr("The key is stored in the system keychain.")
                                             : m_secrets->unavailableMessage());
                         refreshKeyState(id);
                         if (ok)
                             Q_EMIT providerEdited(id);
                     });
}

void ProviderSettings::keepKeyForThisRun(const QString &id, const QString &key)
{
    if (key.trimmed().isEmpty())
        return;
    m_secrets->keepForThisRun(id, key.trimmed());
    Q_EMIT keyStored(id, true,
                     tr("The key is kept in memory until Confab quits; it is not saved."));
    refreshKeyState(id);
    Q_EMIT providerEdited(id);
}

void ProviderSettings::forgetKey(const QString &id)
{
    m_secrets->remove(id,
                      [this, id, guard = QPointer<ProviderSettings>(this)](const SecretResult &) {
                          if (!guard)
                              return;
                          refreshKeyState(id);
                          Q_EMIT providerEdited(id);
                      });
}

void ProviderSettings::testConnection(const QString &id)
{
    const std::optional<Provider> provider = m_registry->find(id);
    if (!provider || provider->baseUrl.isEmpty()) {
        Q_EMIT connectionTested(id, false, tr("Enter the provider's base URL first."), {});
        return;
    }
    m_secrets->read(
        id,
        [this, id, provider = *provider,
         guard = QPointer<ProviderSettings>(this)](const SecretResult &key) {
            if (!guard)
                return;
            if (!m_testClient) {
                m_testClient = new ChatClient(this);
                m_testClient->setNetworkOptions(m_network);
            }
            m_testClient->setEndpoint(
                provider.endpoint(key.status == SecretResult::Status::Ok ? key.key : QString()));
            ModelCatalog *catalog = m_testClient->listModels();
            connect(catalog, &ModelCatalog::loaded, this,
                    [this, id, catalog](const QList<ModelInfo> &models) {
                        QStringList names;
                        for (const ModelInfo &model : models)
                            names << model.id;
                        m_registry->setCachedModels(id, names, QDateTime::currentDateTimeUtc());
                        m_registry->noteListedCapabilities(id, models);
                        catalog->deleteLater();
                        Q_EMIT connectionTested(
                            id, true, tr("Connected: %n models.", nullptr, int(names.size())),
                            names);
                    });
            connect(catalog, &ModelCatalog::failed, this,
                    [this, id, catalog](const ApiError &error) {
                        catalog->deleteLater();
                        Q_EMIT connectionTested(id, false, error.message, {});
                    });
        });
}

QVariantMap ProviderSettings::network() const
{
    return {{QStringLiteral("proxyMode"), NetworkOptions::nameOf(m_network.proxyMode)},
            {QStringLiteral("proxyHost"), m_network.proxyHost},
            {QStringLiteral("proxyPort"), m_network.proxyPort},
            {QStringLiteral("proxyUser"), m_network.proxyUser},
            {QStringLiteral("caCertificateFile"), m_network.caCertificateFile}};
}

NetworkOptions ProviderSettings::networkOptions() const
{
    return m_network;
}

QString ProviderSettings::setNetwork(const QVariantMap &options)
{
    NetworkOptions network;
    network.proxyMode
        = NetworkOptions::proxyModeNamed(options.value(QStringLiteral("proxyMode")).toString());
    network.proxyHost = options.value(QStringLiteral("proxyHost")).toString().trimmed();
    network.proxyPort = quint16(options.value(QStringLiteral("proxyPort")).toUInt());
    network.proxyUser = options.value(QStringLiteral("proxyUser")).toString().trimmed();
    network.caCertificateFile
        = options.value(QStringLiteral("caCertificateFile")).toString().trimmed();
    const bool explicitProxy = network.proxyMode == NetworkOptions::ProxyMode::Http
        || network.proxyMode == NetworkOptions::ProxyMode::Socks5;
    if (explicitProxy && (network.proxyHost.isEmpty() || network.proxyPort == 0))
        return tr("Enter the proxy's host and port.");
    QList<QSslCertificate> certificates;
    if (const QString problem = network.loadCaCertificates(&certificates); !problem.isEmpty())
        return problem;
    m_network = network;
    m_settings->beginGroup(QStringLiteral("network"));
    m_settings->setValue(QStringLiteral("proxyMode"), NetworkOptions::nameOf(network.proxyMode));
    m_settings->setValue(QStringLiteral("proxyHost"), network.proxyHost);
    m_settings->setValue(QStringLiteral("proxyPort"), network.proxyPort);
    m_settings->setValue(QStringLiteral("proxyUser"), network.proxyUser);
    m_settings->setValue(QStringLiteral("caCertificateFile"), network.caCertificateFile);
    m_settings->endGroup();
    m_settings->sync();
    if (m_testClient)
        m_testClient->setNetworkOptions(m_network);
    Q_EMIT networkChanged();
    return {};
}
