#include "logviewrulesdialog.h"

#include "core/logs/linematcher.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace suanli::gui {

namespace {

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

LogViewRulesDialog::LogViewRulesDialog(const QList<HighlightRule> &rules, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("logViewRulesDialog"));
    setWindowTitle(tr("Highlight rules"));
    auto *intro = new QLabel(tr("Lines that match a rule are coloured; the first matching rule wins for the line's "
                                "background. Double-click a colour to change it."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("logViewRulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("On"), tr("Pattern"), tr("Regex"), tr("Case"), tr("Text colour"), tr("Background"), tr("Whole line")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Pattern, QHeaderView::Stretch);
    for (int c : {Enabled, Regex, Case, Foreground, Background, WholeLine})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == Foreground || column == Background)
            pickColour(row, column);
    });

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("logViewRulesAdd"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        HighlightRule rule;
        rule.background = QStringLiteral("#fff59d");
        addRule(rule);
        m_table->setCurrentCell(m_table->rowCount() - 1, Pattern);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Pattern));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        for (const HighlightRule &rule : this->rules()) {
            const LineMatcher m(rule.pattern, rule.regex, rule.caseSensitive);
            if (!m.isValid()) {
                QMessageBox::warning(this, windowTitle(),
                                     tr("The pattern “%1” is not a valid regular expression: %2").arg(rule.pattern, m.errorString()));
                return;
            }
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(remove);
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    for (const HighlightRule &rule : rules)
        addRule(rule);
    resize(760, 360);
}

LogViewRulesDialog::~LogViewRulesDialog() = default;

void LogViewRulesDialog::addRule(const HighlightRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Enabled, checkItem(rule.enabled));
    m_table->setItem(row, Pattern, new QTableWidgetItem(rule.pattern));
    m_table->setItem(row, Regex, checkItem(rule.regex));
    m_table->setItem(row, Case, checkItem(rule.caseSensitive));
    setColour(row, Foreground, rule.foreground);
    setColour(row, Background, rule.background);
    m_table->setItem(row, WholeLine, checkItem(rule.wholeLine));
}

void LogViewRulesDialog::setColour(int row, int column, const QString &colour)
{
    auto *item = new QTableWidgetItem(colour.isEmpty() ? tr("(none)") : colour);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(Qt::UserRole, colour);
    if (!colour.isEmpty())
        item->setData(Qt::DecorationRole, QColor(colour));
    m_table->setItem(row, column, item);
}

void LogViewRulesDialog::pickColour(int row, int column)
{
    const QString current = m_table->item(row, column)->data(Qt::UserRole).toString();
    QColorDialog dialog(current.isEmpty() ? QColor(Qt::yellow) : QColor(current), this);
    dialog.setWindowTitle(column == Foreground ? tr("Text colour") : tr("Background"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    setColour(row, column, dialog.selectedColor().name());
}

void LogViewRulesDialog::moveSelected(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    QList<HighlightRule> all = rules();
    all.swapItemsAt(row, target);
    m_table->setRowCount(0);
    for (const HighlightRule &rule : std::as_const(all))
        addRule(rule);
    m_table->setCurrentCell(target, Pattern);
}

QList<HighlightRule> LogViewRulesDialog::rules() const
{
    QList<HighlightRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        HighlightRule rule;
        rule.pattern = m_table->item(row, Pattern)->text();
        if (rule.pattern.isEmpty())
            continue;
        rule.enabled = m_table->item(row, Enabled)->checkState() == Qt::Checked;
        rule.regex = m_table->item(row, Regex)->checkState() == Qt::Checked;
        rule.caseSensitive = m_table->item(row, Case)->checkState() == Qt::Checked;
        rule.foreground = m_table->item(row, Foreground)->data(Qt::UserRole).toString();
        rule.background = m_table->item(row, Background)->data(Qt::UserRole).toString();
        rule.wholeLine = m_table->item(row, WholeLine)->checkState() == Qt::Checked;
        out.append(rule);
    }
    return out;
}

} // namespace suanli::gui
