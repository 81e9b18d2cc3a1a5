#pragma once
// Every clock of one incident: name, due time, live countdown (counting up when overdue) and
// state, coloured by state.

#include <crisis/phase_machine.hpp>

#include <QAbstractTableModel>

class Desk;

class ClockTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DueColumn, RemainingColumn, StateColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, IdRole };

    explicit ClockTableModel(Desk& desk, QObject* parent = nullptr);

    void setIncident(std::int64_t id);
    void setUtc(bool utc);
    /// Shows fixed clock states as of `at` (a replay) instead of the live incident's.
    void showSnapshot(std::vector<crisis::ClockStatus> clocks, crisis::Instant at);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();
    /// Repaints the countdown column only: no core query, so calling it every second is cheap.
    void tick();

private:
    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    bool m_closed = false; ///< the incident is closed: its clocks stopped, no countdown
    std::vector<crisis::ClockStatus> m_clocks;
    std::optional<crisis::Instant> m_snapshotAt;
};
