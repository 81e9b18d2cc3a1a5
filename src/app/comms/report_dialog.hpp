#pragma once
// Exports the CAN report or the executive summary of an incident as Markdown, HTML or PDF. The
// snapshot comes from the core (reportInput), the PDF from crisispdf: the same files crisisctl
// writes.

#include <QDialog>

#include <optional>

class Desk;
class QComboBox;
class QLabel;
class QPlainTextEdit;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(Desk& desk, std::int64_t incident, QWidget* parent = nullptr);

    /// Writes the chosen report to `path`. Returns the error text, if any.
    std::optional<QString> exportTo(const QString& path);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* formatBox() const { return m_format; }
    QPlainTextEdit* needsEdit() const { return m_needs; }

    void accept() override;

private:
    Desk& m_desk;
    std::int64_t m_incident;
    QComboBox* m_kind;
    QComboBox* m_format;
    QPlainTextEdit* m_needs;
    QLabel* m_error;
};
