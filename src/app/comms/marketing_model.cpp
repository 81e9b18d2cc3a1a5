#include "marketing_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QBrush>
#include <QColor>

MarketingModel::MarketingModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &MarketingModel::reload);
    reload();
}

void MarketingModel::setUtc(bool utc) {
    m_utc = utc;
    if (!m_items.empty())
        emit dataChanged(index(0, ScheduledColumn), index(rowCount() - 1, EndsColumn));
}

void MarketingModel::reload() {
    beginResetModel();
    try {
        m_items = m_desk.marketing().items();
    } catch (const crisis::Error&) {
        m_items.clear();
    }
    endResetModel();
}

const crisis::MarketingItem* MarketingModel::item(int row) const {
    return row >= 0 && row < rowCount() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

int MarketingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int MarketingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketingModel::data(const QModelIndex& index, int role) const {
    const crisis::MarketingItem* i = index.isValid() ? item(index.row()) : nullptr;
    if (!i)
        return {};
    if (role == IdRole)
        return QVariant::fromValue<qlonglong>(i->id);
    if (role == PausedByRole)
        return QVariant::fromValue<qlonglong>(i->pausedBy);
    if (role == Qt::BackgroundRole && index.column() == StateColumn && i->paused)
        return QBrush(QColor(0xFC, 0xE3, 0xA6));
    if (role == Qt::ForegroundRole && !crisis::isUpcoming(*i, m_desk.now()))
        return QBrush(QColor(0x80, 0x80, 0x80)); // gone out already
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(i->name);
    case ChannelColumn:
        return QString::fromStdString(i->channel);
    case ScheduledColumn:
        return labels::time(i->scheduledAt, m_utc);
    case EndsColumn:
        return i->endsAt ? labels::time(*i->endsAt, m_utc) : QString();
    case CrisisColumn:
        return i->crisis ? tr("crisis response") : tr("marketing");
    case StateColumn:
        return i->paused ? tr("paused for #%1").arg(i->pausedBy) : tr("scheduled");
    default:
        return {};
    }
}

QVariant MarketingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Campaign or post"),
                                             QT_TR_NOOP("Channel"),
                                             QT_TR_NOOP("Scheduled"),
                                             QT_TR_NOOP("Ends"),
                                             QT_TR_NOOP("Kind"),
                                             QT_TR_NOOP("State")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
