#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/reputation.hpp>

#include "demo_review.hpp"
#include <algorithm>

namespace crisis {

int installDefaultPlaybooks(Store& store, Instant at) {
    if (!store.playbooks().empty())
        return 0;
    int added = 0;
    for (const auto& playbook : defaultPlaybooks()) {
        store.savePlaybook(playbook, at);
        ++added;
    }
    return added;
}

namespace {

// Social chatter around the demo breach: a quiet, mostly positive day before T0, then the
// news breaks and negative posts pile up in both languages (a spike the console shows).
void seedDemoMentions(Store& store, IncidentService& service, const Clock& clock, std::int64_t incident,
                      Instant t0) {
    static const char* calm[] = {"Fast delivery again, thanks!", "物流很快,包装也好",
                                 "Love the new jackets",         "客服回复很及时",
                                 "Great prices this week",       "质量不错,会回购"};
    static const char* angry[] = {"My account data was leaked?? This is outrageous",
                                  "我的信息被泄露了,太气人了",
                                  "Got a phishing email using my order number. Scam!",
                                  "数据泄露还不公告?骗子公司",
                                  "Is my credit card safe? Nobody answers",
                                  "为什么没人回复?我要退款",
                                  "Changing my password everywhere, terrible security",
                                  "客服电话打不通,太差了"};
    static const char* channels[] = {"weibo", "x", "wechat", "facebook", "douyin"};
    std::vector<Mention> mentions;
    int n = 0;
    const auto add = [&](Instant at, const char* text, long long reach) {
        Mention m;
        m.at = at;
        m.channel = channels[n % 5];
        m.author = "@user" + std::to_string(1000 + n * 37 % 900);
        m.text = text;
        m.reach = reach;
        m.language = (static_cast<unsigned char>(text[0]) & 0x80) ? "zh" : "en";
        m.externalId = "demo-" + std::to_string(n++);
        mentions.push_back(std::move(m));
    };
    using namespace std::chrono;
    for (int i = 0; i < 144; ++i) // 12 h before T0, two an hour-ish
        add(t0 - hours{12} + minutes{5 * i}, calm[i % 6], 200 + (i * 53) % 800);
    for (int i = 0; i < 90; ++i) // 40 min since T0: the storm
        add(t0 + seconds{25 * i}, angry[i % 8], i == 7 ? 120000 : 300 + (i * 97) % 4000);
    ReputationService reputation(store, service, clock, "Li Na 李娜");
    reputation.import(incident, std::move(mentions), "demo-listening-export.csv");
}

} // namespace

bool seedDemoData(Store& store, Instant now) {
    if (!store.members().empty() || !store.incidents(true).empty())
        return false;
    installDefaultPlaybooks(store, now);
    const Member team[] = {
        {0, "Lin Wei 林伟", "crisis-manager", "+86 138 0000 0001"},
        {0, "Emma Clarke", "comms", "emma.clarke@example.com"},
        {0, "Zhang Hao 张浩", "it", "+86 139 0000 0002"},
        {0, "Chen Jing 陈静", "hr", "chen.jing@example.com"},
        {0, "Marco Rossi", "operations", "+39 333 000 0003"},
        {0, "Li Na 李娜", "social", "@lina_social"},
        {0, "Sarah Okafor", "legal", "sarah.okafor@example.com"},
        {0, "Wang Fang 王芳", "customer-service", "+86 137 0000 0004"},
        {0, "Priya Nair", "comms", "priya.nair@example.com", true},
        {0, "Liu Yang 刘洋", "it", "+86 136 0000 0005", true},
    };
    for (const auto& member : team)
        store.addMember(member);
    OrganisationProfile org;
    org.company = "Harbour & Pine 港松跨境";
    org.supportContact = "support@harbourpine.example";
    org.website = "https://harbourpine.example";
    org.markets = {"US", "DE", "GB", "JP"};
    org.languages = {"en", "zh"};
    org.timeZone = "Asia/Shanghai";
    store.setOrganisation(org);

    using namespace std::chrono;
    // A breach detected 40 minutes ago: identify is overdue unless the team moves.
    ManualClock clock(now - minutes{40});
    IncidentService service(store, clock, "Lin Wei 林伟");
    OpenRequest breach;
    breach.playbookId = "cyber-breach";
    breach.title = "Customer database accessed by unknown party / 客户数据库遭未知方访问";
    breach.severity = 1;
    const auto breachId = service.open(breach);
    clock.advance(minutes{12});
    service.check(breachId, "scope");
    clock.advance(minutes{6});
    service.check(breachId, "impact");
    clock.advance(minutes{2});
    // The comms lead moves to the press briefing; the backup takes the statements.
    service.handOff(breachId, "comms", "Priya Nair", "Emma is preparing the press briefing");
    seedDemoMentions(store, service, clock, breachId, now - minutes{40});

    // A recall closed five weeks ago, with its review done: the review views and the dashboard.
    detail::seedDemoClosedIncident(store, now);

    // A scenario drill that started 10 minutes ago at 6x: an hour of drill time has passed, the
    // team has done one thing, the trainer has noted it.
    clock.set(now - minutes{10});
    ReputationService reputation(store, service, clock, "Lin Wei 林伟");
    DrillService drills(store, service, reputation);
    DrillStartRequest drill;
    drill.scenario = "misinformation-campaign";
    drill.speed = 6;
    drill.title = "Drill: fake recall notice spreading on social media / 演练:社交媒体流传虚假召回通知";
    const auto drillId = drills.start(drill);
    clock.set(now - minutes{10} + seconds{150}); // T+15m
    drills.deliver(drillId);
    const auto tasks = store.incident(drillId).tasks;
    if (const auto capture = std::find_if(tasks.begin(), tasks.end(),
                                          [](const Task& t) { return t.templateId == "capture-claims"; });
        capture != tasks.end())
        service.completeTask(capture->id);
    drills.note(drillId, "social",
                "Screenshots of the fake notice saved within minutes / 几分钟内就保存了假通知截图",
                NoteKind::Strength);
    clock.set(now);
    drills.deliver(drillId);
    return true;
}

} // namespace crisis

#include <cstdlib>

namespace crisis {

std::filesystem::path defaultDatabasePath() {
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return base / "crisisdesk" / "crisisdesk.db";
}

} // namespace crisis
