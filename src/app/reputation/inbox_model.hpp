#pragma once
// The unified inbox of one incident as a table: every channel in one list, newest first.
// Filters are applied by the store query (attention, channel, sentiment, state, reach) so a
// million mentions never reach the view; sorting is a proxy's job.

#include <crisis/inbox.hpp>

#include <QAbstractTableModel>

#include <vector>

class Desk;

class InboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ChannelColumn,
        AuthorColumn,
        TextColumn,
        SentimentColumn,
        ReachColumn,
        StateColumn,
        AssigneeColumn,
        ResponseColumn,
        ColumnCount
    };
    enum Role { MentionIdRole = Qt::UserRole + 1, SortRole };

    explicit InboxModel(Desk& desk, QObject* parent = nullptr);

    /// Shows the items of `query` (incident 0: none). Re-reads on the desk's dataChanged.
    void setQuery(const crisis::InboxQuery& query);
    const crisis::InboxQuery& query() const { return m_query; }
    void setUtc(bool utc);
    const crisis::InboxItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    Desk& m_desk;
    crisis::InboxQuery m_query;
    std::vector<crisis::InboxItem> m_items;
    bool m_utc = false;
};
