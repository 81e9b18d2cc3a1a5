#pragma once
// What is overdue for review by the desk's clock, playbooks and templates together, oldest
// first (the core's overdueReviews): kind, name and the review date.

#include <crisis/plan_review.hpp>

#include <QAbstractTableModel>

#include <vector>

class Desk;

class ReviewDueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, DueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole }; ///< KindRole: "playbook" or "template"

    explicit ReviewDueModel(Desk& desk, QObject* parent = nullptr);
    /// The row of the item with this id (playbook or template), or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    Desk& m_desk;
    std::vector<crisis::ReviewItem> m_items;
};
