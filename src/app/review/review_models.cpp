#include "review_models.hpp"

#include "../labels.hpp"

#include <QBrush>
#include <QFont>

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString spanOrDash(const std::optional<crisis::Duration>& span) {
    return span ? labels::span(*span) : QStringLiteral("–");
}

} // namespace

// --- AnswersModel ----------------------------------------------------------------------------

void AnswersModel::setReview(const crisis::ReviewState& review, bool utc) {
    beginResetModel();
    m_utc = utc;
    m_rows.clear();
    for (const auto q : crisis::reviewQuestions) {
        const QString question = QString::fromLatin1(q.data(), static_cast<int>(q.size()));
        const auto it = review.answers.find(std::string(q));
        if (it == review.answers.end() || it->second.empty()) {
            m_rows.push_back({question, std::nullopt});
            continue;
        }
        for (const auto& [team, answer] : it->second)
            m_rows.push_back({question, answer});
    }
    endResetModel();
}

int AnswersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AnswersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnswersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == QuestionRole)
        return r.question;
    if (role == TeamRole)
        return r.answer ? text(r.answer->team) : QString();
    if (role == Qt::ForegroundRole && !r.answer)
        return QBrush(Qt::darkGray);
    if (role == Qt::ToolTipRole && index.column() == AnswerColumn && r.answer)
        return text(r.answer->text);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case QuestionColumn:
        return labels::reviewQuestion(r.question);
    case TeamColumn:
        return r.answer ? labels::role(text(r.answer->team)) : QString();
    case AnswerColumn:
        return r.answer ? text(r.answer->text).replace(QLatin1Char('\n'), QLatin1Char(' '))
                        : tr("not answered yet");
    case AuthorColumn:
        return r.answer ? text(r.answer->author) : QString();
    case TimeColumn:
        return r.answer ? labels::time(r.answer->at, m_utc) : QString();
    default:
        return {};
    }
}

QVariant AnswersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Question"), QT_TR_NOOP("Team"), QT_TR_NOOP("Answer"),
                                             QT_TR_NOOP("By"), QT_TR_NOOP("When")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

// --- ImprovementModel ------------------------------------------------------------------------

void ImprovementModel::setItems(std::vector<crisis::ImprovementItem> items, std::vector<QString> proposals,
                                crisis::Instant now, bool utc) {
    beginResetModel();
    m_items = std::move(items);
    m_proposals = std::move(proposals);
    m_proposals.resize(m_items.size());
    m_now = now;
    m_utc = utc;
    endResetModel();
}

const crisis::ImprovementItem* ImprovementModel::item(int row) const {
    return row >= 0 && row < rowCount() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

int ImprovementModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ImprovementModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImprovementModel::data(const QModelIndex& index, int role) const {
    const auto* i = index.isValid() ? item(index.row()) : nullptr;
    if (!i)
        return {};
    const bool overdue = i->status == crisis::ImprovementStatus::Open && m_now > i->due;
    const QString& proposal = m_proposals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return text(i->id);
    case OverdueRole:
        return overdue;
    case HasProposalRole:
        return i->proposal.has_value();
    case AcceptedRole:
        return i->acceptedVersion.has_value();
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(labels::clockColor(crisis::ClockState::Overdue));
        if (i->status == crisis::ImprovementStatus::Done)
            return QBrush(labels::clockColor(crisis::ClockState::Met));
        return {};
    case Qt::ToolTipRole:
        return index.column() == ProposalColumn ? proposal
                                                : text(i->finding) + QStringLiteral("\n") + text(i->action);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return text(i->id);
    case FindingColumn:
        return text(i->finding);
    case ActionColumn:
        return text(i->action);
    case OwnerColumn:
        return labels::role(text(i->owner));
    case DueColumn:
        return labels::time(i->due, m_utc);
    case StatusColumn:
        if (i->status == crisis::ImprovementStatus::Done)
            return tr("done");
        return overdue ? tr("overdue") : tr("open");
    case ProposalColumn:
        if (proposal.isEmpty())
            return QString();
        return i->acceptedVersion ? tr("%1 (accepted as v%2)").arg(proposal).arg(*i->acceptedVersion)
                                  : proposal;
    default:
        return {};
    }
}

QVariant ImprovementModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {
        QT_TR_NOOP("Id"),  QT_TR_NOOP("Finding"), QT_TR_NOOP("Action"),         QT_TR_NOOP("Owner"),
        QT_TR_NOOP("Due"), QT_TR_NOOP("Status"),  QT_TR_NOOP("Playbook change")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

// --- FiguresModel ----------------------------------------------------------------------------

void FiguresModel::setMetrics(const crisis::ReviewMetrics& m, crisis::Language language) {
    beginResetModel();
    m_rows.clear();
    const auto heading = [this](const QString& title) { m_rows.push_back({title, {}, std::nullopt, true}); };
    const auto target = [this, language](const crisis::TargetFigure& f) {
        QString value = spanOrDash(f.took);
        if (f.due && f.start)
            value += QStringLiteral(" / ") + tr("target %1").arg(labels::span(*f.due - *f.start));
        m_rows.push_back({text(f.name.in(language)), value, f.outcome});
    };

    heading(tr("Clocks against targets"));
    if (!m.acknowledgement.clock.empty() || m.acknowledgement.doneAt)
        m_rows.push_back(
            {tr("Time to acknowledge"), spanOrDash(m.acknowledgement.took), m.acknowledgement.outcome});
    for (const auto& clock : m.clocks)
        if (clock.clock != crisis::acknowledgementClock)
            target(clock);

    heading(tr("Communication"));
    m_rows.push_back(
        {tr("First external statement after T0"), spanOrDash(m.firstExternalAfterT0), std::nullopt});
    m_rows.push_back({tr("Statements published"), QString::number(m.statements.size()), std::nullopt});
    m_rows.push_back({tr("Gaps in respond longer than %1").arg(labels::span(m.cadence.cadence)),
                      tr("%1 of %2").arg(m.cadence.gapsOverCadence).arg(m.cadence.gaps.size()),
                      m.cadence.gaps.empty()           ? std::nullopt
                      : m.cadence.gapsOverCadence == 0 ? std::optional(crisis::TargetOutcome::Met)
                                                       : std::optional(crisis::TargetOutcome::Missed)});
    m_rows.push_back({tr("Longest gap"), spanOrDash(m.cadence.longest), std::nullopt});

    heading(tr("Tasks by role"));
    for (const auto& [role, t] : m.tasksByRole)
        m_rows.push_back({labels::role(text(role)),
                          tr("%1 on time, %2 late, %3 missed, %4 open")
                              .arg(t.onTime)
                              .arg(t.late)
                              .arg(t.missed)
                              .arg(t.open),
                          t.missed > 0 ? std::optional(crisis::TargetOutcome::Missed)
                          : t.late > 0 ? std::optional(crisis::TargetOutcome::MetLate)
                                       : std::nullopt});

    heading(tr("Reputation"));
    if (m.reputation) {
        const auto& r = *m.reputation;
        m_rows.push_back(
            {tr("Mentions (negative)"), tr("%1 (%2)").arg(r.mentions).arg(r.negative), std::nullopt});
        const auto window = [this](const QString& name, const crisis::SentimentWindow& w) {
            m_rows.push_back(
                {name,
                 tr("%1 mentions, %2 negative, mean score %3")
                     .arg(w.mentions)
                     .arg(w.negative)
                     .arg(w.mentions > 0 ? QString::number(w.meanScore, 'f', 2) : QStringLiteral("–")),
                 std::nullopt});
        };
        window(tr("Sentiment before"), r.before);
        window(tr("Sentiment during"), r.during);
        window(tr("Sentiment after"), r.after);
        m_rows.push_back({tr("Spikes"), QString::number(r.spikes), std::nullopt});
        m_rows.push_back({tr("Inbox mean first response"), spanOrDash(r.meanResponse), std::nullopt});
        for (const auto& [member, took] : r.meanResponseByMember)
            m_rows.push_back({QStringLiteral("  ") + text(member), labels::span(took), std::nullopt});
    }
    heading(tr("Decisions"));
    m_rows.push_back({tr("Forced transitions"), QString::number(m.forcedAdvances), std::nullopt});
    m_rows.push_back({tr("Alerts raised"), QString::number(m.alertsRaised), std::nullopt});
    endResetModel();
}

QString FiguresModel::value(const QString& metric) const {
    for (const auto& r : m_rows)
        if (r.metric == metric)
            return r.value;
    return {};
}

int FiguresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FiguresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::FontRole && r.heading) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && r.outcome && index.column() == OutcomeColumn)
        return QBrush(labels::outcomeColor(*r.outcome));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MetricColumn:
        return r.metric;
    case ValueColumn:
        return r.value;
    case OutcomeColumn:
        return r.outcome ? labels::targetOutcome(*r.outcome) : QString();
    default:
        return {};
    }
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Figure"), QT_TR_NOOP("Value"),
                                             QT_TR_NOOP("Outcome")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
