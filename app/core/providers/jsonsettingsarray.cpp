#include "jsonsettingsarray.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>

namespace {

const QLatin1StringView jsonKey {"json"};

} // namespace

namespace JsonSettingsArray {

void read(QSettings &settings, QLatin1StringView group, QMessageLogger::CategoryFunction category,
          const char *what, const Take &take)
{
    const int count = settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        QJsonParseError parseError;
        const QJsonDocument document
            = QJsonDocument::fromJson(settings.value(jsonKey).toString().toUtf8(), &parseError);
        QString error = parseError.errorString();
        const bool taken = parseError.error == QJsonParseError::NoError && document.isObject()
            && take(document.object(), &error);
        if (!taken)
            qCWarning(category) << "Skipping stored" << what << i + 1 << error;
    }
    settings.endArray();
}

void write(QSettings &settings, QLatin1StringView group, const QList<QJsonObject> &objects)
{
    settings.remove(group);
    settings.beginWriteArray(group, int(objects.size()));
    for (int i = 0; i < objects.size(); ++i) {
        settings.setArrayIndex(i);
        const QByteArray json = QJsonDocument(objects.at(i)).toJson(QJsonDocument::Compact);
        settings.setValue(jsonKey, QString::fromUtf8(json));
    }
    settings.endArray();
    settings.sync();
}

} // namespace JsonSettingsArray
