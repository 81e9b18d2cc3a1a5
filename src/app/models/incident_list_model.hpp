#pragma once
// Incidents for the left pane: open ones first (newest first), then closed; each with its
// severity, phase and the colour of its worst clock.

#include <crisis/incident.hpp>
#include <crisis/phase_machine.hpp>

#include <QAbstractListModel>

class Desk;

class IncidentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, WorstClockRole, DrillRole };

    explicit IncidentListModel(Desk& desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    /// Row of the incident with this id, or -1.
    int rowOf(std::int64_t id) const;

public slots:
    void reload();

private:
    struct Row {
        crisis::Incident incident;
        crisis::ClockState worst = crisis::ClockState::Pending;
    };
    Desk& m_desk;
    std::vector<Row> m_rows;
};
