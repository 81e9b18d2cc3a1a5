#pragma once
// The differences between two versions of a playbook (crisis::diffPlaybooks) as a table:
// kind, path, before, after.

#include <crisis/playbook_diff.hpp>

#include <QAbstractTableModel>

class PlaybookDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, PathColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit PlaybookDiffModel(QObject* parent = nullptr);
    void setChanges(std::vector<crisis::PlaybookChange> changes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<crisis::PlaybookChange> m_changes;
};
