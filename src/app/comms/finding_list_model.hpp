#pragma once
// The findings of the statement checks, each with the C it protects, for the editor's list.
// Clicking one selects its words in the field they were found in.

#include <crisis/statement_check.hpp>

#include <QAbstractListModel>

#include <vector>

class FindingListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1, FieldRole, OffsetRole, SpanRole, FiveCRole };

    explicit FindingListModel(QObject* parent = nullptr);

    void setFindings(std::vector<crisis::Finding> findings);
    const std::vector<crisis::Finding>& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<crisis::Finding> m_findings;
};
