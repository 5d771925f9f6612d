#include "monitorrangedialog.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace suanli::gui {

MonitorRangeDialog::MonitorRangeDialog(qint64 fromMs, qint64 toMs, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Custom time range"));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
        edit->setMaximumDateTime(now);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { validate(); });
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_problem->setObjectName(QStringLiteral("rangeProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setRange(fromMs, toMs);
}

MonitorRangeDialog::~MonitorRangeDialog() = default;

qint64 MonitorRangeDialog::fromMs() const
{
    return m_from->dateTime().toMSecsSinceEpoch();
}

qint64 MonitorRangeDialog::toMs() const
{
    return m_to->dateTime().toMSecsSinceEpoch();
}

void MonitorRangeDialog::setRange(qint64 fromMs, qint64 toMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    validate();
}

void MonitorRangeDialog::validate()
{
    QString problem;
    if (fromMs() >= toMs())
        problem = tr("The range must end after it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_ok)
        m_ok->setEnabled(problem.isEmpty());
}

} // namespace suanli::gui
