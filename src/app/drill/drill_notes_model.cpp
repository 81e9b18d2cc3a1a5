#include "drill_notes_model.hpp"

#include "../labels.hpp"

#include <crisis/team.hpp>

#include <algorithm>

DrillNotesModel::DrillNotesModel(bool hotWash, QObject* parent)
    : QAbstractTableModel(parent), m_hotWash(hotWash) {}

QString DrillNotesModel::kindName(crisis::NoteKind kind) {
    switch (kind) {
    case crisis::NoteKind::Observation:
        return tr("observation");
    case crisis::NoteKind::Strength:
        return tr("strength");
    case crisis::NoteKind::Improvement:
        return tr("area for improvement");
    }
    return {};
}

void DrillNotesModel::setStatus(const std::optional<crisis::DrillStatus>& status) {
    beginResetModel();
    m_notes.clear();
    if (status) {
        m_start = status->record.run.start();
        for (const auto& n : status->record.notes)
            if (n.hotWash == m_hotWash)
                m_notes.push_back(n);
    }
    endResetModel();
}

int DrillNotesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int DrillNotesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillNotesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& n = m_notes[static_cast<std::size_t>(index.row())];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return labels::drillOffset(n.at, m_start);
    case ParticipantColumn: {
        if (n.participant.empty())
            return tr("whole team");
        const bool isRole = std::find(crisis::knownRoles.begin(), crisis::knownRoles.end(), n.participant) !=
                            crisis::knownRoles.end();
        return isRole ? labels::role(QString::fromStdString(n.participant))
                      : QString::fromStdString(n.participant);
    }
    case KindColumn:
        return kindName(n.kind);
    case AuthorColumn:
        return QString::fromStdString(n.author);
    case TextColumn:
        return QString::fromStdString(n.text);
    default:
        return {};
    }
}

QVariant DrillNotesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ParticipantColumn:
        return tr("Participant");
    case KindColumn:
        return tr("Kind");
    case AuthorColumn:
        return tr("By");
    case TextColumn:
        return tr("Note");
    default:
        return {};
    }
}
