#include "inject_queue_model.hpp"

#include "../labels.hpp"

#include <crisis/drill_report.hpp>

#include <QBrush>
#include <QFont>

InjectQueueModel::InjectQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void InjectQueueModel::setStatus(const std::optional<crisis::DrillStatus>& status,
                                 const crisis::Playbook* playbook, crisis::Language lang) {
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    m_nextAt.reset();
    m_lang = lang;
    if (status) {
        const auto& sc = status->record.run.scenario();
        m_start = status->record.run.start();
        for (std::size_t i = 0; i < sc.injects.size(); ++i) {
            const auto& in = sc.injects[i];
            const QString expected =
                in.expected && playbook
                    ? QString::fromStdString(crisis::describeExpected(*in.expected, *playbook, lang))
                    : QString();
            m_rows.push_back({in, status->snapshot.injects[i], expected});
        }
        if (status->nextInject) {
            const auto ids = status->record.run.firedBetween(status->now, *status->nextInject);
            if (!ids.empty()) {
                m_next = QString::fromStdString(ids.front());
                m_nextAt = status->nextInject;
            }
        }
    }
    endResetModel();
}

int InjectQueueModel::rowOf(const QString& injectId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (QString::fromStdString(m_rows[i].inject.id) == injectId)
            return static_cast<int>(i);
    return -1;
}

int InjectQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InjectQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InjectQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& in = row.inject;
    const auto& st = row.state;
    const QString id = QString::fromStdString(in.id);
    const bool next = id == m_next;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            if (st.at)
                return labels::drillOffset(*st.at, m_start);
            if (st.scheduledAt)
                return labels::drillOffset(*st.scheduledAt, m_start);
            if (next && m_nextAt) // a contingency about to fire: its parent's deadline has a time
                return labels::drillOffset(*m_nextAt, m_start);
            return tr("if late");
        case IdColumn:
            return id;
        case SynopsisColumn:
            return QString::fromStdString(in.synopsis.in(m_lang));
        case DeliveryColumn:
            return labels::delivery(in.delivery);
        case ToColumn:
            return labels::role(QString::fromStdString(in.to));
        case StatusColumn: {
            QString text = labels::injectStatus(st.status);
            if (st.status == crisis::InjectStatus::Fired && st.cause == crisis::FireCause::Trainer)
                text += QStringLiteral(" · ") + tr("by trainer");
            if (st.status == crisis::InjectStatus::Fired && st.cause == crisis::FireCause::Contingency)
                text += QStringLiteral(" · ") +
                        tr("contingency of %1").arg(QString::fromStdString(st.triggeredBy));
            if (next)
                text += QStringLiteral(" · ") + tr("next");
            return text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (index.column() == StatusColumn)
            return data(index, Qt::DisplayRole);
        QString tip = QString::fromStdString(in.text.in(m_lang));
        if (!row.expected.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Expected: %1").arg(row.expected);
        return tip;
    }
    case Qt::BackgroundRole:
        if (next)
            return QBrush(labels::clockColor(crisis::ClockState::Warning));
        if (st.status == crisis::InjectStatus::Fired)
            return QBrush(labels::clockColor(crisis::ClockState::Met));
        if (st.status == crisis::InjectStatus::Skipped)
            return QBrush(labels::clockColor(crisis::ClockState::NotStarted));
        return {};
    case Qt::ForegroundRole:
        return st.status == crisis::InjectStatus::Skipped ? QVariant(QBrush(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (next) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return id;
    case StatusRole:
        return static_cast<int>(st.status);
    case NextRole:
        return next;
    default:
        return {};
    }
}

QVariant InjectQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case IdColumn:
        return tr("Inject");
    case SynopsisColumn:
        return tr("Synopsis");
    case DeliveryColumn:
        return tr("Delivery");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
