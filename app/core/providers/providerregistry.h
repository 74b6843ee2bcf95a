#pragma once

#include "client/modelcatalog.h"
#include "provider.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>

#include <optional>

// The person's own providers (copies of presets or Custom ones), kept in QSettings.
// Keys are never stored here: Provider has no key field, and the secret store keeps them.
class ProviderRegistry : public QObject
{
    Q_OBJECT

public:
    // Loads what `settings` holds; entries that do not parse are skipped (and logged).
    explicit ProviderRegistry(QSettings *settings, QObject *parent = nullptr);

    const QList<Provider> &providers() const { return m_providers; }
    // By id exactly, else by name ignoring case.
    std::optional<Provider> find(const QString &idOrName) const;

    // Each returns the provider as stored, or one with an empty id when nothing was added
    // (an unknown preset or id).
    Provider addFromPreset(const QString &presetId); // named "OpenAI 2" when "OpenAI" is taken
    Provider add(Provider provider); // assigns an id when it has none or a taken one
    Provider duplicate(const QString &id); // "X (copy)", a new id, the same settings

    // By id; false when the id is unknown or the name is empty or taken by another.
    bool update(const Provider &provider);
    bool remove(const QString &id);

    // Moves `model` to the front of the recent models; the first one becomes the default.
    void noteModelUsed(const QString &id, const QString &model);
    void setCachedModels(const QString &id, const QStringList &models, const QDateTime &when);

    // What provider `id` knows of `model`; nothing for an unknown provider or model.
    ModelCapabilities capabilities(const QString &id, const QString &model) const;
    // Records what an answer showed (Learned) or the model list said (Listed), below the
    // person's word; saves and emits changed() when something changed.
    void noteCapability(const QString &id, const QString &model, ModelCapability capability,
                        bool supported, CapabilityFlag::Source source);
    // The model list's capabilities, for every model it describes.
    void noteListedCapabilities(const QString &id, const QList<ModelInfo> &models);
    // The person's choice; Unknown forgets it.
    void setCapability(const QString &id, const QString &model, ModelCapability capability,
                       CapabilityFlag::Support support);

    QString lastUsedProviderId() const;
    void setLastUsedProviderId(const QString &id);

    // What is stored: QSettings array "providers" of {json}, and "lastUsedProvider".
    static constexpr QLatin1StringView settingsGroup {"providers"};
    static constexpr QLatin1StringView lastUsedKey {"lastUsedProvider"};

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();
    qsizetype indexOf(const QString &id) const;
    bool nameTaken(const QString &name, const QString &exceptId = {}) const;
    QString uniqueName(const QString &wanted) const;
    QString newId() const;

    QPointer<QSettings> m_settings;
    QList<Provider> m_providers;
};
