// Building the CAN report and the executive summary from a snapshot of the incident record.

#include <crisis/report.hpp>

#include "report_document.hpp"
#include "text.hpp"

#include <algorithm>

namespace crisis {

namespace {

using detail::ReportBlock;
using detail::ReportDocument;
using Kind = ReportBlock::Kind;

class Builder {
public:
    Builder(const ReportInput& input, Language lang) : m_in(input), m_lang(lang) {}

    ReportDocument can() {
        block(Kind::Title, say("report.can.title", {m_in.title}));
        block(Kind::Paragraph, meta());

        block(Kind::Heading, say("report.conditions"));
        block(Kind::Paragraph, say("report.phase", {phase()}));
        block(Kind::Paragraph, factsLine());
        if (m_in.clocks.empty()) {
            block(Kind::Paragraph, say("report.no_clocks"));
        } else {
            ReportBlock table{
                Kind::Table, {}, {{say("report.col.clock"), say("report.col.state"), say("report.col.due")}}};
            for (const auto& clock : m_in.clocks)
                table.rows.push_back({clock.name, say("state." + std::string(clockStateName(clock.state))),
                                      clock.due ? formatInstant(*clock.due) : "—"});
            m_doc.push_back(std::move(table));
        }
        if (m_in.cadence)
            block(Kind::Paragraph, cadenceLine());

        block(Kind::Heading, say("report.actions"));
        block(Kind::Paragraph, checklistLine());
        if (!m_in.checklist.empty()) {
            ReportBlock table{Kind::Table, {}, {{say("report.col.item"), say("report.col.state")}}};
            for (const auto& item : m_in.checklist)
                table.rows.push_back({item.text, say(item.done ? "state.done" : "state.open")});
            m_doc.push_back(std::move(table));
        }
        block(Kind::Paragraph, tasksLine());
        if (!m_in.tasks.empty()) {
            ReportBlock table{Kind::Table,
                              {},
                              {{say("report.col.task"), say("report.col.assignee"), say("report.col.due"),
                                say("report.col.state")}}};
            for (const auto& task : m_in.tasks)
                table.rows.push_back(
                    {task.title, task.assignee.empty() ? say("cli.unassigned") : task.assignee,
                     formatInstant(task.due), say("state." + std::string(taskStateName(task.state)))});
            m_doc.push_back(std::move(table));
        }
        block(Kind::Paragraph, statementsLine());
        if (!m_in.statements.empty()) {
            ReportBlock list{Kind::Bullets, {}, {}};
            for (const auto& s : m_in.statements)
                list.rows.push_back(
                    {say("report.statement", {formatInstant(s.publishedAt), s.channel, s.title, s.text})});
            m_doc.push_back(std::move(list));
        }

        needs();
        return std::move(m_doc);
    }

    ReportDocument executive() {
        block(Kind::Title, say("report.exec.title", {m_in.title}));
        block(Kind::Paragraph,
              say("report.exec.situation", {m_in.title, m_in.crisisType, std::to_string(m_in.severity),
                                            formatInstant(m_in.detectedAt), phase()}));
        block(Kind::Heading, say("report.exec.key_figures"));
        const auto clocksIn = [&](ClockState state) {
            return std::to_string(std::count_if(m_in.clocks.begin(), m_in.clocks.end(),
                                                [&](const ReportClock& c) { return c.state == state; }));
        };
        ReportBlock figures{
            Kind::Bullets,
            {},
            {{say("report.exec.clocks", {clocksIn(ClockState::Overdue), clocksIn(ClockState::Warning),
                                         clocksIn(ClockState::Met), clocksIn(ClockState::MetLate)})}}};
        if (m_in.cadence)
            figures.rows.push_back({cadenceLine()});
        for (auto line : {factsLine(), checklistLine(), tasksLine(), statementsLine()})
            figures.rows.push_back({std::move(line)});
        m_doc.push_back(std::move(figures));
        needs();
        block(Kind::Paragraph, say("report.generated", {formatInstant(m_in.generatedAt)}));
        return std::move(m_doc);
    }

private:
    std::string say(const std::string& id, std::vector<std::string> args = {}) const {
        return text(id, m_lang, std::move(args));
    }

    void block(Kind kind, std::string content) { m_doc.push_back({kind, std::move(content), {}}); }

    std::string phase() const { return say("phase." + std::string(phaseName(m_in.phase))); }

    std::string meta() const {
        return say("report.meta", {m_in.crisisType, std::to_string(m_in.severity),
                                   formatInstant(m_in.detectedAt), formatInstant(m_in.generatedAt)});
    }

    std::string factsLine() const {
        const std::string cause =
            say(m_in.causeVerified ? "report.cause_verified" : "report.cause_unverified");
        return m_in.customersAffected ? say("report.facts", {std::to_string(*m_in.customersAffected), cause})
                                      : say("report.facts_unknown", {cause});
    }

    std::string cadenceLine() const {
        const auto& c = *m_in.cadence;
        const std::string longest = c.longest ? formatSpan(*c.longest) : "—";
        if (c.waitsOverCadence == 0)
            return say("report.cadence_kept", {formatSpan(c.cadence), longest});
        return say("report.cadence_over", {formatSpan(c.cadence), std::to_string(c.waitsOverCadence),
                                           std::to_string(c.waits), longest});
    }

    std::string checklistLine() const {
        const auto done = std::count_if(m_in.checklist.begin(), m_in.checklist.end(),
                                        [](const ReportChecklistItem& item) { return item.done; });
        return say("report.checklist", {std::to_string(done), std::to_string(m_in.checklist.size())});
    }

    std::string tasksLine() const {
        const auto in = [&](std::initializer_list<TaskState> states) {
            return std::to_string(
                std::count_if(m_in.tasks.begin(), m_in.tasks.end(), [&](const ReportTask& t) {
                    return std::find(states.begin(), states.end(), t.state) != states.end();
                }));
        };
        return say("report.tasks_line", {in({TaskState::Done, TaskState::DoneLate}),
                                         std::to_string(m_in.tasks.size()), in({TaskState::Overdue})});
    }

    std::string statementsLine() const {
        if (m_in.statements.empty())
            return say("report.no_statements");
        return say("report.statements_line", {std::to_string(m_in.statements.size()),
                                              formatInstant(m_in.statements.back().publishedAt)});
    }

    void needs() {
        block(Kind::Heading, say("report.needs"));
        block(Kind::Paragraph, detail::isBlank(m_in.needs) ? say("report.no_needs") : m_in.needs);
    }

    const ReportInput& m_in;
    Language m_lang;
    ReportDocument m_doc;
};

} // namespace

std::string renderReport(const ReportInput& input, ReportKind kind, ReportFormat format, Language lang) {
    Builder builder(input, lang);
    const auto document = kind == ReportKind::Can ? builder.can() : builder.executive();
    return format == ReportFormat::Markdown ? detail::toMarkdown(document) : detail::toHtml(document, lang);
}

} // namespace crisis
