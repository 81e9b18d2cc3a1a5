#pragma once
// Answers one of the four review questions for a team. A team that answered already sees its
// answer to revise; the new text replaces it (the old one stays in the log). Errors from the
// core keep the dialog open.

#include <QDialog>

#include <cstdint>

class Desk;
class QComboBox;
class QLabel;
class QPlainTextEdit;

class AnswerDialog : public QDialog {
    Q_OBJECT
public:
    AnswerDialog(Desk& desk, std::int64_t incident, const QString& question, const QString& team,
                 QWidget* parent = nullptr);
    QComboBox* question() const { return m_question; }
    QComboBox* team() const { return m_team; }
    QPlainTextEdit* text() const { return m_text; }
    QLabel* error() const { return m_error; }
    void accept() override;

private:
    void loadExisting();

    Desk& m_desk;
    std::int64_t m_incident;
    QComboBox* m_question;
    QComboBox* m_team;
    QPlainTextEdit* m_text;
    QLabel* m_error;
};
