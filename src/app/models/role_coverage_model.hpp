#pragma once
// Every role of the crisis team with its primary and its backups from the roster, so a gap
// (a role nobody covers, or one without a backup) shows at a glance.

#include <crisis/team.hpp>

#include <QAbstractTableModel>

#include <vector>

class Desk;

class RoleCoverageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, PrimaryColumn, BackupsColumn, ColumnCount };
    enum Role { RoleIdRole = Qt::UserRole + 1, GapRole }; ///< GapRole: true when the cell shows a gap

    explicit RoleCoverageModel(Desk& desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    struct Row {
        QString role;
        QString primary;
        QStringList backups;
    };
    Desk& m_desk;
    std::vector<Row> m_rows;
};
