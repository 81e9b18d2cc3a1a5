#include "statements_panel.hpp"

#include "../desk.hpp"
#include "facts_dialog.hpp"
#include "statement_editor.hpp"
#include "statement_list_model.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

StatementsPanel::StatementsPanel(Desk& desk, QWidget* parent) : QWidget(parent), m_desk(desk) {
    setObjectName(QStringLiteral("statementsPanel"));
    m_model = new StatementListModel(desk, this);
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("statementList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    // Narrow enough to leave the editor room: channel and publication time are in the editor.
    auto* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatementListModel::SubjectColumn, QHeaderView::Stretch);
    m_list->setColumnHidden(StatementListModel::ChannelColumn, true);
    m_list->setColumnHidden(StatementListModel::PublishedColumn, true);
    m_list->setWordWrap(false);
    m_list->setMinimumWidth(260);
    m_editor = new StatementEditor(desk);

    auto* splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({340, 860});
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("incidentFacts"));
    m_editFacts = new QPushButton(tr("Facts…"));
    m_editFacts->setObjectName(QStringLiteral("editFacts"));
    m_editFacts->setToolTip(tr("Cause verified and customers affected: what statements are checked against"));
    auto* facts = new QHBoxLayout;
    facts->addWidget(m_facts, 1);
    facts->addWidget(m_editFacts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(splitter);
    connect(m_editFacts, &QPushButton::clicked, this, [this] {
        try {
            FactsDialog dialog(m_desk.store().incident(m_incident), this);
            if (dialog.exec() == QDialog::Accepted)
                if (const auto error = recordFacts(dialog.facts()))
                    QMessageBox::warning(this, tr("Not done"), *error);
        } catch (const crisis::Error& e) {
            QMessageBox::warning(this, tr("Not done"), QString::fromStdString(e.describe(m_desk.language())));
        }
    });
    connect(&desk, &Desk::dataChanged, this, &StatementsPanel::showFacts);

    askUnsaved = [this] {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved statement"), tr("The statement has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? Unsaved::Save
               : answer == QMessageBox::Discard ? Unsaved::Discard
                                                : Unsaved::Cancel;
    };

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const auto id = current.isValid() ? current.data(StatementListModel::IdRole).toLongLong() : 0;
                if (id == m_current)
                    return;
                if (!mayLeave()) {
                    // Back to the statement being edited, without asking again.
                    const QSignalBlocker block(m_list->selectionModel());
                    const int row = m_model->rowOf(m_current);
                    m_list->setCurrentIndex(row >= 0 ? m_model->index(row, 0) : QModelIndex());
                    return;
                }
                m_current = id;
                {
                    const QSignalBlocker block(m_list->selectionModel());
                    const int row = m_model->rowOf(id);
                    if (row >= 0)
                        m_list->selectRow(row);
                }
                showCurrent();
            });
    // After any command the list is read again: keep the selection, and refresh the editor
    // unless the user is typing in it.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker block(m_list->selectionModel());
        const int row = m_model->rowOf(m_current);
        if (row >= 0)
            m_list->selectRow(row);
        if (!m_editor->isModified() && (row >= 0 || m_current == 0))
            showCurrent();
    });
    connect(m_editor, &StatementEditor::statementChanged, this, [this](std::int64_t id) {
        m_current = id;
        {
            const QSignalBlocker block(m_list->selectionModel());
            const int row = m_model->rowOf(id);
            if (row >= 0)
                m_list->selectRow(row);
            else
                m_list->clearSelection();
        }
        showCurrent();
    });
    m_editor->beforeNew = [this] { return mayLeave(); };
}

void StatementsPanel::setIncident(std::int64_t incident) {
    // The board re-selects the same incident after every command: keep what is being edited.
    if (incident == m_incident && incident != 0)
        return;
    m_incident = incident;
    m_current = 0;
    m_editor->setIncident(incident);
    m_model->setIncident(incident);
    setEnabled(incident != 0);
    showFacts();
}

void StatementsPanel::showFacts() {
    if (m_incident == 0) {
        m_facts->clear();
        return;
    }
    try {
        const auto incident = m_desk.store().incident(m_incident);
        const QString customers = incident.customersAffected
                                      ? tr("%L1 customers affected").arg(*incident.customersAffected)
                                      : tr("customers affected not known yet");
        m_facts->setText(tr("Record: %1 · %2")
                             .arg(customers, incident.causeVerified
                                                 ? tr("cause verified")
                                                 : tr("cause not verified: apologies are flagged")));
        m_editFacts->setEnabled(incident.isOpen());
    } catch (const crisis::Error&) {
        m_facts->clear();
    }
}

std::optional<QString> StatementsPanel::recordFacts(const crisis::IncidentFacts& facts) {
    const auto id = m_incident;
    if (auto error = m_desk.run([&] { m_desk.statements().recordFacts(id, facts); }))
        return error;
    m_editor->recheck(); // the findings depend on the facts
    return std::nullopt;
}

void StatementsPanel::setUtc(bool utc) {
    m_model->setUtc(utc);
    m_editor->setUtc(utc);
}

bool StatementsPanel::mayLeave() {
    if (!m_editor->isModified())
        return true;
    switch (askUnsaved()) {
    case Unsaved::Save:
        return !m_editor->save();
    case Unsaved::Discard:
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

void StatementsPanel::select(std::int64_t id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(row);
}

void StatementsPanel::showCurrent() {
    const int row = m_model->rowOf(m_current);
    const auto* s = row >= 0 ? m_model->statement(row) : nullptr;
    m_editor->showStatement(s ? std::optional(*s) : std::nullopt);
}
