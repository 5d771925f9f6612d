#include "scheduleshutdowndialog.h"

#include "ui_scheduleshutdowndialog.h"

#include <QPushButton>
#include <QTimeZone>

namespace suanli::gui {

ScheduleShutdownDialog::ScheduleShutdownDialog(const QString &instanceName, const QString &instanceId, QWidget *parent,
                                               Clock clock)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleShutdownDialog>())
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setObjectName(QStringLiteral("ScheduleShutdownDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));
    m_ui->introLabel->setText(tr("Shut down <b>%1</b> (%2) at a set time. The instance is powered off, not destroyed.")
                                  .arg(instanceName.toHtmlEscaped(), instanceId.toHtmlEscaped()));
    const QDateTime now = m_clock();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_ui->zoneLabel->setText(tr("Time in your time zone (%1). The platform receives it in China Standard Time.")
                                 .arg(zone.displayName(now, QTimeZone::OffsetName)));
    m_ui->zoneLabel->setEnabled(false);
    m_ui->errorLabel->hide();

    QDateTime inOneHour = now.addSecs(3600);
    inOneHour.setTime(QTime(inOneHour.time().hour(), inOneHour.time().minute()));
    setWhen(inOneHour);
    m_ui->whenEdit->setMinimumDateTime(now);

    auto quick = [this](int minutes) {
        return [this, minutes] { setWhen(m_clock().addSecs(minutes * 60)); };
    };
    connect(m_ui->in15Button, &QPushButton::clicked, this, quick(15));
    connect(m_ui->in1hButton, &QPushButton::clicked, this, quick(60));
    connect(m_ui->in4hButton, &QPushButton::clicked, this, quick(240));
    connect(m_ui->whenEdit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleShutdownDialog::validate);
    validate();
}

ScheduleShutdownDialog::~ScheduleShutdownDialog() = default;

QDateTime ScheduleShutdownDialog::when() const
{
    return m_ui->whenEdit->dateTime();
}

void ScheduleShutdownDialog::setWhen(const QDateTime &when)
{
    m_ui->whenEdit->setDateTime(when.toLocalTime());
    validate();
}

void ScheduleShutdownDialog::validate()
{
    const bool future = when() > m_clock();
    m_ui->errorLabel->setVisible(!future);
    m_ui->errorLabel->setText(future ? QString() : tr("Choose a time in the future."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(future);
}

void ScheduleShutdownDialog::accept()
{
    validate(); // time passes while the dialog is open
    if (when() > m_clock())
        QDialog::accept();
}

} // namespace suanli::gui
