#include "facts_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

FactsDialog::FactsDialog(const crisis::Incident& incident, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Incident facts"));
    setObjectName(QStringLiteral("factsDialog"));
    m_cause = new QCheckBox(tr("The cause is verified (apologies are no longer flagged)"));
    m_cause->setObjectName(QStringLiteral("causeVerified"));
    m_cause->setChecked(incident.causeVerified);
    m_known = new QCheckBox(tr("Known"));
    m_known->setObjectName(QStringLiteral("customersKnown"));
    m_customers = new QSpinBox;
    m_customers->setObjectName(QStringLiteral("customersAffected"));
    m_customers->setRange(0, std::numeric_limits<int>::max());
    m_customers->setGroupSeparatorShown(true);
    m_known->setChecked(incident.customersAffected.has_value());
    m_customers->setValue(static_cast<int>(incident.customersAffected.value_or(0)));
    m_customers->setEnabled(m_known->isChecked());
    connect(m_known, &QCheckBox::toggled, m_customers, &QWidget::setEnabled);
    auto* customers = new QHBoxLayout;
    customers->addWidget(m_known);
    customers->addWidget(m_customers, 1);
    auto* form = new QFormLayout;
    form->addRow(QString(), m_cause);
    form->addRow(tr("Customers affected"), customers);
    auto* buttons = okCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

crisis::IncidentFacts FactsDialog::facts() const {
    crisis::IncidentFacts f;
    f.causeVerified = m_cause->isChecked();
    if (m_known->isChecked())
        f.customersAffected = m_customers->value();
    return f;
}
