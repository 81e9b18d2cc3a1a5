#pragma once
// The statements of one incident as a table: subject, channel, state, revision, approvals and
// when it was published. Re-read from the log on every change of the desk.

#include <crisis/statement.hpp>

#include <QAbstractTableModel>

#include <vector>

class Desk;

class StatementListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SubjectColumn,
        ChannelColumn,
        StateColumn,
        ApprovalsColumn,
        PublishedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit StatementListModel(Desk& desk, QObject* parent = nullptr);

    void setIncident(std::int64_t incident);
    void setUtc(bool utc);
    /// The statement on `row`, or nullptr.
    const crisis::Statement* statement(int row) const;
    /// The row of statement `id`, or -1.
    int rowOf(std::int64_t id) const;
    /// The playbook's approver roles of the incident shown.
    const std::vector<std::string>& approvers() const { return m_approvers; }

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
    std::vector<crisis::Statement> m_statements;
    std::vector<std::string> m_approvers;
};
