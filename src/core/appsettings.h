#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace suanli {

// The config dir: --config-dir, else SUANLI_CONFIG_DIR, else the platform's app config location.
QString resolveConfigDir(const QString &overrideDir = {});

// Typed access to settings.ini in the config dir. Holds no secret.
class AppSettings final
{
public:
    explicit AppSettings(const QString &configDir);
    ~AppSettings();

    // "system", "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    int refreshVisibleMs() const;
    void setRefreshVisibleMs(int ms);
    int refreshHiddenMs() const;
    void setRefreshHiddenMs(int ms);

    // "keychain" (default) or "insecure-file", which the user must choose explicitly.
    QString secretStorage() const;
    void setSecretStorage(const QString &storage);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray tableState(const QString &key) const;
    void setTableState(const QString &key, const QByteArray &state);
    // A dialog's size and place (QWidget::saveGeometry), by the dialog's name.
    QByteArray dialogGeometry(const QString &key) const;
    void setDialogGeometry(const QString &key, const QByteArray &geometry);
    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);
    // The log viewer's options (wrap, line numbers, font size, highlight rules) as JSON.
    QByteArray logViewerState() const;
    void setLogViewerState(const QByteArray &json);

    QString configDir() const { return m_dir; }
    void sync();

private:
    QString m_dir;
    std::unique_ptr<QSettings> m_settings;
};

// How often an account's list is refreshed: often while its tab is visible, rarely while hidden,
// and with growing pauses while the platform cannot be reached.
int nextRefreshDelayMs(bool visible, int consecutiveFailures, int visibleMs = 5000, int hiddenMs = 30000,
                       int maxBackoffMs = 120000);

} // namespace suanli
