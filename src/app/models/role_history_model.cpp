#include "role_history_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <crisis/team.hpp>

#include <QColor>

#include <algorithm>

RoleHistoryModel::RoleHistoryModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &RoleHistoryModel::reload);
}

void RoleHistoryModel::setIncident(std::int64_t incident) {
    m_incident = incident;
    reload();
}

void RoleHistoryModel::setUtc(bool utc) {
    m_utc = utc;
    if (!m_rows.empty())
        emit dataChanged(index(0, FromColumn), index(rowCount() - 1, UntilColumn));
}

void RoleHistoryModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_incident != 0) {
        try {
            m_rows = m_desk.store().incident(m_incident).roles;
        } catch (const std::exception&) {
            // A locked database or a removed incident shows nothing until the next change.
        }
    }
    const auto order = [](const std::string& role) {
        const auto it = std::find(crisis::knownRoles.begin(), crisis::knownRoles.end(), role);
        return std::distance(crisis::knownRoles.begin(), it);
    };
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [&](const crisis::RoleTenure& a, const crisis::RoleTenure& b) {
            return order(a.role) != order(b.role) ? order(a.role) < order(b.role) : a.from < b.from;
        });
    endResetModel();
}

int RoleHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RoleHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& t = m_rows[static_cast<std::size_t>(index.row())];
    if (role == RoleIdRole)
        return QString::fromStdString(t.role);
    if (role == CurrentRole)
        return !t.until.has_value();
    if (role == Qt::ForegroundRole && t.until) // past holders recede; who holds the role now stands out
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RoleColumn:
        return labels::role(QString::fromStdString(t.role));
    case HolderColumn:
        return QString::fromStdString(t.holder);
    case FromColumn:
        return labels::time(t.from, m_utc);
    case UntilColumn:
        return t.until ? labels::time(*t.until, m_utc) : tr("now");
    case ReasonColumn:
        return QString::fromStdString(t.reason);
    case ByColumn:
        return QString::fromStdString(t.by);
    default:
        return {};
    }
}

QVariant RoleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Role"),   QT_TR_NOOP("Holder"),
                                             QT_TR_NOOP("From"),   QT_TR_NOOP("Until"),
                                             QT_TR_NOOP("Reason"), QT_TR_NOOP("Recorded by")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
