#include "demo_review.hpp"

#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/reputation.hpp>
#include <crisis/review_service.hpp>
#include <crisis/statement_service.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace crisis::detail {

namespace {

// Chatter around the recall: a calm day before, a storm in the first hours, complaints fading
// while the refund runs, calm again after closing. Mentions up to `until` not yet imported.
std::vector<Mention> recallMentions(Instant t0, Instant from, Instant until) {
    using namespace std::chrono;
    static const char* calm[] = {"These sesame snacks are my favourite", "零食很好吃,物流也快",
                                 "Ordered again, fast delivery", "包装很精美,送朋友了"};
    static const char* angry[] = {"Found mould in my snack pack, disgusting", "零食发霉了!太恶心了",
                                  "Is this safe? My kid ate one. Scam shop",  "发霉还在卖?我要退款",
                                  "No answer from support about the mould",   "客服不回复,太差了"};
    static const char* easing[] = {"Got my refund quickly, thanks for the honesty", "退款很快到账了,谢谢",
                                   "Still worried about the other batches", "召回处理得还算及时"};
    static const char* channels[] = {"weibo", "instagram", "x", "wechat"};
    std::vector<Mention> out;
    int n = 0;
    const auto add = [&](Instant at, const char* text, long long reach) {
        if (at < from || at >= until)
            return;
        Mention m;
        m.at = at;
        m.channel = channels[n % 4];
        m.author = "@shopper" + std::to_string(2000 + n * 41 % 700);
        m.text = text;
        m.reach = reach;
        m.language = (static_cast<unsigned char>(text[0]) & 0x80) ? "zh" : "en";
        m.externalId = "recall-" + std::to_string(n);
        out.push_back(std::move(m));
    };
    for (int i = 0; i < 72; ++i, ++n) // the day before: one every 20 minutes
        add(t0 - hours{24} + minutes{20 * i}, calm[i % 4], 150 + (i * 37) % 500);
    for (int i = 0; i < 120; ++i, ++n) // the first two hours: one a minute
        add(t0 + minutes{i}, angry[i % 6], i == 9 ? 85000 : 400 + (i * 89) % 3000);
    for (int i = 0; i < 96; ++i, ++n) // the next four days: fading, more refund thanks
        add(t0 + hours{2} + minutes{60 * i}, i % 3 == 0 ? angry[i % 6] : easing[i % 4], 200 + (i * 53) % 900);
    for (int i = 0; i < 72; ++i, ++n) // after closing
        add(t0 + hours{24 * 7} + minutes{20 * i}, calm[i % 4], 150 + (i * 31) % 500);
    return out;
}

} // namespace

std::int64_t publishDemoStatement(ManualClock& clock, StatementService& comms, StatementService& legal,
                                  StatementService& manager, std::int64_t incident, const DraftRequest& draft,
                                  const PublishRequest& publish) {
    using namespace std::chrono;
    const auto s = comms.draft(incident, draft);
    clock.advance(minutes{1});
    comms.submit(s);
    clock.advance(minutes{2});
    legal.approve(s);
    clock.advance(minutes{1});
    manager.approve(s);
    clock.advance(minutes{2});
    comms.publish(s, publish);
    return s;
}

void seedDemoClosedIncident(Store& store, Instant now) {
    using namespace std::chrono;
    const Instant t0 = now - hours{24 * 40};
    ManualClock clock(t0 + minutes{3});
    IncidentService service(store, clock, "Lin Wei 林伟");
    ReviewService review(store, service, clock, "Lin Wei 林伟");
    OpenRequest request;
    request.playbookId = "product-quality";
    request.title = "Mould in a snack batch sold in Germany / 德国市场零食批次发霉";
    request.severity = 2;
    request.detectedAt = t0;
    const auto id = service.open(request);

    // What the team did, in time order (the log is appended in the order things happened).
    std::vector<std::pair<Duration, std::function<void()>>> steps;
    const auto at = [&](Duration after, std::function<void()> step) {
        steps.emplace_back(after, std::move(step));
    };
    const auto checks = [&](Duration after, std::initializer_list<const char*> items, bool advance) {
        at(after,
           [&service, &store, id, items = std::vector<std::string>(items.begin(), items.end()), advance] {
               for (const auto& item : items)
                   if (!store.incident(id).checked.contains(item)) // recovery may have ticked its item
                       service.check(id, item);
               if (advance)
                   service.advance(id);
           });
    };
    checks(minutes{18}, {"scope", "impact", "cause", "customers-affected"}, true); // identify: met
    // Statements go through the workflow: comms drafts from the kit, legal and the crisis
    // manager approve, comms publishes. The English holding statement meets the acknowledgement
    // clock; in respond the 8 h update cadence is kept once and missed once (13 h gap).
    IncidentService emmaSeat(store, clock, "Emma Clarke");
    IncidentService sarahSeat(store, clock, "Sarah Okafor");
    StatementService comms(store, emmaSeat, clock, "Emma Clarke");
    StatementService legal(store, sarahSeat, clock, "Sarah Okafor");
    StatementService manager(store, service, clock, "Lin Wei 林伟");
    // Drafting starts `lead` before the target time; the publication lands on it.
    const auto statement = [&](Duration publishAt, const char* templateId,
                               std::map<std::string, std::string> values, const char* audience,
                               const char* link) {
        const Duration lead = minutes{6};
        at(publishAt - lead, [&, templateId, values = std::move(values), audience, link] {
            DraftRequest draft;
            draft.templateId = templateId;
            draft.values = values;
            draft.content.from = "Harbour & Pine";
            publishDemoStatement(clock, comms, legal, manager, id, draft, {audience, link, {}, {}});
        });
    };
    at(minutes{15}, [&] { manager.recordFacts(id, {false, 3400}); });
    statement(minutes{28}, "product-quality.social-post.holding.en", {{"next_update", "18:00 CET"}},
              "Followers in Germany and the UK", "https://harbourpine.example/notice");
    statement(minutes{40}, "product-quality.social-post.holding.zh",
              {{"next_update", "今晚 20:00（北京时间）"}}, "微博、微信关注者",
              "https://weibo.com/harbourpine");
    statement(hours{4}, "product-quality.press-release.statement.en",
              {{"customers_affected", "about 3,400"},
               {"actions_taken", "the batch is off sale, buyers are being contacted for a refund"},
               {"next_update", "tomorrow 09:00 CET"}},
              "Media in Germany", "https://harbourpine.example/press/recall");
    statement(hours{17}, "product-quality.customer-email.notice.en",
              {{"customers_affected", "about 3,400"},
               {"actions_taken", "the batch is off sale and refunds are being paid"},
               {"affected_data", "sesame snack packs, batch L-2611, sold since 2 November"},
               {"next_update", "Friday 12:00 CET"}},
              "Buyers of the affected batch", "");
    checks(hours{2} + minutes{40},
           {"who", "when", "where", "how", "why", "safety-risk", "message-priorities"},
           true); // analyze: late
    checks(hours{20},
           {"holding-statement", "posters-answered", "listing-decision", "press-release", "marketing-paused",
            "staff-briefed"},
           true); // respond: met
    checks(hours{24 * 4},
           {"sentiment-monitored", "inbox-answered", "detailed-statement", "sentiment-recovered"}, true);
    // The listening tool's exports arrive as the crisis goes on.
    Instant imported = t0 - hours{24};
    const auto importUntil = [&](Duration after) {
        at(after, [&, after] {
            ReputationService reputation(store, service, clock, "Li Na 李娜");
            reputation.import(id, recallMentions(t0, imported, t0 + after), "listening-export.csv");
            imported = t0 + after;
        });
    };
    importUntil(hours{1});
    // Customer service answers the posts that need attention as soon as the first export is in.
    at(minutes{65}, [&] {
        ReputationService reputation(store, service, clock, "Wang Fang 王芳");
        InboxQuery query = reputation.inboxQuery(id);
        int replies = 0;
        for (const auto& item : store.inbox(query)) {
            if (replies++ == 6)
                break;
            clock.advance(minutes{1});
            reputation.reply(
                id, item.mention.id,
                item.mention.language == "zh"
                    ? "感谢您的反馈。该批次已暂停销售并在调查中;请私信订单号,我们会为您安排退款。"
                    : "Thank you for telling us. The batch is off sale while we "
                      "investigate; send us your order number for a refund.");
        }
    });
    importUntil(hours{19});
    importUntil(hours{24 * 4} - minutes{10});
    // Tasks done a little before their due time, but batch tracing and the root cause ran late.
    for (const auto& task : store.incident(id).tasks) {
        const Duration due = task.due - t0;
        const Duration done = task.templateId == "batch-trace"  ? due + minutes{40}
                              : task.templateId == "root-cause" ? due + hours{24}
                                                                : due - minutes{5};
        at(done, [&service, taskId = task.id] { service.completeTask(taskId); });
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [after, step] : steps) {
        // A step that took a while (a statement's approvals) delays the next: the log stays in
        // time order, as a real team's would.
        clock.set(std::max(clock.now(), t0 + after));
        step();
    }

    clock.set(t0 + hours{24 * 6});
    ReviewService emma(store, service, clock, "Emma Clarke");
    emma.answer(id, "what-worked", "comms",
                "The holding statement was out in 28 minutes and used the kit as written.");
    emma.answer(
        id, "channels-formats", "comms",
        "Weibo and the German Instagram account carried the recall; the e-mail notice had the best reach.");
    ReviewService marco(store, service, clock, "Marco Rossi");
    marco.answer(id, "challenges", "operations",
                 "Tracing the batch took 2 h: the warehouse lot numbers were not in the order system.");
    ReviewService wang(store, service, clock, "Wang Fang 王芳");
    wang.answer(id, "team-support", "customer-service", "客服团队需要更多关于退款政策的培训;夜班人手不足。");
    review.note(id, "Board briefed on the recall costs on day 6.");
    review.addImprovement(id, {"batch-trace", "Batch tracing took two hours",
                               "Put warehouse lot numbers in the order system", "operations",
                               t0 + hours{24 * 20}, std::nullopt});
    review.addImprovement(
        id, {"qa-lead-task", "Nobody owned the safety analysis in the first hour",
             "Every product-quality incident gives operations a safety-risk task due at T0 + 1 h",
             "crisis-manager", t0 + hours{24 * 60},
             AddTaskTemplate{{"safety-risk-owner",
                              {"Name the owner of the safety-risk analysis", "指定安全风险分析负责人"},
                              "operations",
                              *DueOffset::parse("1h")}}});
    review.addImprovement(id, {"refund-training", "Night shift unsure of the refund policy",
                               "Refund-policy training for every customer-service shift", "hr",
                               t0 + hours{24 * 14}, std::nullopt});
    clock.set(t0 + hours{24 * 7});
    service.check(id, "plan-updated");
    service.close(id);
    clock.set(t0 + hours{24 * 9});
    ReputationService(store, service, clock, "Li Na 李娜")
        .import(id, recallMentions(t0, imported, t0 + hours{24 * 9}), "listening-export.csv");
    // The plan is tracked after closing.
    clock.set(t0 + hours{24 * 13});
    review.completeImprovement(id, "refund-training");
}

} // namespace crisis::detail
