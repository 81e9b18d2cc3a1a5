// Reading a drill back from its incident's log: the scenario it plays, its clock, what the
// trainer did and what the players did. Nothing here writes; the same log always reads the same.

#include <crisis/drill_service.hpp>
#include <crisis/error.hpp>

#include <algorithm>
#include <map>

namespace crisis {

namespace {

constexpr std::string_view injectPrefix = "drill:";

} // namespace

std::string_view noteKindName(NoteKind kind) {
    return noteKindNames[static_cast<std::size_t>(kind)];
}

std::optional<NoteKind> noteKindFromName(std::string_view name) {
    const auto it = std::find(noteKindNames.begin(), noteKindNames.end(), name);
    if (it == noteKindNames.end())
        return std::nullopt;
    return static_cast<NoteKind>(it - noteKindNames.begin());
}

bool DrillRecord::isDelivered(std::string_view inject) const {
    return std::any_of(delivered.begin(), delivered.end(),
                       [&](const DeliveredInject& d) { return d.inject == inject; });
}

std::string injectMessageId(std::string_view inject) {
    return std::string(injectPrefix) + std::string(inject);
}

std::string injectMentionId(std::string_view inject, std::size_t index) {
    return injectMessageId(inject) + ":" + std::to_string(index);
}

std::string inboxInjectOf(std::string_view externalId) {
    if (!externalId.starts_with(injectPrefix))
        return {};
    const auto rest = externalId.substr(injectPrefix.size());
    return std::string(rest.substr(0, rest.find(':')));
}

DrillRecord readDrill(const Incident& incident, const std::vector<Event>& log,
                      const std::vector<Mention>& mentions) {
    const auto started = std::find_if(log.begin(), log.end(),
                                      [](const Event& e) { return e.kind == event_kind::drillStarted; });
    if (!incident.drillClock || started == log.end())
        throw Error(ErrorCode::NotFound, {"drill.not_a_drill", {std::to_string(incident.id)}});

    DrillRecord record;
    record.incident = incident.id;
    record.clock = *incident.drillClock;
    const auto& p = started->payload;
    try {
        record.run = DrillRun(parseScenario(p.at("document").dump(), "drill.started"), started->at);
        record.language = languageFromLocale(p.value("language", "en"));
        record.startSpeed = p.at("speed").get<double>();
    } catch (const std::exception&) {
        // Our own log: a document that no longer reads is damage, not bad input.
        throw Error(ErrorCode::Integrity, {"drill.bad_start", {std::to_string(incident.id)}});
    }
    record.trainer = started->actor;

    std::map<std::int64_t, std::string> injectOfMention;
    for (const auto& m : mentions)
        if (auto inject = inboxInjectOf(m.externalId); !inject.empty())
            injectOfMention.emplace(m.id, std::move(inject));
    std::map<std::int64_t, std::string> templateOfTask;
    for (const auto& t : incident.tasks)
        templateOfTask.emplace(t.id, t.templateId);

    auto player = [&](ActionKind kind, std::string target, Instant at) {
        if (!target.empty() && at >= record.run.start())
            record.run.record({kind, std::move(target), at});
    };
    for (auto it = std::next(started); it != log.end(); ++it) {
        const Event& e = *it;
        const auto& k = e.kind;
        const auto& q = e.payload;
        // After the end, only the evaluators' notes and ratings still belong to the drill.
        const bool live = !record.endedAt;
        if (k == event_kind::drillObserved || k == event_kind::drillHotWash) {
            record.notes.push_back({k == event_kind::drillHotWash,
                                    noteKindFromName(q.value("kind", "")).value_or(NoteKind::Observation),
                                    q.value("participant", ""), q.value("text", ""), e.at, e.actor});
        } else if (k == event_kind::drillRated) {
            EvaluatorRating r{q.value("objective", ""), e.actor,
                              ratingFromName(q.value("rating", "")).value_or(Rating::U),
                              q.value("comment", "")};
            const auto same =
                std::find_if(record.ratings.begin(), record.ratings.end(), [&](const EvaluatorRating& o) {
                    return o.objective == r.objective && o.evaluator == r.evaluator;
                });
            if (same != record.ratings.end())
                *same = std::move(r);
            else
                record.ratings.push_back(std::move(r));
        } else if (!live) {
            continue;
        } else if (k == event_kind::drillEnded) {
            record.endedAt = e.at;
            record.endedSeq = e.seq;
        } else if (k == event_kind::drillInjectFired || k == event_kind::drillInjectSkipped) {
            record.run.command({k == event_kind::drillInjectFired ? TrainerCommand::Kind::FireNow
                                                                  : TrainerCommand::Kind::Skip,
                                q.value("inject", ""), e.at});
        } else if (k == event_kind::drillInjectDelivered) {
            record.delivered.push_back({q.value("inject", ""), e.at, e.seq});
        } else if (k == event_kind::itemChecked) {
            player(ActionKind::ChecklistItemChecked, q.value("item", ""), e.at);
        } else if (k == event_kind::advanced) {
            player(ActionKind::PhaseReached, q.value("to", ""), e.at);
        } else if (k == event_kind::taskDone) {
            const auto t = templateOfTask.find(q.value("task", std::int64_t{0}));
            player(ActionKind::TaskDone, t == templateOfTask.end() ? "" : t->second, e.at);
        } else if (k == event_kind::statementPublished) {
            player(ActionKind::StatementPublished, q.value("channel", ""), e.at);
        } else if (k == event_kind::mentionReplied) {
            const auto m = injectOfMention.find(q.value("mention", std::int64_t{0}));
            player(ActionKind::InboxAnswered, m == injectOfMention.end() ? "" : m->second, e.at);
        }
    }
    return record;
}

} // namespace crisis
