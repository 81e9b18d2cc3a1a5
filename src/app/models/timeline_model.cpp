#include "timeline_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../templates/template_labels.hpp"

#include <QCoreApplication>

TimelineModel::TimelineModel(Desk& desk, QObject* parent) : QAbstractTableModel(parent), m_desk(desk) {
    m_query.incident = -1; // empty until a query is set
    connect(&desk, &Desk::dataChanged, this, &TimelineModel::reload);
}

void TimelineModel::setQuery(const crisis::EventQuery& query) {
    m_query = query;
    reload();
}

void TimelineModel::setUtc(bool utc) {
    m_utc = utc;
    if (m_count > 0)
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void TimelineModel::reload() {
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_pagesFetched = 0;
    m_bySeq = false;
    try {
        m_count = m_desk.store().eventCount(m_query);
        const bool unfiltered =
            m_query.incident == 0 && m_query.kind.empty() && m_query.actor.empty() && m_query.text.empty();
        if (unfiltered && m_count > 0) {
            // The log is append-only, so seqs have no gaps; check rather than assume.
            const auto [first, last] = m_desk.store().eventSeqRange();
            m_bySeq = last - first + 1 == m_count;
            m_firstSeq = first;
        }
    } catch (const std::exception&) {
        m_count = 0;
    }
    endResetModel();
}

const crisis::Event* TimelineModel::row(int r) const {
    const std::int64_t page = r / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        try {
            auto events = m_bySeq ? m_desk.store().eventsFromSeq(m_firstSeq + page * pageSize, pageSize)
                                  : m_desk.store().eventPage(m_query, page * pageSize, pageSize);
            it = m_pages.emplace(page, std::move(events)).first;
            ++m_pagesFetched;
        } catch (const std::exception&) {
            return nullptr;
        }
        m_lru.push_front(page);
        if (m_lru.size() > maxPages) {
            m_pages.erase(m_lru.back());
            m_lru.pop_back();
        }
    } else if (m_lru.front() != page) {
        m_lru.remove(page);
        m_lru.push_front(page);
    }
    const auto offset = static_cast<std::size_t>(r % pageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(std::min<std::int64_t>(m_count, INT32_MAX));
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::summary(const crisis::Event& e, crisis::Language lang) {
    const auto& p = e.payload;
    const auto str = [&p](const char* key) { return QString::fromStdString(p.value(key, std::string())); };
    const auto tr = [](const char* text) { return QCoreApplication::translate("TimelineModel", text); };
    if (e.kind == crisis::event_kind::opened)
        return tr("Opened “%1” with playbook %2, severity %3, %4 task(s)")
            .arg(str("title"), str("playbook"))
            .arg(p.value("severity", 0))
            .arg(p.contains("tasks") ? static_cast<int>(p["tasks"].size()) : 0);
    if (e.kind == crisis::event_kind::itemChecked)
        return tr("Ticked %1").arg(str("item"));
    if (e.kind == crisis::event_kind::itemUnchecked)
        return tr("Unticked %1").arg(str("item"));
    if (e.kind == crisis::event_kind::advanced) {
        const auto from = crisis::phaseFromName(p.value("from", std::string()));
        const auto to = crisis::phaseFromName(p.value("to", std::string()));
        QString text =
            tr("%1 → %2").arg(from ? labels::phase(*from) : str("from"), to ? labels::phase(*to) : str("to"));
        if (p.value("forced", false))
            text += QStringLiteral(" · ") + tr("forced: %1").arg(str("reason"));
        return text;
    }
    if (e.kind == crisis::event_kind::clockMarked)
        return tr("Clock %1 met").arg(str("clock"));
    if (e.kind == crisis::event_kind::startRecorded)
        return tr("Start event %1 at %2").arg(str("event"), str("when"));
    if (e.kind == crisis::event_kind::taskDone)
        return tr("Task %1 done").arg(p.value("task", 0));
    if (e.kind == crisis::event_kind::taskReopened)
        return tr("Task %1 reopened").arg(p.value("task", 0));
    if (e.kind == crisis::event_kind::alertRaised) {
        const auto name = p.value("name", nlohmann::json::object());
        QString what =
            QString::fromStdString(name.value(lang == crisis::Language::Zh ? "zh" : "en", std::string()));
        if (what.isEmpty())
            what = str("what");
        const QString state = str("state") == QLatin1String("overdue") ? tr("overdue") : tr("warning");
        return tr("Alert: %1 is %2 (due %3)").arg(what, state, str("due"));
    }
    if (e.kind == crisis::event_kind::mentionsImported)
        return tr("Imported %1 mention(s) from %2 (%3 duplicate(s))")
            .arg(p.value("added", 0))
            .arg(str("source"))
            .arg(p.value("duplicates", 0));
    if (e.kind == crisis::event_kind::spikeDetected) {
        const QString mood = str("dominant") == QLatin1String("positive") ? tr("positive") : tr("negative");
        return str("type") == QLatin1String("dip")
                   ? tr("Sentiment dip from %1: %2% negative (baseline %3%)")
                         .arg(str("bucket"))
                         .arg(p.value("negative_share", 0.0) * 100, 0, 'f', 0)
                         .arg(p.value("baseline_negative_share", 0.0) * 100, 0, 'f', 0)
                   : tr("Message spike (%1) from %2: %3 mentions, baseline %4 per bucket")
                         .arg(mood, str("bucket"))
                         .arg(p.value("count", 0))
                         .arg(p.value("baseline_mean", 0.0), 0, 'f', 1);
    }
    if (e.kind == crisis::event_kind::mentionAssigned)
        return tr("Inbox item %1 assigned to %2").arg(p.value("mention", 0)).arg(str("assignee"));
    if (e.kind == crisis::event_kind::mentionReplied)
        return tr("Replied to inbox item %1: %2").arg(p.value("mention", 0)).arg(str("text"));
    if (e.kind == crisis::event_kind::mentionResolved)
        return tr("Inbox item %1 closed: %2")
            .arg(p.value("mention", 0))
            .arg(str("state") == QLatin1String("reviewed") ? tr("reviewed") : tr("no action"));
    if (const QString comms = communicationSummary(e); !comms.isEmpty())
        return comms;
    if (e.kind.starts_with("drill."))
        return drillSummary(e, lang);
    return QString::fromStdString(p.dump());
}

QString TimelineModel::drillSummary(const crisis::Event& e, crisis::Language lang) {
    namespace kind = crisis::event_kind;
    const auto& p = e.payload;
    const auto str = [&](const char* key) {
        const auto it = p.find(key);
        if (it == p.end())
            return QString();
        return QString::fromStdString(it->is_string() ? it->get<std::string>() : it->dump());
    };
    const auto localized = [&](const char* key) {
        const auto it = p.find(key);
        if (it == p.end() || !it->is_object())
            return QString();
        return QString::fromStdString(it->value(lang == crisis::Language::Zh ? "zh" : "en", std::string()));
    };
    if (e.kind == kind::drillStarted)
        return tr("Drill started: scenario %1 v%2 at %3×")
            .arg(str("scenario"), str("scenario_version"), QString::number(p.value("speed", 1.0)));
    if (e.kind == kind::drillPaused)
        return tr("Drill clock paused");
    if (e.kind == kind::drillResumed)
        return tr("Drill clock resumed");
    if (e.kind == kind::drillSpeedChanged)
        return tr("Drill clock speed %1× → %2×")
            .arg(QString::number(p.value("from", 1.0)), QString::number(p.value("speed", 1.0)));
    if (e.kind == kind::drillJumped)
        return tr("Drill clock jumped ahead to the next inject");
    if (e.kind == kind::drillEnded)
        return tr("Drill ended");
    if (e.kind == kind::drillInjectFired)
        return tr("Trainer fired inject %1").arg(str("inject"));
    if (e.kind == kind::drillInjectSkipped)
        return tr("Trainer skipped inject %1").arg(str("inject"));
    if (e.kind == kind::drillInjectDelivered) {
        // What the players receive: the inject's text, not the trainer's synopsis.
        const auto delivery = crisis::deliveryFromName(str("delivery").toStdString());
        return tr("Inject (%1) from %2 to %3: %4")
            .arg(delivery ? labels::delivery(*delivery) : str("delivery"), str("from"),
                 labels::role(str("to")), localized("text"));
    }
    if (e.kind == kind::drillObserved)
        return tr("Evaluator's observation noted");
    if (e.kind == kind::drillRated)
        return tr("Objective %1 rated %2").arg(str("objective"), str("rating"));
    if (e.kind == kind::drillHotWash)
        return tr("Hot-wash point noted");
    return QString::fromStdString(p.dump());
}

QString TimelineModel::communicationSummary(const crisis::Event& e) {
    namespace kind = crisis::event_kind;
    const auto& p = e.payload;
    const auto str = [&p](const char* key) { return QString::fromStdString(p.value(key, std::string())); };
    const auto num = [&p](const char* key) { return p.value(key, nlohmann::json(0)).dump(); };
    const auto count = [&p](const char* key) {
        return static_cast<int>(p.value(key, nlohmann::json::array()).size());
    };
    if (e.kind == kind::statementDrafted)
        return tr("Statement #%1 drafted for %2: %3")
            .arg(e.seq)
            .arg(template_labels::channel(str("channel")),
                 str("subject").isEmpty() ? str("message").left(60) : str("subject"));
    if (e.kind == kind::statementRevised)
        return tr("Statement #%1 revised: revision %2 (earlier approvals lapse)")
            .arg(QString::fromStdString(num("statement")), QString::fromStdString(num("revision")));
    if (e.kind == kind::statementSubmitted)
        return tr("Statement #%1 submitted for review (revision %2)")
            .arg(QString::fromStdString(num("statement")), QString::fromStdString(num("revision")));
    if (e.kind == kind::statementApproved) {
        QString text = tr("Statement #%1 approved as %2 (revision %3)")
                           .arg(QString::fromStdString(num("statement")), labels::role(str("role")),
                                QString::fromStdString(num("revision")));
        if (count("overrides") > 0)
            text += QStringLiteral(" · ") +
                    tr("%n finding(s) overridden: %1", nullptr, count("overrides")).arg(str("reason"));
        return text;
    }
    if (e.kind == kind::statementPublished) {
        QString text = tr("Statement #%1 published (%2) on %3 to %4%5")
                           .arg(QString::fromStdString(num("statement")),
                                p.value("external", false) ? tr("public") : tr("internal"),
                                template_labels::channel(str("channel")), str("audience"),
                                str("link").isEmpty() ? QString() : QStringLiteral(" · ") + str("link"));
        // A playbook without approvers: the publisher overrode the findings.
        if (count("overrides") > 0)
            text += QStringLiteral(" · ") +
                    tr("%n finding(s) overridden: %1", nullptr, count("overrides")).arg(str("reason"));
        return text;
    }
    if (e.kind == kind::factsRecorded) {
        QStringList facts;
        if (p.contains("cause_verified"))
            facts << (p.value("cause_verified", false) ? tr("cause verified") : tr("cause not verified"));
        if (p.contains("customers_affected"))
            facts << tr("%1 customers affected").arg(QString::fromStdString(num("customers_affected")));
        return tr("Incident facts: %1").arg(facts.join(QStringLiteral(", ")));
    }
    if (e.kind == kind::marketingPaused)
        return tr("Non-crisis marketing paused: %n item(s)", nullptr, count("items"));
    if (e.kind == kind::marketingResumed)
        return tr("Marketing resumed: %n item(s)", nullptr, count("items"));
    if (e.kind == kind::briefingSent)
        return tr("Internal briefing #%1 sent to %n member(s): %2", nullptr, count("recipients"))
            .arg(e.seq)
            .arg(str("title"));
    if (e.kind == kind::briefingAcknowledged)
        return tr("%1 acknowledged briefing #%2").arg(str("member"), QString::fromStdString(num("briefing")));
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != SeqRole && role != KindRole && role != Qt::ToolTipRole)
        return {};
    const crisis::Event* e = row(index.row());
    if (!e)
        return {};
    if (role == SeqRole)
        return QVariant::fromValue<qlonglong>(e->seq);
    if (role == KindRole)
        return QString::fromStdString(e->kind);
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(e->payload.dump(2));
    switch (index.column()) {
    case TimeColumn:
        return labels::time(e->at, m_utc);
    case IncidentColumn:
        return QStringLiteral("#%1").arg(e->incident);
    case ActorColumn:
        return QString::fromStdString(e->actor);
    case KindColumn:
        return QString::fromStdString(e->kind);
    case DetailsColumn:
        return summary(*e, m_desk.language());
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Incident"), QT_TR_NOOP("Actor"),
                                             QT_TR_NOOP("Kind"), QT_TR_NOOP("Details")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
