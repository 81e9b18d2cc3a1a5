#include "comms_views.hpp"

namespace crisis::cli {

namespace {

using nlohmann::json;

json optionalTime(const std::optional<Instant>& at) {
    return at ? json(formatInstant(*at)) : json();
}

json overridesJson(const std::vector<FindingOverride>& list, Language lang) {
    json overrides = json::array();
    for (const auto& o : list)
        overrides.push_back({{"code", o.code},
                             {"protects", fiveCName(o.protects)},
                             {"span", o.span},
                             {"text", render(o.message, lang)}});
    return overrides;
}

json approvalJson(const StatementApproval& a, Language lang) {
    return {{"role", a.role},
            {"actor", a.actor},
            {"revision", a.revision},
            {"at", formatInstant(a.at)},
            {"overrides", overridesJson(a.overrides, lang)},
            {"reason", a.reason}};
}

json contentJson(const StatementContent& c) {
    return {{"channel", c.channel}, {"to", c.to},           {"from", c.from},
            {"subject", c.subject}, {"message", c.message}, {"reply", c.reply}};
}

} // namespace

json statementJson(const Statement& s, const std::vector<std::string>& approvers, Language lang, bool full) {
    json out{{"id", s.id},
             {"incident", s.incident},
             {"state", statementStateName(s.state)},
             {"language", s.language},
             {"template", s.templateId},
             {"revision", s.current().number},
             {"time", formatInstant(s.current().at)},
             {"drafted_at", formatInstant(s.revisions.front().at)},
             {"drafted_by", s.revisions.front().actor},
             {"submitted_at", optionalTime(s.submittedAt)}};
    out.update(contentJson(s.content()));
    json approved = json::array();
    for (const auto& a : s.currentApprovals())
        approved.push_back(approvalJson(a, lang));
    out["approved_by"] = approved;
    out["missing_approvals"] = s.missingApprovals(approvers);
    out["published"] = s.published ? json{{"at", formatInstant(s.published->at)},
                                          {"actor", s.published->actor},
                                          {"channel", s.published->channel},
                                          {"audience", s.published->audience},
                                          {"link", s.published->link},
                                          {"external", s.published->external},
                                          {"revision", s.published->revision},
                                          {"overrides", overridesJson(s.published->overrides, lang)},
                                          {"reason", s.published->reason}}
                                   : json();
    if (full) {
        json revisions = json::array();
        for (const auto& r : s.revisions) {
            json rev{{"revision", r.number}, {"at", formatInstant(r.at)}, {"actor", r.actor}};
            rev.update(contentJson(r.content));
            revisions.push_back(std::move(rev));
        }
        out["revisions"] = revisions;
        json approvals = json::array();
        for (const auto& a : s.approvals)
            approvals.push_back(approvalJson(a, lang));
        out["approvals"] = approvals;
    }
    return out;
}

json findingJson(const Finding& f, Language lang) {
    return {{"code", f.code},
            {"protects", fiveCName(f.protects)},
            {"protects_name", text("fivec." + std::string(fiveCName(f.protects)), lang)},
            {"text", f.text},
            {"span", f.span},
            {"field", f.field},
            {"offset", f.offset}};
}

json marketingJson(const MarketingItem& i) {
    return {{"id", i.id},
            {"name", i.name},
            {"channel", i.channel},
            {"scheduled_at", formatInstant(i.scheduledAt)},
            {"ends_at", optionalTime(i.endsAt)},
            {"crisis", i.crisis},
            {"state", i.paused ? "paused" : "scheduled"},
            {"paused_by", i.paused ? json(i.pausedBy) : json()}};
}

json marketingJson(const std::vector<MarketingItem>& items) {
    json out = json::array();
    for (const auto& i : items)
        out.push_back(marketingJson(i));
    return out;
}

json briefingJson(const Briefing& b) {
    json recipients = json::array();
    for (const auto& r : b.recipients)
        recipients.push_back({{"name", r.name},
                              {"role", r.role},
                              {"contact", r.contact},
                              {"acknowledged_at", optionalTime(r.acknowledgedAt)},
                              {"recorded_by", r.recordedBy}});
    return {{"id", b.id},
            {"incident", b.incident},
            {"sent_at", formatInstant(b.sentAt)},
            {"sent_by", b.sentBy},
            {"template", b.templateId},
            {"language", b.language},
            {"title", b.title},
            {"text", b.text},
            {"acknowledged", b.acknowledged()},
            {"recipients", recipients}};
}

} // namespace crisis::cli
