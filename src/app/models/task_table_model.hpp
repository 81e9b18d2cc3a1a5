#pragma once
// Tasks as a table: the task board of one incident, or "my tasks" across incidents. Overdue
// first, then by due time. The first column is a tick box that marks the task done.

#include <crisis/incident.hpp>
#include <crisis/store.hpp>

#include <QAbstractTableModel>

class Desk;

class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DoneColumn,
        TitleColumn,
        RoleColumn,
        AssigneeColumn,
        DueColumn,
        StateColumn,
        IncidentColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit TaskTableModel(Desk& desk, QObject* parent = nullptr);

    void setFilter(const crisis::TaskFilter& filter);
    const crisis::TaskFilter& filter() const { return m_filter; }
    void setUtc(bool utc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

signals:
    void errorOccurred(const QString& message);

private:
    Desk& m_desk;
    crisis::TaskFilter m_filter;
    bool m_active = false; ///< nothing is shown until a filter is set
    bool m_utc = false;
    std::vector<crisis::Task> m_tasks;
    std::map<std::int64_t, bool> m_incidentOpen;
};
