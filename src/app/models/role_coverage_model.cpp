#include "role_coverage_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QBrush>
#include <QColor>

RoleCoverageModel::RoleCoverageModel(Desk& desk, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &RoleCoverageModel::reload);
    reload();
}

void RoleCoverageModel::reload() {
    beginResetModel();
    m_rows.clear();
    std::vector<crisis::Member> members;
    try {
        members = m_desk.store().members();
    } catch (const std::exception&) {
        // A locked database shows every role uncovered until the next change.
    }
    for (const auto role : crisis::knownRoles) {
        Row row{QString::fromUtf8(role.data(), static_cast<int>(role.size())), {}, {}};
        for (const auto& m : members) {
            if (m.role != role)
                continue;
            if (m.backup)
                row.backups << QString::fromStdString(m.name);
            else
                row.primary = QString::fromStdString(m.name);
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int RoleCoverageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RoleCoverageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleCoverageModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool gap = (index.column() == PrimaryColumn && row.primary.isEmpty() && row.backups.isEmpty()) ||
                     (index.column() == BackupsColumn && row.backups.isEmpty());
    switch (role) {
    case RoleIdRole:
        return row.role;
    case GapRole:
        return gap;
    case Qt::BackgroundRole:
        return gap ? QVariant(QBrush(QColor(0xfd, 0xeb, 0xc8))) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return labels::role(row.role);
        case PrimaryColumn:
            if (!row.primary.isEmpty())
                return row.primary;
            return row.backups.isEmpty() ? tr("nobody") : tr("none: %1 steps in").arg(row.backups.front());
        case BackupsColumn:
            return row.backups.isEmpty() ? tr("none") : row.backups.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RoleCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case PrimaryColumn:
        return tr("Primary");
    case BackupsColumn:
        return tr("Backups");
    default:
        return {};
    }
}
