#include "yuanjingkeyspage.h"

#include "secretclipboard.h"

#include "platforms/yuanjing/yuanjingprovider.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

enum Column { App, Id, Key, Secret };

QString masked(const QString &value)
{
    if (value.isEmpty())
        return {};
    return value.size() <= 8 ? QStringLiteral("••••••") : value.left(3) + QStringLiteral("••••••") + value.right(3);
}

} // namespace

YuanjingKeysPage::YuanjingKeysPage(yuanjing::YuanjingProvider *provider, QWidget *parent)
    : QWidget(parent)
    , m_provider(provider)
    , m_clipboard(new SecretClipboard(QGuiApplication::clipboard(), this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_apply(new QPushButton(tr("&Apply for a key…"), this))
    , m_reveal(new QPushButton(tr("Re&veal"), this))
    , m_copyKey(new QPushButton(tr("Copy API &key"), this))
    , m_copySecret(new QPushButton(tr("Copy &secret key"), this))
{
    setObjectName(QStringLiteral("yuanjingKeysPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("API keys let programs call 元境 for you. Each app has an API key and a secret key: "
                                "keep both as secret as a password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_refresh, m_apply, m_reveal, m_copyKey, m_copySecret})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("keysStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_list->setObjectName(QStringLiteral("keysList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("App"), tr("ID"), tr("API key"), tr("Secret key")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(App, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_list->setColumnWidth(Id, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_list->setColumnWidth(Key, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    layout->addWidget(m_list, 1);
    m_apply->setObjectName(QStringLiteral("keysApply"));
    m_reveal->setObjectName(QStringLiteral("keysReveal"));
    m_copyKey->setObjectName(QStringLiteral("keysCopyKey"));
    m_copySecret->setObjectName(QStringLiteral("keysCopySecret"));

    connect(m_refresh, &QPushButton::clicked, this, &YuanjingKeysPage::reload);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_reveal, &QPushButton::clicked, this, &YuanjingKeysPage::toggleReveal);
    connect(m_copyKey, &QPushButton::clicked, this, [this] { copyKey(false); });
    connect(m_copySecret, &QPushButton::clicked, this, [this] { copyKey(true); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &YuanjingKeysPage::updateButtons);
    updateButtons();
}

YuanjingKeysPage::~YuanjingKeysPage() = default;

void YuanjingKeysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

QString YuanjingKeysPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(App, Qt::UserRole).toString() : QString();
}

QString YuanjingKeysPage::shownKey(const QString &appId) const
{
    const auto it = m_keys.constFind(appId);
    if (it == m_keys.cend())
        return tr("(not fetched)");
    return m_revealed.contains(appId) ? it->apikey : masked(it->apikey);
}

void YuanjingKeysPage::reload()
{
    m_status->setText(tr("Reading the apps…"));
    m_provider->apps(this, [this](const Result<QList<yuanjing::ApiApp>> &r) {
        m_loaded = true;
        if (!r) {
            m_error = r.error().toDisplayString();
            m_status->setText(tr("The apps could not be read: %1").arg(m_error));
        } else {
            m_error.clear();
            m_apps = r.value();
            m_status->setText(m_apps.isEmpty() ? tr("No API keys yet: apply for one.")
                                               : tr("%n app(s). Select one and reveal its keys.", nullptr, int(m_apps.size())));
            rebuild();
        }
        Q_EMIT loaded();
    });
}

void YuanjingKeysPage::rebuild()
{
    const QString keep = selectedId();
    m_list->clear();
    for (const yuanjing::ApiApp &a : std::as_const(m_apps)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(App, a.appname);
        item->setData(App, Qt::UserRole, a.id);
        item->setText(Id, a.id);
        const auto it = m_keys.constFind(a.id);
        const bool shown = m_revealed.contains(a.id);
        item->setText(Key, shownKey(a.id));
        item->setText(Secret, it == m_keys.cend() ? QString() : shown ? it->secretkey : masked(it->secretkey));
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void YuanjingKeysPage::updateButtons()
{
    const QString id = selectedId();
    m_reveal->setEnabled(!id.isEmpty());
    m_reveal->setText(m_revealed.contains(id) ? tr("&Hide") : tr("Re&veal"));
    m_copyKey->setEnabled(!id.isEmpty());
    m_copySecret->setEnabled(!id.isEmpty());
}

void YuanjingKeysPage::withKey(const QString &appId, std::function<void(const yuanjing::ApiKey &)> then)
{
    if (const auto it = m_keys.constFind(appId); it != m_keys.cend()) {
        then(*it);
        return;
    }
    m_status->setText(tr("Fetching the keys…"));
    m_provider->apiKey(appId, this, [this, appId, then](const Result<yuanjing::ApiKey> &r) {
        if (!r) {
            m_error = r.error().toDisplayString();
            m_status->setText(tr("The keys could not be read: %1").arg(m_error));
            return;
        }
        m_keys.insert(appId, r.value());
        m_status->clear();
        Q_EMIT keysFetched(appId);
        then(r.value());
    });
}

void YuanjingKeysPage::toggleReveal()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    withKey(id, [this, id](const yuanjing::ApiKey &) {
        if (m_revealed.contains(id))
            m_revealed.remove(id);
        else
            m_revealed.insert(id);
        rebuild();
    });
}

void YuanjingKeysPage::copyKey(bool secret)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    withKey(id, [this, secret](const yuanjing::ApiKey &key) {
        m_clipboard->copy(secret ? key.secretkey : key.apikey);
        rebuild();
        Q_EMIT statusMessage(secret ? tr("The secret key is on the clipboard for %n second(s).", nullptr, m_clipboard->clearAfterMs() / 1000)
                                    : tr("The API key is on the clipboard for %n second(s).", nullptr, m_clipboard->clearAfterMs() / 1000));
    });
}

void YuanjingKeysPage::apply(const QString &name, const QString &description)
{
    QString appName = name.trimmed();
    QString text = description;
    if (appName.isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("applyKeyDialog"));
        dialog.setWindowTitle(tr("Apply for an API key"));
        auto *form = new QFormLayout(&dialog);
        auto *nameEdit = new QLineEdit(&dialog);
        nameEdit->setObjectName(QStringLiteral("applyKeyName"));
        nameEdit->setMaxLength(64);
        nameEdit->setPlaceholderText(tr("What uses the key, e.g. my-desktop"));
        auto *descriptionEdit = new QLineEdit(&dialog);
        descriptionEdit->setObjectName(QStringLiteral("applyKeyDescription"));
        form->addRow(tr("App &name:"), nameEdit);
        form->addRow(tr("&Description:"), descriptionEdit);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialog.setMinimumWidth(420);
        if (dialog.exec() != QDialog::Accepted || nameEdit->text().trimmed().isEmpty())
            return;
        appName = nameEdit->text().trimmed();
        text = descriptionEdit->text().trimmed();
    }
    m_status->setText(tr("Applying for a key for “%1”…").arg(appName));
    m_provider->applyApiKey(appName, text, this, [this, appName](const Result<Done> &r) {
        if (!r) {
            m_error = r.error().toDisplayString();
            m_status->setText(tr("No key was made: %1").arg(m_error));
            return;
        }
        Q_EMIT statusMessage(tr("Applied for an API key for “%1”.").arg(appName));
        reload();
    });
}

} // namespace suanli::gui
