#pragma once
// The crisis team roster as a table: name, role, primary or backup, contact.

#include <crisis/team.hpp>

#include <QAbstractTableModel>

class Desk;

class TeamModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StandingColumn, ContactColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit TeamModel(Desk& desk, QObject* parent = nullptr);
    const crisis::Member* member(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    Desk& m_desk;
    std::vector<crisis::Member> m_members;
};
