#include "appsettings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace suanli {

QString resolveConfigDir(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    const QString env = qEnvironmentVariable("SUANLI_CONFIG_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("suanli-console"));
}

AppSettings::AppSettings(const QString &configDir)
    : m_dir(configDir)
    , m_settings(std::make_unique<QSettings>(QDir(configDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

int AppSettings::refreshVisibleMs() const
{
    return std::clamp(m_settings->value(QStringLiteral("refresh/visibleMs"), 5000).toInt(), 1000, 600000);
}

void AppSettings::setRefreshVisibleMs(int ms)
{
    m_settings->setValue(QStringLiteral("refresh/visibleMs"), ms);
}

int AppSettings::refreshHiddenMs() const
{
    return std::clamp(m_settings->value(QStringLiteral("refresh/hiddenMs"), 30000).toInt(), 1000, 3600000);
}

void AppSettings::setRefreshHiddenMs(int ms)
{
    m_settings->setValue(QStringLiteral("refresh/hiddenMs"), ms);
}

QString AppSettings::secretStorage() const
{
    return m_settings->value(QStringLiteral("security/secretStorage"), QStringLiteral("keychain")).toString();
}

void AppSettings::setSecretStorage(const QString &storage)
{
    m_settings->setValue(QStringLiteral("security/secretStorage"), storage);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/geometry"), state);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::tableState(const QString &key) const
{
    return m_settings->value(QStringLiteral("tables/") + key).toByteArray();
}

void AppSettings::setTableState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("tables/") + key, state);
}

QByteArray AppSettings::dialogGeometry(const QString &key) const
{
    return m_settings->value(QStringLiteral("dialogs/") + key).toByteArray();
}

void AppSettings::setDialogGeometry(const QString &key, const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("dialogs/") + key, geometry);
}

QString AppSettings::currentAccountId() const
{
    return m_settings->value(QStringLiteral("window/currentAccount")).toString();
}

void AppSettings::setCurrentAccountId(const QString &id)
{
    m_settings->setValue(QStringLiteral("window/currentAccount"), id);
}

QByteArray AppSettings::logViewerState() const
{
    return m_settings->value(QStringLiteral("logViewer/state")).toByteArray();
}

void AppSettings::setLogViewerState(const QByteArray &json)
{
    m_settings->setValue(QStringLiteral("logViewer/state"), json);
}

void AppSettings::sync()
{
    m_settings->sync();
}

int nextRefreshDelayMs(bool visible, int consecutiveFailures, int visibleMs, int hiddenMs, int maxBackoffMs)
{
    const int base = visible ? visibleMs : hiddenMs;
    if (consecutiveFailures <= 0)
        return base;
    const int shift = std::min(consecutiveFailures, 10);
    const qint64 backoff = qint64(base) << shift;
    return int(std::min<qint64>(std::max<qint64>(backoff, base), std::max(maxBackoffMs, base)));
}

} // namespace suanli
