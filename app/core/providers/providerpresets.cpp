#include "providerpresets.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcPresets, "confab.providers.presets")

const QString resourcePath = u":/confab/presets.json"_s;

struct PresetData
{
    QList<Provider> presets;
    QHash<QString, QString> notes; // preset id -> note
};

const PresetData &data()
{
    static const PresetData loaded = [] {
        PresetData result;
        QFile file(resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPresets) << "Cannot read" << resourcePath << file.errorString();
            return result;
        }
        const QByteArray json = file.readAll();
        QStringList problems;
        result.presets = ProviderPresets::parse(json, &problems);
        for (const QString &problem : std::as_const(problems))
            qCWarning(lcPresets) << problem;
        const QJsonArray entries
            = QJsonDocument::fromJson(json).object().value("presets"_L1).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            const QString note = object.value("note"_L1).toString();
            if (!note.isEmpty())
                result.notes.insert(object.value("id"_L1).toString(), note);
        }
        return result;
    }();
    return loaded;
}

} // namespace

const QList<Provider> &ProviderPresets::all()
{
    return data().presets;
}

std::optional<Provider> ProviderPresets::find(const QString &presetId)
{
    for (const Provider &preset : all()) {
        if (preset.id == presetId)
            return preset;
    }
    return std::nullopt;
}

QString ProviderPresets::note(const QString &presetId)
{
    return data().notes.value(presetId);
}

QList<Provider> ProviderPresets::parse(const QByteArray &json, QStringList *problems)
{
    QList<Provider> presets;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (problems)
            problems->append(u"Presets are not JSON: "_s + parseError.errorString());
        return presets;
    }
    const QJsonArray entries = document.object().value("presets"_L1).toArray();
    for (const QJsonValue &entry : entries) {
        QString error;
        std::optional<Provider> preset = Provider::fromJson(entry.toObject(), &error);
        if (!preset) {
            if (problems)
                problems->append(error);
            continue;
        }
        preset->presetId = preset->id == customId ? QString() : preset->id;
        presets.append(*preset);
    }
    return presets;
}
