#pragma once
// The evaluators' observation notes (per participant) or the hot-wash points of a drill.

#include <crisis/drill_service.hpp>

#include <QAbstractTableModel>

#include <optional>

class DrillNotesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ParticipantColumn, KindColumn, AuthorColumn, TextColumn, ColumnCount };

    /// `hotWash`: list the hot-wash points instead of the observations.
    explicit DrillNotesModel(bool hotWash, QObject* parent = nullptr);
    void setStatus(const std::optional<crisis::DrillStatus>& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The translated name of a note kind.
    static QString kindName(crisis::NoteKind kind);

private:
    bool m_hotWash;
    std::vector<crisis::DrillNote> m_notes;
    crisis::Instant m_start;
};
