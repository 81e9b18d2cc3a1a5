#include <crisis/bootstrap.hpp>
#include <crisis/briefing.hpp>
#include <crisis/clock.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/marketing.hpp>
#include <crisis/reputation.hpp>
#include <crisis/statement_service.hpp>

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

// The communication work of the demo breach: a holding statement out within the hour, a Chinese
// version waiting for the crisis manager, a customer e-mail draft the checks object to, the
// marketing register paused, and the staff briefing half acknowledged.
void seedDemoCommunications(Store& store, ManualClock& clock, std::int64_t incident, Instant t0) {
    using namespace std::chrono;
    const auto as = [&](const char* actor) { return IncidentService(store, clock, actor); };
    auto lin = as("Lin Wei 林伟");
    auto emma = as("Emma Clarke");
    auto sarah = as("Sarah Okafor");
    StatementService comms(store, emma, clock, "Emma Clarke");
    StatementService legal(store, sarah, clock, "Sarah Okafor");
    StatementService manager(store, lin, clock, "Lin Wei 林伟");

    std::vector<MarketingItem> plan;
    const auto item = [&](const char* name, const char* channel, Instant at, std::optional<Instant> ends,
                          bool crisis) {
        MarketingItem i;
        i.name = name;
        i.channel = channel;
        i.scheduledAt = at;
        i.endsAt = ends;
        i.crisis = crisis;
        plan.push_back(i);
    };
    item("Spring sale newsletter / 春季促销邮件", "newsletter", t0 + hours{48}, std::nullopt, false);
    item("Influencer campaign: new jackets / 新款夹克达人推广", "instagram", t0 - hours{72}, t0 + hours{240},
         false);
    item("Tmall banner: 20% off / 天猫横幅：八折", "tmall", t0 + hours{20}, t0 + hours{44}, false);
    item("Flash sale last week / 上周限时特卖", "email", t0 - hours{150}, std::nullopt, false);
    item("Account security FAQ / 账户安全常见问题", "website", t0 + hours{3}, std::nullopt, true);
    store.addMarketingItems(plan);
    // What IT has established so far: the figure statements are checked against.
    StatementService(store, lin, clock, "Lin Wei 林伟").recordFacts(incident, {false, 12000});

    clock.advance(minutes{1});
    DraftRequest holding;
    holding.templateId = "cyber-breach.social-post.holding.en";
    holding.values = {{"next_update", "12:00 UTC"}};
    holding.content.to = "Followers on X and Facebook";
    holding.content.from = "Harbour & Pine";
    detail::publishDemoStatement(
        clock, comms, legal, manager, incident, holding,
        {"Customers following us on X and Facebook", "https://harbourpine.example/notice", {}, {}});

    clock.advance(minutes{2});
    MarketingService(store, lin, clock, "Lin Wei 林伟").pause(incident);

    DraftRequest chinese;
    chinese.templateId = "cyber-breach.social-post.holding.zh";
    chinese.values = {{"next_update", "今天20:00（北京时间）"}};
    chinese.content.to = "微博、微信关注者";
    chinese.content.from = "港松跨境";
    clock.advance(minutes{1});
    const auto second = comms.draft(incident, chinese);
    comms.submit(second);
    clock.advance(minutes{1});
    legal.approve(second);

    DraftRequest email;
    email.content = {"customer-email",
                     "Customers whose accounts may be affected",
                     "Harbour & Pine customer care",
                     "Important information about your account",
                     "We sincerely apologize: our systems were breached and this was our fault. We guarantee "
                     "that this will never happen again. Please reset your password.",
                     "support@harbourpine.example"};
    clock.advance(minutes{1});
    comms.draft(incident, email);

    clock.advance(minutes{1});
    BriefingRequest briefing;
    briefing.values = {{"customers_affected", "about 12,000"},
                       {"affected_data", "names, e-mail addresses and order history"},
                       {"actions_taken", "access blocked, all sessions signed out, forensic firm engaged"},
                       {"next_update", "12:00 UTC"}};
    BriefingService briefings(store, lin, clock, "Lin Wei 林伟");
    const auto sent = briefings.send(incident, briefing);
    clock.advance(minutes{1});
    for (const char* member : {"Lin Wei 林伟", "Emma Clarke", "Zhang Hao 张浩", "Sarah Okafor"}) {
        auto self = as(member);
        BriefingService(store, self, clock, member).acknowledge(sent);
    }
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
    seedDemoCommunications(store, clock, breachId, now - minutes{40});

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
