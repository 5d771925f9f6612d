#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include "core/appsettings.h"
#include "core/secretstore.h"

#include <QStyle>

namespace suanli::gui {

SettingsDialog::SettingsDialog(const AppSettings &settings, const QString &storageNote, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setObjectName(QStringLiteral("SettingsDialog"));

    m_ui->languageCombo->addItem(tr("System default"), QStringLiteral("system"));
    // Each language is named in itself, so that it can be found whatever the current one is.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int lang = m_ui->languageCombo->findData(settings.language());
    m_ui->languageCombo->setCurrentIndex(lang >= 0 ? lang : 0);
    m_ui->restartNoteLabel->setEnabled(false);

    m_ui->visibleSpin->setSuffix(tr(" s"));
    m_ui->hiddenSpin->setSuffix(tr(" s"));
    m_ui->visibleSpin->setValue(settings.refreshVisibleMs() / 1000);
    m_ui->hiddenSpin->setValue(settings.refreshHiddenMs() / 1000);
    m_ui->backoffNoteLabel->setEnabled(false);

    const bool insecure = settings.secretStorage() == u"insecure-file";
    m_ui->insecureRadio->setChecked(insecure);
    m_ui->keychainRadio->setChecked(!insecure);
    m_ui->insecureWarningLabel->setText(InsecureFileSecretStore::warning());
    m_ui->insecureWarningLabel->setVisible(insecure);
    connect(m_ui->insecureRadio, &QRadioButton::toggled, m_ui->insecureWarningLabel, &QLabel::setVisible);
    if (storageNote.isEmpty()) {
        m_ui->storageNoteLabel->setText(tr("Secrets held now are moved to the new place when you press OK."));
    } else {
        m_ui->storageNoteLabel->setText(storageNote);
        m_ui->keychainRadio->setEnabled(false);
        m_ui->insecureRadio->setEnabled(false);
    }
    m_ui->storageNoteLabel->setEnabled(false);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

int SettingsDialog::refreshVisibleMs() const
{
    return m_ui->visibleSpin->value() * 1000;
}

int SettingsDialog::refreshHiddenMs() const
{
    return m_ui->hiddenSpin->value() * 1000;
}

QString SettingsDialog::secretStorage() const
{
    return m_ui->insecureRadio->isChecked() ? QStringLiteral("insecure-file") : QStringLiteral("keychain");
}

} // namespace suanli::gui
