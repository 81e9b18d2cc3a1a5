#include "review_log.hpp"

#include "test_support.hpp"

namespace crisis::test {

namespace {

// Standard clocks (identify 30m, first-acknowledgement 1h, analyze 2h, respond 24h) come from
// the defaults; "regulator" is a mark clock nobody marks, so it ends missed.
const char* playbookJson = R"({"format": "crisisdesk.playbook/1", "id": "t", "crisis_type": "data-leak",
  "origin": "external", "name": {"en": "Test", "zh": "测试"}, "description": {"en": "d", "zh": "描述"},
  "clocks": [
    {"id": "identify", "name": {"en": "Identify complete", "zh": "完成识别"}, "start": "detection",
     "duration": "30m", "met_by": "phase:identify"},
    {"id": "first-acknowledgement", "name": {"en": "First public acknowledgement", "zh": "首次公开回应"},
     "start": "detection", "duration": "1h", "met_by": "mark"},
    {"id": "analyze", "name": {"en": "Analyze complete", "zh": "完成分析"}, "start": "detection",
     "duration": "2h", "met_by": "phase:analyze"},
    {"id": "respond", "name": {"en": "Respond: plan executed", "zh": "响应:计划执行完毕"}, "start": "detection",
     "duration": "24h", "met_by": "phase:respond"},
    {"id": "regulator", "name": {"en": "Regulator notified", "zh": "已通知监管机构"}, "start": "detection",
     "duration": "48h", "met_by": "mark", "regulatory": true}],
  "tasks": [{"id": "t1", "title": {"en": "Reset passwords", "zh": "重置密码"}, "role": "it", "due": "1h"},
            {"id": "t2", "title": {"en": "Draft FAQ", "zh": "起草问答"}, "role": "comms", "due": "2h"},
            {"id": "t3", "title": {"en": "Brief press", "zh": "媒体简报"}, "role": "comms", "due": "3h"}]})";

nlohmann::json task(int id, const char* templateId, const char* en, const char* zh, const char* role,
                    const char* due) {
    return {{"id", id},     {"template", templateId}, {"title", {{"en", en}, {"zh", zh}}},
            {"role", role}, {"assignee", "Zhang"},    {"due", due}};
}

nlohmann::json advance(const char* from, const char* to, bool forced = false,
                       const std::string& reason = "") {
    return {{"from", from}, {"to", to}, {"forced", forced}, {"reason", reason}};
}

nlohmann::json statement(int n, bool external, const std::string& title) {
    return {{"statement", n},       {"channel", "social-post " + evil}, {"audience", "customers " + evil},
            {"external", external}, {"link", "https://x.test/" + evil}, {"title", title}};
}

} // namespace

void ReviewLog::add(const std::string& iso, const std::string& actor, std::string_view kind,
                    nlohmann::json payload) {
    Event e;
    e.seq = static_cast<std::int64_t>(log.size()) + 1;
    e.incident = 1;
    e.at = at(iso);
    e.actor = actor;
    e.kind = std::string(kind);
    e.payload = std::move(payload);
    e.hash = "h" + std::to_string(e.seq);
    applyEvent(incident, e);
    log.push_back(std::move(e));
}

ReviewLog handBuiltLog(bool firstStatementExternal) {
    ReviewLog r;
    r.playbook = parsePlaybook(playbookJson, "review-test");
    r.t0 = at("2026-03-02T08:00:00Z");
    r.now = at("2026-03-05T09:00:00Z");
    r.add("2026-03-02T08:05:00Z", "Li", event_kind::opened,
          {{"playbook", "t"},
           {"playbook_version", 1},
           {"title", "Leak " + evil},
           {"severity", 1}, // the update cadence is every 4 h at severity 1
           {"detected_at", "2026-03-02T08:00:00Z"},
           {"drill", false},
           {"tasks",
            {task(1, "t1", "Reset passwords", "重置密码", "it", "2026-03-02T09:00:00Z"),
             task(2, "t2", "Draft FAQ", "起草问答", "comms", "2026-03-02T10:00:00Z"),
             task(3, "t3", "Brief press", "媒体简报", "comms", "2026-03-02T11:00:00Z")}}});
    // Identify left after 20 min: met (target 30 min).
    r.add("2026-03-02T08:20:00Z", "Li", event_kind::advanced, advance("identify", "analyze"));
    // First external statement at 50 min: the acknowledgement (target 1 h), before the mark.
    r.add("2026-03-02T08:50:00Z", "Wang " + evil, event_kind::statementPublished,
          statement(1, firstStatementExternal, "Holding " + evil));
    r.add("2026-03-02T09:10:00Z", "Li", event_kind::clockMarked, {{"clock", "first-acknowledgement"}});
    // Task 1 (it, due 09:00) done late; task 2 (comms, due 10:00) on time; task 3 never: missed.
    r.add("2026-03-02T09:30:00Z", "Zhang", event_kind::taskDone, {{"task", 1}});
    r.add("2026-03-02T09:45:00Z", "Wang " + evil, event_kind::taskDone, {{"task", 2}});
    // Analyze left at 2 h 30: met late (target 2 h). Respond runs from 10:30.
    r.add("2026-03-02T10:30:00Z", "Li", event_kind::advanced, advance("analyze", "respond"));
    r.add("2026-03-02T11:00:00Z", "Wang " + evil, event_kind::statementPublished,
          statement(2, true, "Update"));
    r.add("2026-03-02T11:00:01Z", "Li", event_kind::alertRaised,
          {{"what", "task:3"},
           {"name", {{"en", "Brief press"}, {"zh", "媒体简报"}}},
           {"state", "overdue"},
           {"due", "2026-03-02T11:00:00Z"}});
    r.add("2026-03-02T13:00:00Z", "Li", event_kind::spikeDetected, {{"type", "volume"}, {"count", 42}});
    // Gaps in Respond: 11:00 -> 14:00 (3 h) and 14:00 -> 19:30 (5 h 30): one over a 4 h cadence.
    r.add("2026-03-02T14:00:00Z", "Wang " + evil, event_kind::statementPublished,
          statement(3, false, "Staff note"));
    r.add("2026-03-02T19:30:00Z", "Wang " + evil, event_kind::statementPublished,
          statement(4, true, "Fixed"));
    // Respond forced out at T0 + 26 h: met late (target 24 h).
    r.add("2026-03-03T10:00:00Z", "Li", event_kind::advanced,
          advance("respond", "reputation", true, "Board " + evil));
    r.add("2026-03-04T08:00:00Z", "Li", event_kind::advanced, advance("reputation", "review"));
    r.add("2026-03-04T09:00:00Z", "Wang " + evil, event_kind::reviewAnswered,
          {{"question", "what-worked"}, {"team", "comms " + evil}, {"text", "Fast holding " + evil}});
    r.add("2026-03-04T09:05:00Z", "Li", event_kind::reviewNoted, {{"text", "Note " + evil}});
    r.add("2026-03-04T09:10:00Z", "Li", event_kind::improvementAdded,
          {{"id", "faster-analysis"},
           {"finding", "Analysis late " + evil},
           {"action", "Shorter analyze " + evil},
           {"owner", "Li " + evil},
           {"due", "2026-04-01T00:00:00Z"},
           {"proposal",
            {{"kind", "checklist-item"},
             {"phase", "analyze"},
             {"item",
              {{"id", "stakeholders"}, {"text", {{"en", "Stakeholders " + evil}, {"zh", "利益相关方"}}}}}}}});
    r.add("2026-03-05T08:00:00Z", "Li", event_kind::advanced, advance("review", "closed"));
    return r;
}

} // namespace crisis::test
