#include "inbox_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QBrush>
#include <QColor>

InboxModel::InboxModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    m_query.incident = 0;
    connect(&desk, &Desk::dataChanged, this, &InboxModel::reload);
}

void InboxModel::setQuery(const crisis::InboxQuery& query) {
    m_query = query;
    reload();
}

void InboxModel::setUtc(bool utc) {
    m_utc = utc;
    if (!m_items.empty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, ResponseColumn));
}

void InboxModel::reload() {
    beginResetModel();
    m_items.clear();
    if (m_query.incident != 0) {
        try {
            m_items = m_desk.store().inbox(m_query);
        } catch (const crisis::Error&) {
            // the incident was removed with a database switch: an empty inbox
        }
    }
    endResetModel();
}

const crisis::InboxItem* InboxModel::item(int row) const {
    return row >= 0 && row < rowCount() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

int InboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const {
    const crisis::InboxItem* it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    const auto& m = it->mention;
    if (role == MentionIdRole)
        return QVariant::fromValue<qlonglong>(m.id);
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return QVariant::fromValue<qlonglong>(m.at.time_since_epoch().count());
        case SentimentColumn:
            return m.sentiment.score;
        case ReachColumn:
            return QVariant::fromValue<qlonglong>(m.reach);
        case ResponseColumn:
            return it->respondedAt ? QVariant::fromValue<qlonglong>((*it->respondedAt - m.at).count())
                                   : QVariant::fromValue<qlonglong>(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SentimentColumn)
        return QBrush(m.sentiment.label == crisis::SentimentLabel::Negative   ? QColor(0xc0392b)
                      : m.sentiment.label == crisis::SentimentLabel::Positive ? QColor(0x1e8449)
                                                                              : QColor(0x555555));
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return QString::fromStdString(m.text + (m.url.empty() ? "" : "\n" + m.url));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return labels::time(m.at, m_utc);
    case ChannelColumn:
        return QString::fromStdString(m.channel);
    case AuthorColumn:
        return QString::fromStdString(m.author);
    case TextColumn:
        return QString::fromStdString(m.text).simplified();
    case SentimentColumn:
        return labels::sentiment(m.sentiment.label) + QStringLiteral(" %1").arg(m.sentiment.score, 0, 'f', 2);
    case ReachColumn:
        return QVariant::fromValue<qlonglong>(m.reach);
    case StateColumn:
        return labels::inboxState(it->state);
    case AssigneeColumn:
        return QString::fromStdString(it->assignee);
    case ResponseColumn:
        return it->respondedAt ? labels::span(*it->respondedAt - m.at) : QString();
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Text");
    case SentimentColumn:
        return tr("Sentiment");
    case ReachColumn:
        return tr("Reach");
    case StateColumn:
        return tr("State");
    case AssigneeColumn:
        return tr("Assigned to");
    case ResponseColumn:
        return tr("First response");
    }
    return {};
}
