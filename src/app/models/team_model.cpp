#include "team_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

TeamModel::TeamModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &TeamModel::reload);
    reload();
}

void TeamModel::reload() {
    beginResetModel();
    try {
        m_members = m_desk.store().members();
    } catch (const std::exception&) {
        m_members.clear();
    }
    endResetModel();
}

const crisis::Member* TeamModel::member(int row) const {
    return row >= 0 && row < rowCount() ? &m_members[static_cast<std::size_t>(row)] : nullptr;
}

int TeamModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int TeamModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const {
    const auto* m = index.isValid() ? member(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == IdRole)
        return QVariant::fromValue<qlonglong>(m->id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(m->name);
    case RoleColumn:
        return labels::role(QString::fromStdString(m->role));
    case StandingColumn:
        return m->backup ? tr("Backup") : tr("Primary");
    case ContactColumn:
        return QString::fromStdString(m->contact);
    default:
        return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Role"),
                                             QT_TR_NOOP("Primary or backup"), QT_TR_NOOP("Contact")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
