#pragma once
// A small drill scenario for core tests of the scheduler, scoring and the drill service.

namespace crisis::test {

// a at 0m (scope within 30m, else contingency c), b at 1h (answer b within 1h),
// s at 2h (a social post within 15m), c: contingency with a mention.
inline constexpr const char* timingScenario = R"({
  "format": "crisisdesk.scenario/1", "id": "timing", "version": 3,
  "title": {"en": "Timing", "zh": "计时"}, "crisis_type": "cyber-breach", "playbook": "cyber-breach",
  "objectives": [{"id": "scope", "text": {"en": "Scope", "zh": "界定范围"}},
                 {"id": "comms", "text": {"en": "Comms", "zh": "沟通"}}],
  "participants": ["crisis-manager", "comms", "social"],
  "injects": [
    {"id": "a", "offset": "0m", "synopsis": {"en": "Ransom mail", "zh": "勒索邮件"}, "text": {"en": "Pay up", "zh": "付钱"},
     "delivery": "email", "from": "Attacker", "to": "crisis-manager", "objective": "scope",
     "expected": {"action": "checklist_item_checked", "target": "scope", "allowance": "30m"},
     "contingency": ["c"],
     "mentions": [{"offset": "5m", "channel": "twitter", "author": "@x", "text": "hacked? scam!", "language": "en",
                   "reach": 10}]},
    {"id": "b", "offset": "1h", "synopsis": {"en": "Reporter", "zh": "记者"}, "text": {"en": "Comment?", "zh": "请回应"},
     "delivery": "phone", "from": "Reporter", "to": "comms", "objective": "comms",
     "expected": {"action": "inbox_answered", "target": "b", "allowance": "1h"}},
    {"id": "s", "offset": "2h", "synopsis": {"en": "Post", "zh": "帖子"}, "text": {"en": "Is it true?", "zh": "是真的吗"},
     "delivery": "social_post", "from": "@y", "to": "social", "objective": "comms",
     "expected": {"action": "statement_published", "target": "social-post", "allowance": "15m"}},
    {"id": "c", "synopsis": {"en": "Leak published", "zh": "泄露公开"}, "text": {"en": "Rows online", "zh": "数据上网"},
     "delivery": "news", "from": "Press", "to": "comms", "objective": "scope",
     "mentions": [{"offset": "1m", "channel": "weibo", "author": "某人", "text": "泄露了?", "language": "zh",
                   "reach": 99}]}
  ]})";

} // namespace crisis::test
