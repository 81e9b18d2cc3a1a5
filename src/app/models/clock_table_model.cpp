#include "clock_table_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QBrush>

ClockTableModel::ClockTableModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &ClockTableModel::reload);
    connect(&desk, &Desk::clocksChanged, this, &ClockTableModel::reload);
}

void ClockTableModel::setIncident(std::int64_t id) {
    m_incident = id;
    m_snapshotAt.reset();
    reload();
}

void ClockTableModel::showSnapshot(std::vector<crisis::ClockStatus> clocks, crisis::Instant at) {
    beginResetModel();
    m_incident = 0;
    m_snapshotAt = at;
    m_clocks = std::move(clocks);
    endResetModel();
}

void ClockTableModel::setUtc(bool utc) {
    m_utc = utc;
    if (!m_clocks.empty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

void ClockTableModel::reload() {
    if (m_snapshotAt)
        return; // a replay's states do not follow the live store
    beginResetModel();
    m_clocks.clear();
    m_closed = false;
    if (m_incident != 0) {
        try {
            m_closed = !m_desk.store().incident(m_incident).isOpen();
            m_clocks = m_desk.service().status(m_incident).clocks;
        } catch (const std::exception&) {
            m_clocks.clear();
        }
    }
    endResetModel();
}

void ClockTableModel::tick() {
    if (!m_clocks.empty())
        emit dataChanged(index(0, RemainingColumn), index(rowCount() - 1, RemainingColumn),
                         {Qt::DisplayRole});
}

int ClockTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_clocks.size());
}

int ClockTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClockTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& c = m_clocks[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(c.name.in(m_desk.language())) +
                   (c.regulatory ? QStringLiteral(" §") : QString());
        case DueColumn:
            return c.due ? labels::time(*c.due, m_utc)
                         : tr("waits for: %1").arg(QString::fromStdString(c.start));
        case RemainingColumn:
            if (!c.due || c.state == crisis::ClockState::Met || c.state == crisis::ClockState::MetLate ||
                (m_closed && !m_snapshotAt))
                return QString();
            // A replay shows its instant; a drill counts in drill time.
            return labels::countdown(*c.due, m_snapshotAt.value_or(m_desk.nowFor(m_incident)));
        case StateColumn:
            return labels::clockState(c.state);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole)
        return QBrush(labels::clockColor(c.state));
    if (role == Qt::TextAlignmentRole && index.column() == RemainingColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == StateRole)
        return static_cast<int>(c.state);
    if (role == IdRole)
        return QString::fromStdString(c.id);
    return {};
}

QVariant ClockTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Clock"), QT_TR_NOOP("Due"), QT_TR_NOOP("Remaining"),
                                             QT_TR_NOOP("State")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
