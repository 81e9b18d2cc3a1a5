#include "answer_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <crisis/review.hpp>
#include <crisis/team.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AnswerDialog::AnswerDialog(Desk& desk, std::int64_t incident, const QString& question, const QString& team,
                           QWidget* parent)
    : QDialog(parent), m_desk(desk), m_incident(incident) {
    setObjectName(QStringLiteral("answerDialog"));
    setWindowTitle(tr("Answer a review question"));
    m_question = new QComboBox;
    m_question->setObjectName(QStringLiteral("question"));
    for (const auto q : crisis::reviewQuestions) {
        const auto id = QString::fromLatin1(q.data(), static_cast<int>(q.size()));
        m_question->addItem(labels::reviewQuestion(id), id);
    }
    if (const int i = m_question->findData(question); i >= 0)
        m_question->setCurrentIndex(i);
    // Teams are usually the crisis roles; any other name the organisation uses is fine too.
    m_team = new QComboBox;
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setEditable(true);
    for (const auto role : crisis::knownRoles) {
        const auto id = QString::fromLatin1(role.data(), static_cast<int>(role.size()));
        m_team->addItem(labels::role(id), id);
    }
    if (!team.isEmpty()) {
        const int i = m_team->findData(team);
        if (i >= 0)
            m_team->setCurrentIndex(i);
        else
            m_team->setEditText(team);
    }
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("What the team says, in a few sentences"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Question"), m_question);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Answer"), m_text);
    auto* buttons = okCancelButtons(this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [this, ok] {
        ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty() &&
                       !m_team->currentText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateOk);
    connect(m_team, &QComboBox::currentTextChanged, this, updateOk);
    connect(m_question, &QComboBox::currentIndexChanged, this, &AnswerDialog::loadExisting);
    connect(m_team, &QComboBox::currentIndexChanged, this, &AnswerDialog::loadExisting);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    loadExisting();
    updateOk();
}

void AnswerDialog::loadExisting() {
    try {
        const auto review = m_desk.review().review(m_incident);
        const auto q = review.answers.find(m_question->currentData().toString().toStdString());
        const QString teamId = m_team->currentData().toString();
        if (q != review.answers.end())
            if (const auto a = q->second.find(teamId.toStdString()); a != q->second.end()) {
                m_text->setPlainText(QString::fromStdString(a->second.text));
                return;
            }
    } catch (const crisis::Error&) {
    }
    m_text->clear();
}

void AnswerDialog::accept() {
    // An edited team name is free text; a picked one is the role id.
    const QString typed = m_team->currentText().trimmed();
    const int picked = m_team->findText(typed);
    const QString team = picked >= 0 ? m_team->itemData(picked).toString() : typed;
    const auto error = m_desk.run([&] {
        m_desk.review().answer(m_incident, m_question->currentData().toString().toStdString(),
                               team.toStdString(), m_text->toPlainText().trimmed().toStdString());
    });
    if (error) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
