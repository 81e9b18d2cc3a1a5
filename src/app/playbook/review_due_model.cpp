#include "review_due_model.hpp"

#include "../desk.hpp"

#include <QDateTime>

ReviewDueModel::ReviewDueModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &ReviewDueModel::reload);
    // A review falls due with time alone, not only when a fact changes.
    connect(&desk, &Desk::clocksChanged, this, &ReviewDueModel::reload);
    reload();
}

void ReviewDueModel::reload() {
    beginResetModel();
    try {
        m_items = crisis::overdueReviews(m_desk.store(), m_desk.now());
    } catch (const std::exception&) {
        m_items.clear(); // a locked database shows an empty list; the next change reloads
    }
    endResetModel();
}

int ReviewDueModel::rowOf(const QString& id) const {
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (QString::fromStdString(m_items[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

int ReviewDueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ReviewDueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewDueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& item = m_items[static_cast<std::size_t>(index.row())];
    const bool playbook = item.kind == crisis::ReviewItem::Kind::Playbook;
    switch (role) {
    case IdRole:
    case Qt::ToolTipRole:
        return QString::fromStdString(item.id);
    case KindRole:
        return playbook ? QStringLiteral("playbook") : QStringLiteral("template");
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return playbook ? tr("Playbook") : tr("Template");
        case NameColumn:
            return QString::fromStdString(item.name.in(m_desk.language()));
        case DueColumn:
            return QDateTime::fromMSecsSinceEpoch(item.due.time_since_epoch().count(), Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd"));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReviewDueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case DueColumn:
        return tr("Review due");
    default:
        return {};
    }
}
