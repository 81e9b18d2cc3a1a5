#include "demo_review.hpp"

#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/review_service.hpp>

#include <algorithm>
#include <functional>
#include <vector>

namespace crisis::detail {

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
        at(after, [&service, id, items = std::vector<std::string>(items.begin(), items.end()), advance] {
            for (const auto& item : items)
                service.check(id, item);
            if (advance)
                service.advance(id);
        });
    };
    checks(minutes{18}, {"scope", "impact", "cause", "customers-affected"}, true); // identify: met
    at(minutes{28}, [&] { service.markClock(id, "first-acknowledgement"); });
    checks(hours{2} + minutes{40},
           {"who", "when", "where", "how", "why", "safety-risk", "message-priorities"},
           true); // analyze: late
    checks(hours{20},
           {"holding-statement", "posters-answered", "listing-decision", "press-release", "marketing-paused",
            "staff-briefed"},
           true); // respond: met
    checks(hours{24 * 4},
           {"sentiment-monitored", "inbox-answered", "detailed-statement", "sentiment-recovered"}, true);
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
        clock.set(t0 + after);
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
    // The plan is tracked after closing.
    clock.set(t0 + hours{24 * 13});
    review.completeImprovement(id, "refund-training");
}

} // namespace crisis::detail
