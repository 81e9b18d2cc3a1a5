#pragma once
// Who held each role of one incident from when to when (the first holders from the open,
// then every hand-off), grouped by role in roster order, earliest first.

#include <crisis/incident.hpp>

#include <QAbstractTableModel>

#include <vector>

class Desk;

class RoleHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, HolderColumn, FromColumn, UntilColumn, ReasonColumn, ByColumn, ColumnCount };
    enum Role { RoleIdRole = Qt::UserRole + 1, CurrentRole }; ///< CurrentRole: holds the role now

    explicit RoleHistoryModel(Desk& desk, QObject* parent = nullptr);
    void setIncident(std::int64_t incident);
    void setUtc(bool utc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    std::vector<crisis::RoleTenure> m_rows;
};
