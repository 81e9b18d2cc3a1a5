#pragma once
// One list of the edited playbook as a read-only table: its clocks, one phase's checklist,
// its task templates or its linked template ids. Resets whenever the document changes, so
// undo and redo redraw it like any other edit.

#include <crisis/messages.hpp>
#include <crisis/phase.hpp>

#include <QAbstractTableModel>
#include <QStringList>

class PlaybookDocument;

class ElementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Clocks, Checklist, Tasks, Templates };

    ElementTableModel(PlaybookDocument& doc, Kind kind, crisis::Language lang, QObject* parent = nullptr);
    /// For Kind::Checklist: which phase's list to show.
    void setPhase(crisis::Phase phase);
    crisis::Phase phase() const { return m_phase; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList row(int row) const;
    void reset();

    PlaybookDocument& m_doc;
    Kind m_kind;
    crisis::Language m_lang;
    crisis::Phase m_phase = crisis::Phase::Identify;
};
