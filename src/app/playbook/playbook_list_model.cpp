#include "playbook_list_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QDateTime>

PlaybookListModel::PlaybookListModel(Desk& desk, bool dueOnly, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk), m_dueOnly(dueOnly) {
    connect(&desk, &Desk::dataChanged, this, &PlaybookListModel::reload);
    // A review falls due with time alone, not only when a fact changes.
    connect(&desk, &Desk::clocksChanged, this, &PlaybookListModel::reload);
    reload();
}

void PlaybookListModel::reload() {
    beginResetModel();
    m_records.clear();
    try {
        const auto now = m_desk.now();
        for (auto& record : m_desk.store().playbooks())
            if (!m_dueOnly || record.playbook.reviewInterval.addTo(record.importedAt) < now)
                m_records.push_back(std::move(record));
    } catch (const std::exception&) {
        // A locked database shows an empty list; the next change reloads.
    }
    endResetModel();
}

int PlaybookListModel::rowOf(const QString& id) const {
    for (std::size_t i = 0; i < m_records.size(); ++i)
        if (QString::fromStdString(m_records[i].playbook.id) == id)
            return static_cast<int>(i);
    return -1;
}

int PlaybookListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int PlaybookListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& record = m_records[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return QString::fromStdString(record.playbook.id);
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(record.playbook.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(record.playbook.name.in(m_desk.language()));
    case VersionColumn:
        return tr("v%1").arg(record.version);
    case ReviewColumn: {
        const auto due = record.playbook.reviewInterval.addTo(record.importedAt);
        return QDateTime::fromMSecsSinceEpoch(due.time_since_epoch().count(), Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd"));
    }
    default:
        return {};
    }
}

QVariant PlaybookListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Playbook");
    case VersionColumn:
        return tr("Version");
    case ReviewColumn:
        return tr("Review due");
    default:
        return {};
    }
}
