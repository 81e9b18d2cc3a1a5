#pragma once
// The incident facts statements are checked against: whether the cause is verified (apologies
// are flagged until it is) and how many customers are affected (figures are compared with it).

#include <crisis/incident.hpp>
#include <crisis/statement_service.hpp>

#include <QDialog>

class QCheckBox;
class QSpinBox;

class FactsDialog : public QDialog {
    Q_OBJECT
public:
    FactsDialog(const crisis::Incident& incident, QWidget* parent = nullptr);

    /// The facts as set in the dialog (customers only when marked known).
    crisis::IncidentFacts facts() const;
    QCheckBox* causeBox() const { return m_cause; }
    QCheckBox* customersKnownBox() const { return m_known; }
    QSpinBox* customersBox() const { return m_customers; }

private:
    QCheckBox* m_cause;
    QCheckBox* m_known;
    QSpinBox* m_customers;
};
