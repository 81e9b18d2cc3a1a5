// The exercise's after-action report. Builders put plain text into a ReportDocument; its HTML
// writer escapes every text, so a note carrying markup shows as text.

#include <crisis/drill_report.hpp>
#include <crisis/event_text.hpp>

#include "review_document.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace crisis {

namespace {

using detail::aar::ReportDocument;
using detail::aar::ReportTable;

std::string taskText(const Playbook& playbook, const std::string& id, Language lang) {
    for (const auto& t : playbook.tasks)
        if (t.id == id)
            return t.title.in(lang);
    return id;
}

// "30m", "2h", "1d 06h": allowances are whole minutes.
std::string shortSpan(Duration span) {
    const long long minutes = std::chrono::duration_cast<std::chrono::minutes>(span).count();
    const long long d = minutes / 1440, h = (minutes % 1440) / 60, m = minutes % 60;
    std::string out;
    if (d > 0)
        out += std::to_string(d) + "d";
    if (h > 0)
        out += (out.empty() ? "" : " ") + std::to_string(h) + "h";
    if (m > 0 || out.empty())
        out += (out.empty() ? "" : " ") + std::to_string(m) + "m";
    return out;
}

std::string at(const std::optional<Instant>& when, Instant start, Language lang) {
    return when ? drillOffset(*when, start) + " (" + formatInstant(*when) + ")"
                : text("report.not_yet", lang);
}

std::string outcomeText(Outcome outcome, Language lang) {
    return text("drill.outcome." + std::string(outcomeName(outcome)), lang);
}

std::string countsText(const OutcomeCounts& c, Language lang) {
    return text("drill.report.counts", lang,
                {std::to_string(c.onTime), std::to_string(c.late), std::to_string(c.missed),
                 std::to_string(c.pending), std::to_string(c.notDelivered)});
}

std::string roleText(const std::string& role, Language lang) {
    return text("role." + role, lang);
}

std::string participantText(const std::string& participant, Language lang) {
    if (participant.empty())
        return text("drill.report.whole_team", lang);
    return std::find(knownRoles.begin(), knownRoles.end(), participant) != knownRoles.end()
               ? roleText(participant, lang)
               : participant;
}

const Objective* objectiveOf(const Scenario& sc, const std::string& id) {
    return sc.objective(id);
}

std::string objectiveText(const Scenario& sc, const std::string& id, Language lang) {
    const Objective* o = objectiveOf(sc, id);
    return o ? o->text.in(lang) : id;
}

void overview(ReportDocument& doc, const DrillReportInput& in, Language lang) {
    const auto& st = in.status;
    const auto& rec = st.record;
    const Scenario& sc = rec.run.scenario();
    auto& section = doc.section(text("drill.report.overview", lang));
    if (!sc.description.en.empty() || !sc.description.zh.empty())
        detail::aar::addParagraph(section, sc.description.in(lang));
    ReportTable t{{text("report.col.metric", lang), text("report.col.value", lang)}, {}};
    t.rows.push_back({text("drill.report.exercise", lang), sc.title.in(lang)});
    t.rows.push_back({text("drill.report.scenario", lang), sc.id + " v" + std::to_string(sc.version)});
    t.rows.push_back({text("report.field.crisis_type", lang), sc.crisisType});
    t.rows.push_back(
        {text("report.field.playbook", lang), in.playbook.name.in(lang) + " (" + st.incident.playbookId +
                                                  " v" + std::to_string(st.incident.playbookVersion) + ")"});
    t.rows.push_back({text("drill.report.incident", lang),
                      "#" + std::to_string(st.incident.id) + " " + st.incident.title});
    t.rows.push_back({text("drill.report.started", lang), formatInstant(rec.run.start())});
    t.rows.push_back({rec.endedAt ? text("drill.report.ended", lang) : text("report.field.as_of", lang),
                      drillOffset(st.now, rec.run.start()) + " (" + formatInstant(st.now) + ")"});
    char speed[32];
    std::snprintf(speed, sizeof speed, "%g×", rec.startSpeed);
    t.rows.push_back({text("drill.report.speed", lang), speed});
    t.rows.push_back({text("drill.report.trainer", lang), rec.trainer});
    std::string participants;
    for (const auto& role : sc.participants) {
        std::string names;
        for (const auto& m : in.roster)
            if (m.role == role)
                names += (names.empty() ? "" : ", ") + m.name;
        participants +=
            (participants.empty() ? "" : "; ") + roleText(role, lang) + (names.empty() ? "" : ": " + names);
    }
    t.rows.push_back({text("drill.report.participants", lang), participants});
    std::set<std::string> evaluators;
    for (const auto& r : rec.ratings)
        evaluators.insert(r.evaluator);
    for (const auto& n : rec.notes)
        evaluators.insert(n.author);
    std::string names;
    for (const auto& e : evaluators)
        names += (names.empty() ? "" : ", ") + e;
    t.rows.push_back(
        {text("drill.report.evaluators", lang), names.empty() ? text("report.not_yet", lang) : names});
    t.rows.push_back({text("drill.report.totals", lang), countsText(st.score.totals, lang)});
    detail::aar::addTable(section, std::move(t));
}

void objectives(ReportDocument& doc, const DrillReportInput& in, Language lang) {
    const Scenario& sc = in.status.record.run.scenario();
    ReportTable t{{text("drill.report.objective", lang), text("drill.report.outcomes", lang),
                   text("drill.report.mean_taken", lang), text("drill.report.rating", lang),
                   text("drill.report.evaluator", lang), text("drill.report.comment", lang)},
                  {}};
    for (const auto& o : in.status.score.objectives) {
        const std::string name = objectiveText(sc, o.id, lang);
        const std::string counts = countsText(o.counts, lang);
        const std::string mean = o.meanTaken ? formatSpan(*o.meanTaken) : text("report.not_yet", lang);
        if (o.ratings.empty())
            t.rows.push_back({name, counts, mean, text("drill.report.not_rated", lang), "", ""});
        for (const auto& r : o.ratings)
            t.rows.push_back({name, counts, mean, describeRating(r.rating, lang), r.evaluator, r.comment});
    }
    detail::aar::addTable(doc.section(text("drill.report.objectives", lang)), std::move(t));
}

void timeline(ReportDocument& doc, const DrillReportInput& in, Language lang) {
    const auto& st = in.status;
    const Scenario& sc = st.record.run.scenario();
    const Instant start = st.record.run.start();
    struct Row {
        Instant at;
        std::size_t order;
        std::vector<std::string> cells;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < st.snapshot.injects.size(); ++i) {
        const auto& state = st.snapshot.injects[i];
        const Inject& inject = sc.injects[i];
        if (state.status == InjectStatus::Pending)
            continue; // not reached yet, or a contingency that was never needed
        const auto result = std::find_if(st.score.results.begin(), st.score.results.end(),
                                         [&](const ExpectedResult& r) { return r.inject == inject.id; });
        std::string cause =
            text("drill.cause." + std::string(fireCauseName(state.cause)), lang, {state.triggeredBy});
        if (state.status == InjectStatus::Skipped)
            cause = text("drill.status.skipped", lang);
        std::string expected, response, outcome;
        if (result != st.score.results.end()) {
            expected = describeExpected(result->expected, in.playbook, lang);
            if (result->answeredAt)
                response =
                    drillOffset(*result->answeredAt, start) + " · " +
                    text("drill.report.taken", lang, {formatSpan(result->taken.value_or(Duration{0}))});
            outcome = outcomeText(result->outcome, lang);
        }
        rows.push_back({*state.at,
                        i,
                        {drillOffset(*state.at, start), inject.id + ": " + inject.synopsis.in(lang),
                         text("delivery." + std::string(deliveryName(inject.delivery)), lang) + " · " +
                             inject.from + " → " + roleText(inject.to, lang),
                         cause, expected, response, outcome}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.at, a.order) < std::tie(b.at, b.order);
    });
    ReportTable t{{text("report.col.time", lang), text("drill.report.inject", lang),
                   text("drill.report.delivery", lang), text("drill.report.cause", lang),
                   text("drill.report.expected", lang), text("drill.report.response", lang),
                   text("drill.report.outcome", lang)},
                  {}};
    for (auto& r : rows)
        t.rows.push_back(std::move(r.cells));
    detail::aar::addTable(doc.section(text("drill.report.timeline", lang)), std::move(t));

    ReportTable c{{text("report.col.clock", lang), text("drill.report.due", lang),
                   text("drill.report.met_at", lang), text("drill.report.state", lang)},
                  {}};
    for (const auto& clock : st.score.clocks)
        c.rows.push_back({clock.name.in(lang), at(clock.due, start, lang), at(clock.metAt, start, lang),
                          text("state." + std::string(clockStateName(clock.state)), lang)});
    detail::aar::addTable(doc.section(text("drill.report.clocks", lang)), std::move(c));
}

// Strengths and areas for improvement: what the evaluators wrote, with what the score shows.
void findings(ReportDocument& doc, const DrillReportInput& in, Language lang) {
    const auto& st = in.status;
    const Scenario& sc = st.record.run.scenario();
    const Instant start = st.record.run.start();
    ReportTable strengths{{text("drill.report.source", lang), text("drill.report.point", lang)}, {}};
    ReportTable areas = strengths;
    for (const auto& n : st.record.notes) {
        if (n.kind == NoteKind::Observation)
            continue;
        const std::string source =
            text(n.hotWash ? "drill.report.from_hot_wash" : "drill.report.from_observation", lang,
                 {participantText(n.participant, lang), n.author});
        (n.kind == NoteKind::Strength ? strengths : areas).rows.push_back({source, n.text});
    }
    for (const auto& o : st.score.objectives)
        for (const auto& r : o.ratings) {
            const std::string source = text("drill.report.from_rating", lang, {r.evaluator});
            const std::string point = objectiveText(sc, o.id, lang) + ": " + describeRating(r.rating, lang) +
                                      (r.comment.empty() ? "" : " — " + r.comment);
            if (r.rating == Rating::P)
                strengths.rows.push_back({source, point});
            else if (r.rating == Rating::M || r.rating == Rating::U)
                areas.rows.push_back({source, point});
        }
    for (const auto& r : st.score.results) {
        if (r.outcome != Outcome::Late && r.outcome != Outcome::Missed)
            continue;
        const std::string late =
            r.outcome == Outcome::Late && r.answeredAt && r.deadline
                ? text("drill.report.late_by", lang, {formatSpan(*r.answeredAt - *r.deadline)})
                : text("drill.outcome.missed", lang);
        areas.rows.push_back({text("drill.report.from_score", lang),
                              r.inject + " (" + drillOffset(*r.deliveredAt, start) +
                                  "): " + describeExpected(r.expected, in.playbook, lang) + " — " + late});
    }
    auto add = [&](const std::string& heading, ReportTable table) {
        auto& section = doc.section(heading);
        if (table.rows.empty())
            detail::aar::addParagraph(section, text("drill.report.none", lang));
        else
            detail::aar::addTable(section, std::move(table));
    };
    add(text("drill.report.strengths", lang), std::move(strengths));
    add(text("drill.report.areas", lang), std::move(areas));
}

void plan(ReportDocument& doc, const DrillReportInput& in, Language lang) {
    auto& section = doc.section(text("report.improvements", lang));
    if (in.review.improvements.empty()) {
        detail::aar::addParagraph(section, text("drill.report.none", lang));
        return;
    }
    ReportTable t{{"ID", text("report.col.finding", lang), text("report.col.action", lang),
                   text("report.col.owner", lang), text("report.col.due", lang),
                   text("report.col.status", lang)},
                  {}};
    for (const auto& item : in.review.improvements)
        t.rows.push_back({item.id, item.finding, item.action, item.owner, formatInstant(item.due),
                          text("improvement." + std::string(improvementStatusName(item.status)), lang)});
    detail::aar::addTable(section, std::move(t));
}

void notes(ReportDocument& doc, const DrillReportInput& in, Language lang, bool hotWash) {
    const Instant start = in.status.record.run.start();
    ReportTable t{{text("report.col.time", lang), text("drill.report.participant", lang),
                   text("drill.report.kind", lang), text("report.col.actor", lang),
                   text("drill.report.note", lang)},
                  {}};
    for (const auto& n : in.status.record.notes)
        if (n.hotWash == hotWash)
            t.rows.push_back({drillOffset(n.at, start), participantText(n.participant, lang),
                              text("drill.note." + std::string(noteKindName(n.kind)), lang), n.author,
                              n.text});
    auto& section = doc.section(text(hotWash ? "drill.report.hot_wash" : "drill.report.observations", lang));
    if (t.rows.empty())
        detail::aar::addParagraph(section, text("drill.report.none", lang));
    else
        detail::aar::addTable(section, std::move(t));
}

} // namespace

std::string drillOffset(Instant at, Instant start) {
    const auto span = std::chrono::duration_cast<std::chrono::seconds>(at - start).count();
    const long long total = span < 0 ? -span : span;
    char buffer[48];
    if (total % 60 != 0)
        std::snprintf(buffer, sizeof buffer, "T%s%02lld:%02lld:%02lld", span < 0 ? "-" : "+", total / 3600,
                      (total % 3600) / 60, total % 60);
    else
        std::snprintf(buffer, sizeof buffer, "T%s%02lld:%02lld", span < 0 ? "-" : "+", total / 3600,
                      (total % 3600) / 60);
    return buffer;
}

std::string describeRating(Rating rating, Language lang) {
    return text("drill.rating." + std::string(ratingName(rating)), lang);
}

std::string describeExpected(const ExpectedAction& e, const Playbook& playbook, Language lang) {
    std::string what;
    switch (e.action) {
    case ActionKind::ChecklistItemChecked:
        what = checklistItemText(playbook, e.target, lang);
        break;
    case ActionKind::TaskDone:
        what = taskText(playbook, e.target, lang);
        break;
    case ActionKind::PhaseReached:
        what = text("phase." + e.target, lang);
        break;
    case ActionKind::StatementPublished:
        what = text("channel." + e.target, lang);
        break;
    case ActionKind::InboxAnswered:
        what = e.target;
        break;
    }
    return text("drill.action." + std::string(actionKindName(e.action)), lang,
                {what, shortSpan(e.allowance)});
}

std::string drillReportHtml(const DrillReportInput& in, Language lang) {
    const Scenario& sc = in.status.record.run.scenario();
    ReportDocument doc;
    doc.title = text("drill.report.title", lang, {sc.title.in(lang)});
    doc.language = std::string(languageCode(lang));
    overview(doc, in, lang);
    objectives(doc, in, lang);
    timeline(doc, in, lang);
    findings(doc, in, lang);
    plan(doc, in, lang);
    notes(doc, in, lang, false);
    notes(doc, in, lang, true);
    return detail::aar::toHtml(doc);
}

std::string DrillService::reportHtml(std::int64_t incident, Language lang) const {
    const DrillStatus st = status(incident);
    const auto roster = m_store.members();
    const ReviewState review = foldReview(m_store.events(incident));
    return drillReportHtml({st, m_incidents.playbookOf(st.incident), roster, review}, lang);
}

} // namespace crisis
