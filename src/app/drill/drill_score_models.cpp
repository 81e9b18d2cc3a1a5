#include "drill_score_models.hpp"

#include "../labels.hpp"

#include <crisis/drill_report.hpp>

#include <QBrush>

namespace {

QString offset(const std::optional<crisis::Instant>& at, crisis::Instant start) {
    return at ? labels::drillOffset(*at, start) : QString();
}

} // namespace

ExpectedResultsModel::ExpectedResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExpectedResultsModel::setStatus(const std::optional<crisis::DrillStatus>& status,
                                     const crisis::Playbook* playbook, crisis::Language lang) {
    beginResetModel();
    m_rows.clear();
    if (status && playbook) {
        m_start = status->score.start;
        for (const auto& r : status->score.results)
            m_rows.push_back(
                {r, QString::fromStdString(crisis::describeExpected(r.expected, *playbook, lang))});
    }
    endResetModel();
}

int ExpectedResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExpectedResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpectedResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& r = row.result;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InjectColumn:
            return QString::fromStdString(r.inject);
        case ExpectedColumn:
            return row.expected;
        case DeadlineColumn:
            return offset(r.deadline, m_start);
        case AnsweredColumn:
            return offset(r.answeredAt, m_start);
        case TakenColumn:
            return r.taken ? labels::span(*r.taken) : QString();
        case OutcomeColumn:
            return labels::outcome(r.outcome);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == OutcomeColumn)
        return QBrush(labels::outcomeColor(r.outcome));
    if (role == Qt::ToolTipRole)
        return r.deliveredAt ? tr("%1\nDelivered at %2").arg(row.expected, offset(r.deliveredAt, m_start))
                             : row.expected;
    if (role == OutcomeRole)
        return static_cast<int>(r.outcome);
    return {};
}

QVariant ExpectedResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InjectColumn:
        return tr("Inject");
    case ExpectedColumn:
        return tr("Expected action");
    case DeadlineColumn:
        return tr("Deadline");
    case AnsweredColumn:
        return tr("Answered");
    case TakenColumn:
        return tr("Taken");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

ScoreClocksModel::ScoreClocksModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScoreClocksModel::setStatus(const std::optional<crisis::DrillStatus>& status, crisis::Language lang) {
    beginResetModel();
    m_clocks.clear();
    m_lang = lang;
    if (status) {
        m_start = status->score.start;
        // Clocks that never started (a regulatory clock nobody triggered) say nothing about the drill.
        for (const auto& c : status->score.clocks)
            if (c.state != crisis::ClockState::NotStarted)
                m_clocks.push_back(c);
    }
    endResetModel();
}

int ScoreClocksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_clocks.size());
}

int ScoreClocksModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreClocksModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& c = m_clocks[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(c.name.in(m_lang));
        case DueColumn:
            return offset(c.due, m_start);
        case MetColumn:
            return offset(c.metAt, m_start);
        case StateColumn:
            return labels::clockState(c.state);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == StateColumn)
        return QBrush(labels::clockColor(c.state));
    return {};
}

QVariant ScoreClocksModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Clock");
    case DueColumn:
        return tr("Due");
    case MetColumn:
        return tr("Met");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

ObjectivesModel::ObjectivesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ObjectivesModel::setStatus(const std::optional<crisis::DrillStatus>& status, crisis::Language lang) {
    beginResetModel();
    m_rows.clear();
    if (status) {
        const auto& sc = status->record.run.scenario();
        for (const auto& o : status->score.objectives) {
            const auto* objective = sc.objective(o.id);
            m_rows.push_back({QString::fromStdString(o.id),
                              QString::fromStdString(objective ? objective->text.in(lang) : o.id), o});
        }
    }
    endResetModel();
}

int ObjectivesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObjectivesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectivesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& c = row.score.counts;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ObjectiveColumn:
            return row.text;
        case OnTimeColumn:
            return c.onTime;
        case LateColumn:
            return c.late;
        case MissedColumn:
            return c.missed;
        case MeanColumn:
            return row.score.meanTaken ? labels::span(*row.score.meanTaken) : QString();
        case RatingsColumn: {
            QStringList ratings;
            for (const auto& r : row.score.ratings) {
                QString text = QStringLiteral("%1 (%2)").arg(
                    QString::fromStdString(std::string(crisis::ratingName(r.rating))),
                    QString::fromStdString(r.evaluator));
                if (!r.comment.empty())
                    text += QStringLiteral(": ") + QString::fromStdString(r.comment);
                ratings << text;
            }
            return ratings.isEmpty() ? tr("not rated yet") : ratings.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RatingsColumn) {
        QStringList lines;
        for (const auto& r : row.score.ratings)
            lines << labels::rating(r.rating) + QStringLiteral(" — ") + QString::fromStdString(r.evaluator);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == IdRole)
        return row.id;
    return {};
}

QVariant ObjectivesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectiveColumn:
        return tr("Objective");
    case OnTimeColumn:
        return tr("On time");
    case LateColumn:
        return tr("Late");
    case MissedColumn:
        return tr("Missed");
    case MeanColumn:
        return tr("Mean time");
    case RatingsColumn:
        return tr("Ratings");
    default:
        return {};
    }
}
