#include <crisis/bootstrap.hpp>
#include <crisis/clock.hpp>
#include <crisis/incident_service.hpp>

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

    // A drill that started 10 minutes ago.
    clock.set(now - minutes{10});
    OpenRequest drill;
    drill.playbookId = "misinformation";
    drill.title = "Drill: fake recall notice spreading on social media / 演练:社交媒体流传虚假召回通知";
    drill.severity = 2;
    drill.drill = true;
    service.open(drill);
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
