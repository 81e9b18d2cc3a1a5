#include <crisis/event_text.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/review_report.hpp>

#include "review_document.hpp"

#include <iomanip>
#include <sstream>

namespace crisis {

namespace {

using detail::aar::ReportDocument;
using detail::aar::ReportSection;
using detail::aar::ReportTable;

// "2026-10-22 08:00 UTC": a reader's time, not a machine's (exports keep ISO-8601).
std::string when(Instant at) {
    const std::string iso = formatInstant(at);
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::string instantText(const std::optional<Instant>& at, Language lang) {
    return at ? when(*at) : text("report.not_yet", lang);
}

std::string spanText(const std::optional<Duration>& span, Language lang) {
    return span ? formatSpan(*span) : text("report.not_yet", lang);
}

std::string number(double value) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(2) << value;
    return out.str();
}

// A data URI of base64 text is inert in both formats; anything else could carry markup or a
// script URL, so it is dropped rather than escaped into a broken image.
bool isSafeImage(const std::string& uri) {
    for (const std::string_view prefix : {"data:image/svg+xml;base64,", "data:image/png;base64,"}) {
        if (uri.starts_with(prefix) && uri.size() > prefix.size())
            return uri.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
                                         prefix.size()) == std::string::npos;
    }
    return false;
}

std::string questionText(const Playbook& playbook, const std::string& id, Language lang) {
    for (const auto& item : playbook.checklist(Phase::Review))
        if (item.id == id)
            return item.text.in(lang);
    return text("review.q." + id, lang);
}

void summary(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    const Incident& inc = in.incident;
    ReportTable t{{text("report.col.field", lang), text("report.col.value", lang)}, {}};
    t.rows.push_back({text("report.field.title", lang), inc.title});
    t.rows.push_back({text("report.field.playbook", lang), in.playbook.name.in(lang) + " (" + inc.playbookId +
                                                               " v" + std::to_string(inc.playbookVersion) +
                                                               ")"});
    t.rows.push_back({text("report.field.crisis_type", lang), in.playbook.crisisType});
    t.rows.push_back({text("report.field.severity", lang), std::to_string(inc.severity)});
    t.rows.push_back(
        {text("report.field.kind", lang), text(inc.drill ? "report.drill" : "report.real", lang)});
    t.rows.push_back({text("report.field.detected", lang), when(inc.detectedAt)});
    t.rows.push_back({text("report.field.closed", lang), instantText(inc.closedAt, lang)});
    t.rows.push_back(
        {text("report.field.phase", lang), text("phase." + std::string(phaseName(inc.phase)), lang)});
    t.rows.push_back({text("report.field.opened_by", lang), inc.openedBy});
    t.rows.push_back({text("report.field.as_of", lang), when(in.metrics.at)});
    // The outcome at a glance: how long it ran and which targets slipped.
    const Instant end = inc.closedAt.value_or(in.metrics.at);
    t.rows.push_back({text("report.field.duration", lang), formatSpan(end - inc.detectedAt)});
    int judged = 0, met = 0;
    std::vector<std::string> late, missed;
    for (const auto& c : in.metrics.clocks) {
        if (c.outcome == TargetOutcome::Met)
            ++met;
        if (c.outcome == TargetOutcome::MetLate)
            late.push_back(c.name.in(lang));
        if (c.outcome == TargetOutcome::Missed)
            missed.push_back(c.name.in(lang));
        if (c.outcome == TargetOutcome::Met || c.outcome == TargetOutcome::MetLate ||
            c.outcome == TargetOutcome::Missed)
            ++judged;
    }
    const auto joined = [](const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names)
            out += (out.empty() ? "" : "; ") + n;
        return out.empty() ? std::string("–") : out;
    };
    t.rows.push_back({text("report.field.clocks_met", lang),
                      text("report.clocks_met_value", lang,
                           {std::to_string(met), std::to_string(judged), joined(late), joined(missed)})});
    detail::aar::addTable(doc.section(text("report.summary", lang)), std::move(t));
}

void timeline(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    ReportTable t{
        {text("report.col.time", lang), text("report.col.actor", lang), text("report.col.event", lang)}, {}};
    for (const auto& event : in.log)
        if (isSignificant(event))
            t.rows.push_back(
                {when(event.at), event.actor, describeEvent(event, in.incident, in.playbook, lang)});
    detail::aar::addTable(doc.section(text("report.timeline", lang)), std::move(t));
}

void clocks(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    ReportTable t{{text("report.col.clock", lang), text("report.col.start", lang),
                   text("report.col.due", lang), text("report.col.done", lang), text("report.col.took", lang),
                   text("report.col.outcome", lang)},
                  {}};
    for (const auto& c : in.metrics.clocks)
        t.rows.push_back({c.name.in(lang), instantText(c.start, lang), instantText(c.due, lang),
                          instantText(c.doneAt, lang), spanText(c.took, lang),
                          text("target.outcome." + std::string(targetOutcomeName(c.outcome)), lang)});
    detail::aar::addTable(doc.section(text("report.clocks", lang)), std::move(t));
}

void charts(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    ReportSection& s = doc.section(text("report.charts", lang));
    bool any = false;
    for (const auto& [uri, id] : {std::pair{&in.charts.volume, "report.chart_volume"},
                                  std::pair{&in.charts.sentiment, "report.chart_sentiment"}}) {
        if (isSafeImage(*uri)) {
            detail::aar::addImage(s, text(id, lang), *uri);
            any = true;
        }
    }
    if (!any)
        detail::aar::addParagraph(s, text("report.none", lang));
}

void statements(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    ReportSection& s = doc.section(text("report.statements", lang));
    if (in.metrics.statements.empty())
        return detail::aar::addParagraph(s, text("report.none", lang));
    ReportTable t{{text("report.col.time", lang), text("report.col.number", lang),
                   text("report.field.title", lang), text("report.col.channel", lang),
                   text("report.col.audience", lang), text("report.col.external", lang),
                   text("report.col.link", lang)},
                  {}};
    for (const auto& st : in.metrics.statements)
        t.rows.push_back({when(st.at), std::to_string(st.statement), st.title, st.channel, st.audience,
                          text(st.external ? "report.yes" : "report.no", lang), st.link});
    detail::aar::addTable(s, std::move(t));
}

std::string targetText(const TargetFigure& f, Language lang) {
    const std::string outcome = text("target.outcome." + std::string(targetOutcomeName(f.outcome)), lang);
    if (!f.took)
        return outcome;
    return text("metric.took", lang, {formatSpan(*f.took), outcome, instantText(f.due, lang)});
}

std::string windowText(const SentimentWindow& w, Language lang) {
    return text("metric.window", lang,
                {std::to_string(w.mentions), std::to_string(w.negative),
                 w.mentions > 0 ? number(w.meanScore) : std::string("–")}); // no mentions: no mean
}

void metrics(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    const ReviewMetrics& m = in.metrics;
    ReportTable t{{text("report.col.metric", lang), text("report.col.value", lang)}, {}};
    t.rows.push_back({text("metric.acknowledge", lang), targetText(m.acknowledgement, lang)});
    for (const auto& [phase, figure] : m.phases)
        t.rows.push_back({text("metric.phase", lang, {text("phase." + std::string(phaseName(phase)), lang)}),
                          targetText(figure, lang)});
    t.rows.push_back({text("metric.first_external", lang),
                      m.firstExternalStatement
                          ? text("metric.after_t0", lang,
                                 {when(*m.firstExternalStatement), formatSpan(*m.firstExternalAfterT0)})
                          : text("report.not_yet", lang)});
    t.rows.push_back({text("metric.statements", lang), std::to_string(m.statements.size())});
    t.rows.push_back({text("metric.cadence", lang),
                      text("metric.cadence_value", lang,
                           {std::to_string(m.cadence.gapsOverCadence), std::to_string(m.cadence.gaps.size()),
                            formatSpan(m.cadence.cadence), spanText(m.cadence.longest, lang)})});
    t.rows.push_back({text("metric.forced", lang), std::to_string(m.forcedAdvances)});
    t.rows.push_back({text("metric.alerts", lang), std::to_string(m.alertsRaised)});
    if (const auto& r = m.reputation) {
        t.rows.push_back({text("metric.mentions", lang),
                          text("metric.mentions_value", lang,
                               {std::to_string(r->mentions), std::to_string(r->negative)})});
        t.rows.push_back({text("metric.mean_response", lang), spanText(r->meanResponse, lang)});
        t.rows.push_back({text("metric.sentiment_before", lang), windowText(r->before, lang)});
        t.rows.push_back({text("metric.sentiment_during", lang), windowText(r->during, lang)});
        t.rows.push_back({text("metric.sentiment_after", lang), windowText(r->after, lang)});
        t.rows.push_back({text("metric.spikes", lang), std::to_string(r->spikes)});
    } else {
        t.rows.push_back({text("metric.spikes", lang), std::to_string(m.spikesLogged)});
    }
    detail::aar::addTable(doc.section(text("report.metrics", lang)), std::move(t));

    ReportTable tasks{{text("report.col.role", lang), text("report.col.on_time", lang),
                       text("report.col.late", lang), text("report.col.missed", lang),
                       text("report.col.open", lang)},
                      {}};
    for (const auto& [role, f] : m.tasksByRole)
        tasks.rows.push_back({role, std::to_string(f.onTime), std::to_string(f.late),
                              std::to_string(f.missed), std::to_string(f.open)});
    detail::aar::addTable(doc.section(text("report.tasks", lang), 3), std::move(tasks));

    // Counting late tasks is not enough for a review: name them.
    ReportTable slipped{{text("report.col.task", lang), text("report.col.role", lang),
                         text("report.col.assignee", lang), text("report.col.due", lang),
                         text("report.col.done", lang)},
                        {}};
    for (const auto& task : in.incident.tasks) {
        const TaskState state = taskState(task, m.at);
        if (state == TaskState::DoneLate || state == TaskState::Overdue)
            slipped.rows.push_back(
                {task.title.in(lang), task.role, task.assignee, when(task.due),
                 task.doneAt && *task.doneAt <= m.at ? when(*task.doneAt) : text("report.not_yet", lang)});
    }
    ReportSection& late = doc.section(text("report.tasks_slipped", lang), 3);
    if (slipped.rows.empty())
        detail::aar::addParagraph(late, text("report.none", lang));
    else
        detail::aar::addTable(late, std::move(slipped));
}

void answers(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    ReportSection& s = doc.section(text("report.answers", lang));
    ReportTable t{
        {text("report.col.question", lang), text("report.col.team", lang), text("report.col.answer", lang)},
        {}};
    for (const auto question : reviewQuestions) {
        const auto it = in.review.answers.find(std::string(question));
        if (it == in.review.answers.end())
            continue;
        for (const auto& [team, answer] : it->second)
            t.rows.push_back({questionText(in.playbook, answer.question, lang), team, answer.text});
    }
    if (t.rows.empty())
        detail::aar::addParagraph(s, text("report.none", lang));
    else
        detail::aar::addTable(s, std::move(t));

    ReportSection& notes = doc.section(text("report.notes", lang), 3);
    if (in.review.notes.empty())
        detail::aar::addParagraph(notes, text("report.none", lang));
    for (const auto& note : in.review.notes)
        detail::aar::addParagraph(notes, when(note.at) + " " + note.author + ": " + note.text);
}

void improvements(ReportDocument& doc, const AfterActionInput& in, Language lang) {
    ReportSection& s = doc.section(text("report.improvements", lang));
    if (in.review.improvements.empty())
        return detail::aar::addParagraph(s, text("report.none", lang));
    ReportTable t{{text("report.col.id", lang), text("report.col.finding", lang),
                   text("report.col.action", lang), text("report.col.owner", lang),
                   text("report.col.due", lang), text("report.col.status", lang)},
                  {}};
    for (const auto& item : in.review.improvements) {
        // Fewer, wider columns: the playbook change goes with the action it belongs to.
        std::string action = item.action;
        if (item.proposal)
            action += " — " + text("report.col.proposal", lang) + ": " +
                      describeProposal(*item.proposal, in.playbook, lang);
        std::string status;
        if (item.status == ImprovementStatus::Done)
            status =
                text("report.improvement_done", lang, {item.doneAt ? when(*item.doneAt) : "", item.doneBy});
        else
            status = text(in.metrics.at > item.due ? "report.improvement_overdue" : "improvement.open", lang);
        if (item.acceptedVersion)
            status +=
                "; " + text("report.improvement_accepted", lang, {std::to_string(*item.acceptedVersion)});
        t.rows.push_back({item.id, item.finding, action, item.owner, when(item.due), status});
    }
    detail::aar::addTable(s, std::move(t));
}

ReportDocument build(const AfterActionInput& in, Language lang) {
    ReportDocument doc;
    doc.title = text("report.title", lang, {in.incident.title});
    doc.language = std::string(languageCode(lang));
    summary(doc, in, lang);
    timeline(doc, in, lang);
    clocks(doc, in, lang);
    charts(doc, in, lang);
    statements(doc, in, lang);
    metrics(doc, in, lang);
    answers(doc, in, lang);
    improvements(doc, in, lang);
    return doc;
}

} // namespace

std::string describeProposal(const PlaybookProposal& proposal, const Playbook& playbook, Language lang) {
    auto clockName = [&](const std::string& id) {
        const ClockDef* clock = playbook.clock(id);
        return clock ? clock->name.in(lang) : id;
    };
    return std::visit(
        [&](const auto& change) -> std::string {
            using T = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<T, SetClockDuration>) {
                return text("proposal.clock-duration", lang,
                            {clockName(change.clock), change.duration.toString()});
            } else if constexpr (std::is_same_v<T, AddChecklistItem>) {
                return text(
                    "proposal.checklist-item", lang,
                    {text("phase." + std::string(phaseName(change.phase)), lang), change.item.text.in(lang)});
            } else if constexpr (std::is_same_v<T, AddTaskTemplate>) {
                return text("proposal.task-template", lang,
                            {change.task.title.in(lang), change.task.role, change.task.due.toString()});
            } else {
                std::string list;
                for (const double w : change.warnings)
                    list += (list.empty() ? "" : ", ") + number(w);
                return text("proposal.clock-warnings", lang, {clockName(change.clock), list});
            }
        },
        proposal);
}

std::string afterActionMarkdown(const AfterActionInput& input, Language lang) {
    return detail::aar::toMarkdown(build(input, lang));
}

std::string afterActionHtml(const AfterActionInput& input, Language lang) {
    return detail::aar::toHtml(build(input, lang));
}

} // namespace crisis
