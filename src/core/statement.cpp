// Folding statements from the log (statement.hpp).

#include <crisis/error.hpp>
#include <crisis/statement.hpp>

#include "bad_event.hpp"

#include <algorithm>
#include <array>

namespace crisis {

namespace {

using detail::badEvent;
using nlohmann::json;

constexpr std::array<std::pair<StatementState, std::string_view>, 4> stateNames{{
    {StatementState::Draft, "draft"},
    {StatementState::InReview, "in-review"},
    {StatementState::Approved, "approved"},
    {StatementState::Published, "published"},
}};

StatementContent contentOf(const json& p) {
    StatementContent c;
    c.channel = p.at("channel").get<std::string>();
    c.to = p.value("to", "");
    c.from = p.value("from", "");
    c.subject = p.value("subject", "");
    c.message = p.at("message").get<std::string>();
    c.reply = p.value("reply", "");
    return c;
}

FiveC fiveCFromName(const std::string& name) {
    for (const auto c :
         {FiveC::Comprehension, FiveC::Clarity, FiveC::Consistency, FiveC::Credibility, FiveC::Contingency})
        if (fiveCName(c) == name)
            return c;
    return FiveC::Clarity;
}

std::vector<FindingOverride> overridesOf(const json& p) {
    std::vector<FindingOverride> out;
    for (const auto& o : p.value("overrides", json::array())) {
        FindingOverride f;
        f.code = o.value("code", "");
        f.protects = fiveCFromName(o.value("protects", ""));
        f.span = o.value("span", "");
        f.message = {"check." + f.code, o.value("args", std::vector<std::string>{})};
        f.text = o.value("text", "");
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace

std::string_view statementStateName(StatementState state) {
    for (const auto& [s, name] : stateNames)
        if (s == state)
            return name;
    return "draft";
}

std::optional<StatementState> statementStateFromName(std::string_view name) {
    for (const auto& [s, n] : stateNames)
        if (n == name)
            return s;
    return std::nullopt;
}

std::vector<StatementApproval> Statement::currentApprovals() const {
    std::vector<StatementApproval> out;
    for (const auto& a : approvals)
        if (a.revision == current().number)
            out.push_back(a);
    return out;
}

std::vector<std::string> Statement::missingApprovals(const std::vector<std::string>& required) const {
    const auto given = currentApprovals();
    std::vector<std::string> missing;
    for (const auto& role : required)
        if (std::none_of(given.begin(), given.end(),
                         [&](const StatementApproval& a) { return a.role == role; }))
            missing.push_back(role);
    return missing;
}

bool isStatementEvent(std::string_view kind) {
    return kind == event_kind::statementDrafted || kind == event_kind::statementRevised ||
           kind == event_kind::statementSubmitted || kind == event_kind::statementApproved ||
           kind == event_kind::statementPublished;
}

std::vector<Statement> foldStatements(const std::vector<Event>& log,
                                      const std::vector<std::string>& approvers) {
    std::vector<Statement> out;
    const auto find = [&](const Event& event) -> Statement& {
        const auto id = event.payload.at("statement").get<std::int64_t>();
        const auto it = std::find_if(out.begin(), out.end(), [&](const Statement& s) { return s.id == id; });
        if (it == out.end())
            badEvent(event, "unknown statement " + std::to_string(id));
        return *it;
    };
    for (const auto& event : log) {
        if (!isStatementEvent(event.kind))
            continue;
        const auto& p = event.payload;
        try {
            if (event.kind == event_kind::statementDrafted) {
                Statement s;
                s.id = event.seq;
                s.incident = event.incident;
                s.language = p.value("language", "en");
                s.templateId = p.value("template", "");
                s.revisions.push_back({1, event.at, event.actor, contentOf(p)});
                out.push_back(std::move(s));
                continue;
            }
            if (event.kind == event_kind::statementPublished && p.value("statement", std::int64_t{0}) == 0) {
                // Published without the workflow (a drill script stands in for it): a statement
                // of its own, already out, with the text as recorded.
                Statement s;
                s.id = event.seq;
                s.incident = event.incident;
                s.language = p.value("language", "en");
                StatementContent c;
                c.channel = p.value("channel", "");
                c.to = p.value("audience", "");
                c.subject = p.value("title", "");
                c.message = p.value("text", "");
                s.revisions.push_back({1, event.at, event.actor, std::move(c)});
                s.published = StatementPublication{event.at,
                                                   event.actor,
                                                   p.value("channel", ""),
                                                   p.value("audience", ""),
                                                   p.value("link", ""),
                                                   p.value("external", true),
                                                   1,
                                                   {},
                                                   {}};
                s.state = StatementState::Published;
                out.push_back(std::move(s));
                continue;
            }
            Statement& s = find(event);
            if (s.state == StatementState::Published)
                badEvent(event, "statement " + std::to_string(s.id) + " is already published");
            if (event.kind == event_kind::statementRevised) {
                const int number = s.current().number + 1;
                if (p.value("revision", number) != number)
                    badEvent(event, "revisions out of order");
                s.revisions.push_back({number, event.at, event.actor, contentOf(p)});
                s.state = StatementState::Draft;
                s.submittedAt.reset();
            } else if (event.kind == event_kind::statementSubmitted) {
                // A playbook that names no approvers has no approval step.
                s.state = approvers.empty() ? StatementState::Approved : StatementState::InReview;
                s.submittedAt = event.at;
            } else if (event.kind == event_kind::statementApproved) {
                StatementApproval a;
                a.role = p.at("role").get<std::string>();
                a.actor = event.actor;
                a.revision = p.at("revision").get<int>();
                a.at = event.at;
                a.reason = p.value("reason", "");
                a.overrides = overridesOf(p);
                s.approvals.push_back(std::move(a));
                if (s.missingApprovals(approvers).empty())
                    s.state = StatementState::Approved;
            } else if (event.kind == event_kind::statementPublished) {
                StatementPublication pub;
                pub.at = event.at;
                pub.actor = event.actor;
                pub.channel = p.value("channel", s.content().channel);
                pub.audience = p.value("audience", "");
                pub.link = p.value("link", "");
                pub.external = p.value("external", true);
                pub.revision = p.value("revision", s.current().number);
                pub.overrides = overridesOf(p);
                pub.reason = p.value("reason", "");
                s.published = std::move(pub);
                s.state = StatementState::Published;
            }
        } catch (const json::exception& e) {
            badEvent(event, e.what());
        }
    }
    return out;
}

} // namespace crisis
