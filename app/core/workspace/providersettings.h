#pragma once

#include "client/networkoptions.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class ChatClient;
class ModelCatalog;
class ProviderRegistry;
class QSettings;
class SecretStore;
struct Provider;

// The settings window's view of providers, keys and the network: the person's providers as
// a list model, the presets to add from, the key of each in the keychain, "Test
// connection", and the proxy and certificate options. Keys go to the SecretStore only.
class ProviderSettings : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Workspace owns the provider settings.")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)
    Q_PROPERTY(bool keychainAvailable READ isKeychainAvailable NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY keychainChanged)
    Q_PROPERTY(QVariantMap network READ network NOTIFY networkChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // QString
        NameRole, // QString
        BaseUrlRole, // QString
        DefaultModelRole, // QString
        KeyRequiredRole, // bool
        KeyStateRole, // QString: "stored", "missing", "not needed", "this run only", "unknown"
        PresetIdRole, // QString
        NoteRole, // QString: what the preset says to check, if anything
        DocsUrlRole, // QString: where to get a key (shown, never opened by itself)
    };
    Q_ENUM(Roles)

    // The network options are kept in `settings` (group "network"; never a password).
    ProviderSettings(ProviderRegistry *registry, SecretStore *secrets, QSettings *settings,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // [{id, name, baseUrl, keyRequired, note, docsUrl}] in the presets' order.
    QVariantList presets() const;
    bool isKeychainAvailable() const;
    QString keychainMessage() const;

    // Returns the new provider's id.
    Q_INVOKABLE QString addFromPreset(const QString &presetId);
    Q_INVOKABLE QString duplicate(const QString &id);
    Q_INVOKABLE bool remove(const QString &id); // its key too
    // {id, name, baseUrl, defaultModel, keyRequired, extraHeaders ("Name: value" lines)}.
    Q_INVOKABLE QVariantMap provider(const QString &id) const;
    // Saves those fields. Returns a message for people when they cannot be saved.
    Q_INVOKABLE QString save(const QString &id, const QVariantMap &fields);

    // Keys: stored in the keychain; keyStored reports how it went. When the keychain is
    // unavailable, keepKeyForThisRun keeps it in memory until Confab quits.
    Q_INVOKABLE void storeKey(const QString &id, const QString &key);
    Q_INVOKABLE void keepKeyForThisRun(const QString &id, const QString &key);
    Q_INVOKABLE void forgetKey(const QString &id);
    // Lists the models with the saved settings and key; connectionTested reports the result
    // and the exact failure (DNS, TLS, 401, 404 on the path…).
    Q_INVOKABLE void testConnection(const QString &id);

    // What each model takes, for the models worth showing (recent, the default, and any
    // with something learned or set by the person): [{model, vision, tools, reasoning ("yes", "no",
    // "unknown"), visionOrigin, toolsOrigin, reasoningOrigin (who said so, for people)}].
    Q_INVOKABLE QVariantList modelCapabilities(const QString &id) const;
    // The person's choice: capability "vision", "tools" or "reasoning"; support "yes", "no"
    // or "unknown" (forget). False for an unknown provider, capability or empty model.
    Q_INVOKABLE bool setModelCapability(const QString &id, const QString &model,
                                        const QString &capability, const QString &support);

    // {proxyMode: "system"|"none"|"http"|"socks5", proxyHost, proxyPort, proxyUser,
    //  caCertificateFile}
    QVariantMap network() const;
    // Saves and applies them. Returns a message for people when they cannot be used.
    Q_INVOKABLE QString setNetwork(const QVariantMap &options);
    NetworkOptions networkOptions() const;

Q_SIGNALS:
    void countChanged();
    void keychainChanged();
    void networkChanged();
    void keyStored(const QString &id, bool ok, const QString &message);
    // The provider's address, headers or key changed: a Workspace using it takes them up.
    void providerEdited(const QString &id);
    // A model's capabilities changed (learned, listed or set): modelCapabilities() anew.
    void capabilitiesChanged();
    void connectionTested(const QString &id, bool ok, const QString &message,
                          const QStringList &models);

private:
    void reload();
    void refreshKeyState(const QString &id);
    int rowOf(const QString &id) const;

    QPointer<ProviderRegistry> m_registry;
    QPointer<SecretStore> m_secrets;
    QSettings *m_settings;
    QHash<QString, QString> m_keyStates; // id -> KeyStateRole
    NetworkOptions m_network;
    ChatClient *m_testClient = nullptr; // for Test connection
};
