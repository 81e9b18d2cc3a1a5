#include "task_table_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <crisis/phase_machine.hpp>

#include <QBrush>

#include <algorithm>

TaskTableModel::TaskTableModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &TaskTableModel::reload);
    connect(&desk, &Desk::clocksChanged, this, &TaskTableModel::reload);
}

void TaskTableModel::setFilter(const crisis::TaskFilter& filter) {
    m_filter = filter;
    m_active = true;
    reload();
}

void TaskTableModel::setUtc(bool utc) {
    m_utc = utc;
    if (!m_tasks.empty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

void TaskTableModel::reload() {
    beginResetModel();
    m_tasks.clear();
    m_incidentOpen.clear();
    if (m_active) {
        try {
            m_tasks = m_desk.store().tasks(m_filter);
            // Overdue first, then open by due time, done last (a drill's tasks on drill time).
            std::stable_sort(m_tasks.begin(), m_tasks.end(),
                             [this](const crisis::Task& a, const crisis::Task& b) {
                                 auto rank = [this](const crisis::Task& t) {
                                     switch (crisis::taskState(t, m_desk.nowFor(t.incident))) {
                                     case crisis::TaskState::Overdue:
                                         return 0;
                                     case crisis::TaskState::Open:
                                         return 1;
                                     default:
                                         return 2;
                                     }
                                 };
                                 return std::make_pair(rank(a), a.due) < std::make_pair(rank(b), b.due);
                             });
            for (const auto& t : m_tasks)
                if (!m_incidentOpen.contains(t.incident))
                    m_incidentOpen[t.incident] = m_desk.store().incident(t.incident).isOpen();
        } catch (const std::exception&) {
            m_tasks.clear();
        }
    }
    endResetModel();
}

int TaskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& t = m_tasks[static_cast<std::size_t>(index.row())];
    const auto state = crisis::taskState(t, m_desk.nowFor(t.incident));
    if (role == Qt::CheckStateRole && index.column() == DoneColumn)
        return t.doneAt ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return QString::fromStdString(t.title.in(m_desk.language()));
        case RoleColumn:
            return labels::role(QString::fromStdString(t.role));
        case AssigneeColumn:
            return t.assignee.empty() ? tr("(unassigned)") : QString::fromStdString(t.assignee);
        case DueColumn:
            return labels::time(t.due, m_utc);
        case StateColumn:
            return labels::taskState(state);
        case IncidentColumn:
            return QStringLiteral("#%1").arg(t.incident);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        if (state == crisis::TaskState::Overdue)
            return QBrush(labels::clockColor(crisis::ClockState::Overdue));
        if (state == crisis::TaskState::Done)
            return QBrush(labels::clockColor(crisis::ClockState::Met));
        if (state == crisis::TaskState::DoneLate)
            return QBrush(labels::clockColor(crisis::ClockState::MetLate));
        return {};
    }
    if (role == IdRole)
        return QVariant::fromValue<qlonglong>(t.id);
    if (role == StateRole)
        return static_cast<int>(state);
    return {};
}

bool TaskTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != DoneColumn || role != Qt::CheckStateRole ||
        index.row() >= rowCount())
        return false;
    const auto id = m_tasks[static_cast<std::size_t>(index.row())].id;
    const bool done = value.toInt() == Qt::Checked;
    const auto error = m_desk.run([&] {
        if (done)
            m_desk.service().completeTask(id);
        else
            m_desk.service().reopenTask(id);
    });
    if (error) {
        emit errorOccurred(*error);
        return false;
    }
    return true;
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DoneColumn) {
        const auto& t = m_tasks[static_cast<std::size_t>(index.row())];
        const auto it = m_incidentOpen.find(t.incident);
        if (it != m_incidentOpen.end() && it->second)
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Done"),     QT_TR_NOOP("Task"), QT_TR_NOOP("Role"),
                                             QT_TR_NOOP("Assignee"), QT_TR_NOOP("Due"),  QT_TR_NOOP("State"),
                                             QT_TR_NOOP("Incident")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
