#include "providerregistry.h"

#include "jsonsettingsarray.h"
#include "providerpresets.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcRegistry, "confab.providers.registry")

} // namespace

ProviderRegistry::ProviderRegistry(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

std::optional<Provider> ProviderRegistry::find(const QString &idOrName) const
{
    if (const qsizetype index = indexOf(idOrName); index >= 0)
        return m_providers.at(index);
    for (const Provider &provider : m_providers) {
        if (provider.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return provider;
    }
    return std::nullopt;
}

Provider ProviderRegistry::addFromPreset(const QString &presetId)
{
    std::optional<Provider> preset = ProviderPresets::find(presetId);
    if (!preset)
        return {};
    // The first copy keeps the preset id, which reads well in settings and on the command line.
    if (preset->presetId.isEmpty() || indexOf(preset->id) >= 0)
        preset->id.clear();
    return add(*preset);
}

Provider ProviderRegistry::add(Provider provider)
{
    if (provider.id.isEmpty() || indexOf(provider.id) >= 0)
        provider.id = newId();
    provider.name = provider.name.trimmed();
    if (provider.name.isEmpty())
        provider.name
            = provider.baseUrl.host().isEmpty() ? tr("Provider") : provider.baseUrl.host();
    provider.name = uniqueName(provider.name);
    m_providers.append(provider);
    save();
    return provider;
}

Provider ProviderRegistry::duplicate(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return {};
    Provider copy = m_providers.at(index);
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    return add(copy);
}

bool ProviderRegistry::update(const Provider &provider)
{
    const qsizetype index = indexOf(provider.id);
    const QString name = provider.name.trimmed();
    if (index < 0 || name.isEmpty() || nameTaken(name, provider.id))
        return false;
    Provider updated = provider;
    updated.name = name;
    updated.recentModels = updated.recentModels.mid(0, Provider::maxRecentModels);
    if (m_providers.at(index) == updated)
        return true;
    m_providers[index] = updated;
    save();
    return true;
}

bool ProviderRegistry::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_providers.removeAt(index);
    if (lastUsedProviderId() == id && m_settings)
        m_settings->remove(lastUsedKey);
    save();
    return true;
}

void ProviderRegistry::noteModelUsed(const QString &id, const QString &model)
{
    const qsizetype index = indexOf(id);
    if (index < 0 || model.trimmed().isEmpty())
        return;
    Provider &provider = m_providers[index];
    const QString used = model.trimmed();
    if (provider.recentModels.value(0) == used && !provider.defaultModel.isEmpty())
        return;
    provider.recentModels.removeAll(used);
    provider.recentModels.prepend(used);
    provider.recentModels = provider.recentModels.mid(0, Provider::maxRecentModels);
    if (provider.defaultModel.isEmpty())
        provider.defaultModel = used;
    save();
}

void ProviderRegistry::setCachedModels(const QString &id, const QStringList &models,
                                       const QDateTime &when)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    Provider &provider = m_providers[index];
    provider.cachedModels = models;
    provider.cachedModels.removeDuplicates();
    provider.cachedModels.removeAll(QString());
    provider.modelsFetchedAt = when;
    save();
}

ModelCapabilities ProviderRegistry::capabilities(const QString &id, const QString &model) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? ModelCapabilities() : m_providers.at(index).capabilities.value(model);
}

void ProviderRegistry::noteCapability(const QString &id, const QString &model,
                                      ModelCapability capability, bool supported,
                                      CapabilityFlag::Source source)
{
    const qsizetype index = indexOf(id);
    if (index < 0 || model.isEmpty())
        return;
    ModelCapabilities known = m_providers.at(index).capabilities.value(model);
    if (!known.note(capability, supported, source, QDateTime::currentMSecsSinceEpoch()))
        return;
    m_providers[index].capabilities.insert(model, known);
    save();
}

void ProviderRegistry::noteListedCapabilities(const QString &id, const QList<ModelInfo> &models)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    bool changed = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ModelInfo &model : models) {
        const ModelCapabilities &listed = model.capabilities;
        if (listed.isEmpty())
            continue;
        ModelCapabilities &known = m_providers[index].capabilities[model.id];
        for (ModelCapability capability :
             {ModelCapability::Vision, ModelCapability::Tools, ModelCapability::Reasoning}) {
            const CapabilityFlag &said = listed.flag(capability);
            if (said.support != CapabilityFlag::Support::Unknown)
                changed = known.note(capability, said.isYes(), CapabilityFlag::Source::Listed, now)
                    || changed;
        }
    }
    if (changed)
        save();
}

void ProviderRegistry::setCapability(const QString &id, const QString &model,
                                     ModelCapability capability, CapabilityFlag::Support support)
{
    const qsizetype index = indexOf(id);
    if (index < 0 || model.isEmpty())
        return;
    QMap<QString, ModelCapabilities> &all = m_providers[index].capabilities;
    ModelCapabilities known = all.value(model);
    known.set(capability, support, QDateTime::currentMSecsSinceEpoch());
    if (known == all.value(model))
        return;
    if (known.isEmpty())
        all.remove(model);
    else
        all.insert(model, known);
    save();
}

QString ProviderRegistry::lastUsedProviderId() const
{
    return m_settings ? m_settings->value(lastUsedKey).toString() : QString();
}

void ProviderRegistry::setLastUsedProviderId(const QString &id)
{
    if (!m_settings || lastUsedProviderId() == id)
        return;
    m_settings->setValue(lastUsedKey, id);
    m_settings->sync();
    Q_EMIT changed();
}

void ProviderRegistry::load()
{
    m_providers.clear();
    if (!m_settings)
        return;
    const auto take = [this](const QJsonObject &json, QString *error) {
        std::optional<Provider> provider = Provider::fromJson(json, error);
        if (!provider)
            return false;
        if (indexOf(provider->id) >= 0) {
            qCWarning(lcRegistry) << "Skipping a second provider with id" << provider->id;
            return true; // valid, but the id is taken: warned here, not as an invalid entry
        }
        provider->name = uniqueName(provider->name);
        m_providers.append(*provider);
        return true;
    };
    JsonSettingsArray::read(*m_settings, settingsGroup, lcRegistry, "provider", take);
}

void ProviderRegistry::save()
{
    if (m_settings) {
        QList<QJsonObject> objects;
        for (const Provider &provider : std::as_const(m_providers))
            objects.append(provider.toJson());
        JsonSettingsArray::write(*m_settings, settingsGroup, objects);
    }
    Q_EMIT changed();
}

qsizetype ProviderRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).id == id)
            return i;
    }
    return -1;
}

bool ProviderRegistry::nameTaken(const QString &name, const QString &exceptId) const
{
    return std::any_of(m_providers.begin(), m_providers.end(), [&](const Provider &provider) {
        return provider.id != exceptId && provider.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QString ProviderRegistry::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; nameTaken(name); ++n)
        name = u"%1 %2"_s.arg(wanted).arg(n);
    return name;
}

QString ProviderRegistry::newId() const
{
    QString id;
    do {
        id = u"custom-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    } while (indexOf(id) >= 0);
    return id;
}
