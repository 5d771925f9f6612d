#pragma once

#include <QDialog>

#include <memory>

namespace suanli {
class AppSettings;
}

namespace suanli::gui {

namespace Ui {
class SettingsDialog;
}

// Language, refresh intervals and where secrets are kept. Shows the values of `settings`;
// the caller applies what the user chose.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `storageNote`, when not empty, explains why the secret storage cannot be changed (the demo).
    SettingsDialog(const AppSettings &settings, const QString &storageNote, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString language() const;        // "system", "en", "zh_CN"
    int refreshVisibleMs() const;
    int refreshHiddenMs() const;
    QString secretStorage() const;   // "keychain", "insecure-file"

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace suanli::gui
