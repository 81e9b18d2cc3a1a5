#include "checklist_model.hpp"

#include "../desk.hpp"

ChecklistModel::ChecklistModel(Desk& desk, QObject* parent) : QAbstractListModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &ChecklistModel::reload);
}

void ChecklistModel::setIncident(std::int64_t id) {
    m_incident = id;
    reload();
}

void ChecklistModel::reload() {
    beginResetModel();
    m_items.clear();
    m_open = false;
    if (m_incident != 0) {
        try {
            m_items = m_desk.service().status(m_incident).checklist;
            m_open = m_desk.store().incident(m_incident).isOpen();
        } catch (const std::exception&) {
            m_items.clear();
        }
    }
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(item.text.in(m_desk.language()));
    case Qt::CheckStateRole:
        return item.done ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return QString::fromStdString(item.id);
    case IdRole:
        return QString::fromStdString(item.id);
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= rowCount())
        return false;
    const std::string id = m_items[static_cast<std::size_t>(index.row())].id;
    const bool tick = value.toInt() == Qt::Checked;
    const auto incident = m_incident;
    // The command re-reads the model through Desk::dataChanged; do not touch m_items after.
    const auto error = m_desk.run([&] {
        if (tick)
            m_desk.service().check(incident, id);
        else
            m_desk.service().uncheck(incident, id);
    });
    if (error) {
        emit errorOccurred(*error);
        return false;
    }
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_open ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}
