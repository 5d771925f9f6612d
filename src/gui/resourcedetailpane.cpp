#include "resourcedetailpane.h"

#include "terminallauncher.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace suanli::gui {

ResourceDetailPane::ResourceDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_link(new QLabel(this))
    , m_openButton(new QToolButton(this))
    , m_placeholder(new QLabel(tr("Select a row to see every field the platform returned."), this))
    , m_tree(new QTreeWidget(this))
    , m_pages(new QTabWidget(this))
    , m_remoteBox(new QWidget(this))
    , m_ssh(new QLabel(m_remoteBox))
    , m_password(new QLabel(m_remoteBox))
    , m_reveal(new QToolButton(m_remoteBox))
    , m_remoteButtons(new QWidget(m_remoteBox))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_link, 1);
    top->addWidget(m_openButton);
    layout->addLayout(top);
    layout->addWidget(m_remoteBox);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_pages, 1);
    m_pages->setObjectName(QStringLiteral("detailPages"));
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true); // one page: just the fields, as before
    m_pages->addTab(m_tree, tr("Fields"));

    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_link->setObjectName(QStringLiteral("detailLink"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setOpenExternalLinks(true);

    m_openButton->setObjectName(QStringLiteral("detailOpenButton"));
    m_openButton->setText(tr("Open in browser"));
    m_openButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openButton->setIcon(style()->standardIcon(QStyle::SP_DirLinkIcon));
    connect(m_openButton, &QToolButton::clicked, this, [this] {
        if (m_resource && !m_resource->webUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_resource->webUrl));
    });

    // SSH access apart from the raw fields: the password is never in the tree, and shows here
    // only when asked for.
    m_remoteBox->setObjectName(QStringLiteral("remoteBox"));
    auto *remote = new QHBoxLayout(m_remoteBox);
    remote->setContentsMargins(0, 0, 0, 0);
    auto *sshCaption = new QLabel(tr("SSH:"), m_remoteBox);
    auto *passwordCaption = new QLabel(tr("Password:"), m_remoteBox);
    m_ssh->setObjectName(QStringLiteral("remoteCommand"));
    m_ssh->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ssh->setFont(mono);
    m_password->setObjectName(QStringLiteral("remotePassword"));
    m_password->setFont(mono);
    m_password->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(QStringLiteral("revealPassword"));
    m_reveal->setCheckable(true);
    m_reveal->setAutoRaise(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show the password"));
    connect(m_reveal, &QToolButton::toggled, this, &ResourceDetailPane::setPasswordRevealed);
    auto *buttons = new QHBoxLayout(m_remoteButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    remote->addWidget(sshCaption);
    remote->addWidget(m_ssh);
    remote->addSpacing(16);
    remote->addWidget(passwordCaption);
    remote->addWidget(m_password);
    remote->addWidget(m_reveal);
    remote->addSpacing(8);
    remote->addWidget(m_remoteButtons);
    remote->addStretch(1);
    m_remoteBox->hide();

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // the disabled text colour of the palette: a quiet hint

    m_tree->setObjectName(QStringLiteral("detailTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 220);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(tr("&Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ResourceDetailPane::copySelected);
    m_tree->addAction(copy);
    auto *copyJson = new QAction(tr("Copy all as &JSON"), m_tree);
    connect(copyJson, &QAction::triggered, this, &ResourceDetailPane::copyAllAsJson);
    m_tree->addAction(copyJson);

    setResource(std::nullopt);
}

ResourceDetailPane::~ResourceDetailPane() = default;

void ResourceDetailPane::setRemoteActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_remoteButtons);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_remoteButtons->layout()->addWidget(button);
    }
}

void ResourceDetailPane::setPasswordRevealed(bool revealed)
{
    m_revealed = revealed;
    if (m_reveal->isChecked() != revealed) {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(revealed);
    }
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(revealed ? tr("Hide the password") : tr("Show the password"));
    updateRemote();
}

void ResourceDetailPane::updateRemote()
{
    const bool has = m_resource && m_resource->remote.isValid();
    m_remoteBox->setVisible(has);
    if (!has) {
        m_ssh->clear();
        m_password->clear();
        return;
    }
    m_ssh->setText(TerminalLauncher::sshCommand(m_resource->remote));
    const QString password = m_resource->remote.password;
    m_reveal->setEnabled(!password.isEmpty());
    if (password.isEmpty())
        m_password->setText(tr("(none given)"));
    else
        m_password->setText(m_revealed ? password : QString(8, QChar(0x2022))); // the length stays hidden too
}

void ResourceDetailPane::setResource(const std::optional<Resource> &resource)
{
    const bool sameRaw = m_resource && resource && m_resource->id == resource->id && m_resource->raw == resource->raw;
    // Another resource: its password starts hidden again.
    if (!(m_resource && resource && m_resource->id == resource->id) && m_revealed)
        setPasswordRevealed(false);
    m_resource = resource;
    updateRemote();
    const bool has = resource.has_value();
    m_placeholder->setVisible(!has);
    m_pages->setVisible(has);
    m_title->setVisible(has);
    if (!has) {
        m_tree->clear();
        m_link->clear();
        m_openButton->hide();
        Q_EMIT resourceChanged(std::nullopt);
        return;
    }
    m_title->setText(resource->name.isEmpty() ? resource->id : resource->name + QStringLiteral("  ·  ") + resource->id);
    if (resource->webUrl.isEmpty()) {
        m_link->clear();
        m_openButton->hide();
    } else {
        const QString url = resource->webUrl.toHtmlEscaped();
        m_link->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
        m_link->setToolTip(tr("Open %1 in the browser").arg(resource->webUrl));
        m_openButton->show();
    }
    // Rebuilding on every refresh would collapse what the user expanded and lose the scroll.
    if (!sameRaw)
        rebuildTree();
    Q_EMIT resourceChanged(resource);
}

int ResourceDetailPane::addPage(QWidget *page, const QString &title)
{
    return m_pages->addTab(page, title);
}

void ResourceDetailPane::addValue(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    item->setFlags(item->flags() | Qt::ItemIsSelectable);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        item->setText(1, tr("{%n field(s)}", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end(); ++it)
            addValue(item, tree, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        item->setText(1, tr("[%n item(s)]", nullptr, int(a.size())));
        for (int i = 0; i < a.size(); ++i)
            addValue(item, tree, QStringLiteral("[%1]").arg(i), a.at(i));
    } else if (value.isString()) {
        item->setText(1, value.toString());
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        // Whole numbers without a fraction; others as sent, not rounded for display.
        const double d = value.toDouble();
        item->setText(1, d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17));
    } else {
        item->setText(1, QStringLiteral("null"));
    }
    item->setToolTip(1, item->text(1));
}

void ResourceDetailPane::rebuildTree()
{
    m_tree->clear();
    if (!m_resource)
        return;
    const QJsonObject &raw = m_resource->raw;
    bool nested = false;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        nested = nested || it.value().isObject() || it.value().isArray();
        addValue(nullptr, m_tree, it.key(), it.value());
    }
    // Flat answers read better without the indentation of a tree.
    m_tree->setRootIsDecorated(nested);
    m_tree->expandAll();
}

void ResourceDetailPane::copySelected() const
{
    QStringList lines;
    const auto items = m_tree->selectedItems();
    for (const QTreeWidgetItem *item : items)
        lines.append(item->text(0) + QStringLiteral(": ") + item->text(1));
    if (lines.size() == 1)
        QGuiApplication::clipboard()->setText(items.first()->text(1)); // one value: just the value
    else if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ResourceDetailPane::copyAllAsJson() const
{
    if (m_resource)
        QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_resource->raw).toJson(QJsonDocument::Indented)));
}

} // namespace suanli::gui
