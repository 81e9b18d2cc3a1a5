#pragma once
// The marketing register as a table: what, where, when, crisis or not, and whether (and for
// which incident) it is paused.

#include <crisis/marketing_item.hpp>

#include <QAbstractTableModel>

#include <vector>

class Desk;

class MarketingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ChannelColumn,
        ScheduledColumn,
        EndsColumn,
        CrisisColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, PausedByRole };

    explicit MarketingModel(Desk& desk, QObject* parent = nullptr);

    void setUtc(bool utc);
    const crisis::MarketingItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    Desk& m_desk;
    bool m_utc = false;
    std::vector<crisis::MarketingItem> m_items;
};
