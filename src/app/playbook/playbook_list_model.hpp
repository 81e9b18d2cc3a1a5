#pragma once
// Stored playbooks, latest version of each: name, version and when the next review is due.
// With `dueOnly`, just those whose review date (imported + review interval) has passed by
// the desk's clock: the "Due for review" list.

#include <crisis/store.hpp>

#include <QAbstractTableModel>

class Desk;

class PlaybookListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, ReviewColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    PlaybookListModel(Desk& desk, bool dueOnly, QObject* parent = nullptr);
    /// Row of the playbook with this id, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    Desk& m_desk;
    bool m_dueOnly;
    std::vector<crisis::PlaybookRecord> m_records;
};
