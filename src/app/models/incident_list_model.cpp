#include "incident_list_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QBrush>

namespace {

int severityRank(crisis::ClockState s) {
    switch (s) {
    case crisis::ClockState::Overdue:
        return 3;
    case crisis::ClockState::Warning:
        return 2;
    default:
        return 0;
    }
}

} // namespace

IncidentListModel::IncidentListModel(Desk& desk, QObject* parent) : QAbstractListModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &IncidentListModel::reload);
    connect(&desk, &Desk::clocksChanged, this, &IncidentListModel::reload);
    reload();
}

void IncidentListModel::reload() {
    beginResetModel();
    m_rows.clear();
    try {
        auto incidents = m_desk.store().incidents(true);
        // Active incidents first, then drills, then closed ones; newest first within each.
        std::stable_sort(
            incidents.begin(), incidents.end(), [](const crisis::Incident& a, const crisis::Incident& b) {
                auto group = [](const crisis::Incident& i) { return !i.isOpen() ? 2 : (i.drill ? 1 : 0); };
                return group(a) < group(b);
            });
        for (auto& incident : incidents) {
            Row row{std::move(incident), crisis::ClockState::Pending};
            if (row.incident.isOpen()) {
                const auto status = crisis::status(row.incident, m_desk.service().playbookOf(row.incident),
                                                   m_desk.nowFor(row.incident));
                for (const auto& c : status.clocks)
                    if (severityRank(c.state) > severityRank(row.worst))
                        row.worst = c.state;
            }
            m_rows.push_back(std::move(row));
        }
    } catch (const std::exception&) {
        m_rows.clear(); // the window shows the error; an empty list is honest
    }
    endResetModel();
}

int IncidentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& inc = row.incident;
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = QStringLiteral("#%1  %2").arg(inc.id).arg(QString::fromStdString(inc.title));
        QString tag = tr("Severity %1").arg(inc.severity) + QStringLiteral(" · ") + labels::phase(inc.phase);
        if (inc.drill)
            tag += QStringLiteral(" · ") + tr("drill");
        if (const auto& clock = inc.drillClock; clock && inc.isOpen())
            tag += QStringLiteral(" ") + (clock->ended    ? tr("ended")
                                          : clock->paused ? tr("paused")
                                                          : QStringLiteral("%1×").arg(clock->speed));
        return text + QStringLiteral("\n") + tag;
    }
    case Qt::ToolTipRole:
        return tr("Playbook %1, detected %2")
            .arg(QString::fromStdString(inc.playbookId), labels::time(inc.detectedAt, false));
    case Qt::BackgroundRole:
        if (!inc.isOpen())
            return QBrush(QColor(0xF5, 0xF5, 0xF5));
        return QBrush(labels::clockColor(row.worst));
    case Qt::ForegroundRole:
        return inc.isOpen() ? QVariant() : QVariant(QBrush(Qt::gray));
    case IdRole:
        return QVariant::fromValue<qlonglong>(inc.id);
    case WorstClockRole:
        return static_cast<int>(row.worst);
    case DrillRole:
        return inc.drill;
    default:
        return {};
    }
}

int IncidentListModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].incident.id == id)
            return static_cast<int>(i);
    return -1;
}
