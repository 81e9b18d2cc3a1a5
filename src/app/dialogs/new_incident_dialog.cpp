#include "new_incident_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NewIncidentDialog::NewIncidentDialog(Desk& desk, bool utc, QWidget* parent) : QDialog(parent), m_desk(desk) {
    setWindowTitle(tr("New incident"));
    setObjectName(QStringLiteral("newIncidentDialog"));
    m_playbook = new QComboBox;
    m_playbook->setObjectName(QStringLiteral("playbook"));
    try {
        for (const auto& record : desk.store().playbooks())
            m_playbook->addItem(QString::fromStdString(record.playbook.name.in(desk.language())),
                                QString::fromStdString(record.playbook.id));
    } catch (const std::exception&) {
    }
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What happened, in a few words"));
    m_severity = new QSpinBox;
    m_severity->setObjectName(QStringLiteral("severity"));
    m_severity->setRange(1, 4);
    m_severity->setValue(2);
    m_severity->setToolTip(tr("1 = most severe"));
    m_detected = new QDateTimeEdit;
    m_detected->setObjectName(QStringLiteral("detectedAt"));
    const auto now = QDateTime::fromMSecsSinceEpoch(desk.now().time_since_epoch().count(), Qt::UTC);
    m_detected->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
    m_detected->setDateTime(utc ? now : now.toLocalTime());
    m_detected->setMaximumDateTime(utc ? now : now.toLocalTime());
    m_detected->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm") +
                                 (utc ? QStringLiteral(" 'UTC'") : QString()));
    m_detected->setCalendarPopup(true);
    m_drill = new QCheckBox(tr("This is a drill (excluded from real metrics)"));
    m_drill->setObjectName(QStringLiteral("drill"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Crisis type / playbook"), m_playbook);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Severity"), m_severity);
    form->addRow(tr("Detected at (T0)"), m_detected);
    form->addRow(QString(), m_drill);
    m_buttons = okCancelButtons(this, tr("Open incident"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    m_title->setFocus();
}

void NewIncidentDialog::accept() {
    crisis::OpenRequest request;
    request.playbookId = m_playbook->currentData().toString().toStdString();
    request.title = m_title->text().trimmed().toStdString();
    request.severity = m_severity->value();
    request.detectedAt = crisis::Instant{crisis::Duration{m_detected->dateTime().toMSecsSinceEpoch()}};
    request.drill = m_drill->isChecked();
    // The editor has minute precision: a detection "now" must not land in the future.
    if (*request.detectedAt > m_desk.now())
        request.detectedAt = m_desk.now();
    std::int64_t id = 0;
    if (const auto error = m_desk.run([&] { id = m_desk.service().open(request); })) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    m_created = id;
    QDialog::accept();
}
