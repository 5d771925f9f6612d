#include "batchresultdialog.h"

#include "statustones.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

enum Column { Mark, Name, Id, Result };

} // namespace

BatchResultDialog::BatchResultDialog(const QString &actionLabel, const QList<Resource> &resources,
                                     const BatchOutcome &outcome, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("BatchResultDialog"));
    setWindowTitle(tr("%1 — result").arg(actionLabel));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &BatchResultDialog::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("batchList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({QString(), tr("Name"), tr("ID"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true); // the platform's reasons can be long
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);

    QHash<QString, QString> names;
    QStringList order;
    for (const Resource &r : resources) {
        names.insert(r.id, r.name);
        order.append(r.id);
    }
    QHash<QString, QString> failed;
    for (const auto &[id, reason] : outcome.failed) {
        failed.insert(id, reason);
        if (!order.contains(id))
            order.append(id);
    }
    for (const QString &id : outcome.succeeded) {
        if (!order.contains(id))
            order.append(id);
    }
    const QColor good = StatusTones::color(StatusTones::Tone::Good, palette());
    const QColor bad = StatusTones::color(StatusTones::Tone::Bad, palette());
    for (const QString &id : std::as_const(order)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Name, names.value(id));
        item->setText(Id, id);
        item->setData(Id, Qt::UserRole, id);
        if (failed.contains(id)) {
            ++m_failed;
            item->setText(Mark, QStringLiteral("✗"));
            item->setForeground(Mark, bad);
            item->setText(Result, failed.value(id));
            item->setToolTip(Result, failed.value(id));
        } else if (outcome.succeeded.contains(id)) {
            ++m_succeeded;
            item->setText(Mark, QStringLiteral("✓"));
            item->setForeground(Mark, good);
            item->setText(Result, tr("Done"));
        } else {
            // Neither list names it: the platform said nothing about this one.
            ++m_failed;
            item->setText(Mark, QStringLiteral("?"));
            item->setForeground(Mark, bad);
            item->setText(Result, tr("No answer for this instance; check the list."));
        }
        QFont bold = item->font(Mark);
        bold.setBold(true);
        item->setFont(Mark, bold);
        item->setTextAlignment(Mark, Qt::AlignCenter);
    }
    m_summary->setText(summary());
    m_list->resizeColumnToContents(Mark);
    m_list->resizeColumnToContents(Name);
    m_list->resizeColumnToContents(Id);
    resize(qMax(760, sizeHint().width()), 340);
}

BatchResultDialog::~BatchResultDialog() = default;

QString BatchResultDialog::summary() const
{
    const int total = m_succeeded + m_failed;
    if (m_failed == 0)
        return tr("Done for all %n instance(s).", nullptr, total);
    if (m_succeeded == 0)
        return tr("Failed for all %n instance(s).", nullptr, total);
    return tr("Done for %1 of %2 instances; %3 failed.").arg(m_succeeded).arg(total).arg(m_failed);
}

std::optional<QString> BatchResultDialog::reasonFor(const QString &id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(Id) == id)
            return item->text(Mark) == u"✓" ? QString() : item->text(Result);
    }
    return std::nullopt;
}

void BatchResultDialog::copyAll() const
{
    QStringList lines{summary()};
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        lines.append(QStringList{item->text(Mark), item->text(Name), item->text(Id), item->text(Result)}.join(QLatin1Char('\t')));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace suanli::gui
