// Template kits stored in the database: import (all or nothing, every problem with its
// pointer), the kit in effect, export that imports back identically, review dates.

#include <crisis/bootstrap.hpp>
#include <crisis/error.hpp>
#include <crisis/plan_review.hpp>
#include <crisis/template_kit.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;
using namespace std::chrono_literals;
using crisis::test::at;
using crisis::test::TempDir;

namespace {

struct Kit {
    TempDir dir;
    Store store{dir.file("kit.db")};
    Instant t0 = at("2026-03-02T08:00:00Z");

    KitImport import(const std::string& text, const std::string& source = "kit.json") {
        return importTemplateKits(store, {{source, text}}, t0);
    }
};

std::vector<std::string> pointers(const ValidationError& e) {
    std::vector<std::string> out;
    for (const auto& p : e.problems())
        out.push_back(p.pointer + "|" + p.message.id);
    return out;
}

const char* oneType =
    R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "review_interval": "3mo",
  "templates": [
  {"id": "data-leak.social-post.holding.en", "channel": "social-post", "language": "en",
   "title": "Holding statement", "body": "{{company}} is investigating. Next update by {{next_update}}."},
  {"id": "data-leak.faq-reply.new-one.zh", "channel": "faq-reply", "language": "zh", "review_interval": "1mo",
   "title": "新问题", "body": "我们正在调查。"}]})";

} // namespace

TEST_CASE_METHOD(Kit, "Without imports the kit in effect is the shipped kit") {
    const auto kit = effectiveTemplates(store);
    const auto shipped = defaultTemplates();
    REQUIRE(kit.size() == shipped.size());
    for (std::size_t i = 0; i < kit.size(); ++i) {
        CHECK(kit[i].tmpl == shipped[i]);
        CHECK(kit[i].shipped());
    }
    CHECK(kitInEffect(store) == shipped);
}

TEST_CASE_METHOD(Kit,
                 "An imported template replaces the shipped one as a new version - the rest stays shipped") {
    const auto result = import(oneType);
    CHECK(result.added == 1);
    CHECK(result.replaced == 1);
    CHECK(result.unchanged == 0);
    CHECK(result.versions == std::vector<std::pair<std::string, int>>{{"data-leak.social-post.holding.en", 1},
                                                                      {"data-leak.faq-reply.new-one.zh", 1}});
    const auto kit = effectiveTemplates(store);
    CHECK(kit.size() == defaultTemplates().size() + 1);
    const auto inEffect = kitInEffect(store);
    const auto* holding = findTemplate(inEffect, "data-leak.social-post.holding.en");
    REQUIRE(holding);
    CHECK(holding->body == "{{company}} is investigating. Next update by {{next_update}}.");
    CHECK(holding->reviewInterval == *DueOffset::parse("3mo"));
    // In place: the shipped order is kept; the new id comes after the shipped ones.
    const auto shipped = defaultTemplates();
    for (std::size_t i = 0; i < shipped.size(); ++i)
        CHECK(kit[i].tmpl.id == shipped[i].id);
    CHECK(kit.back().tmpl.id == "data-leak.faq-reply.new-one.zh");
    CHECK(kit.back().tmpl.reviewInterval == *DueOffset::parse("1mo"));
    CHECK(kit.back().importedAt == t0);

    SECTION("the same file again stores nothing; a change is version 2") {
        const auto again = import(oneType);
        CHECK(again.unchanged == 2);
        CHECK(store.storedTemplates().size() == 2);
        std::string changed = oneType;
        changed.replace(changed.find("is investigating"), 16, "investigates");
        const auto second = import(changed);
        CHECK(second.replaced == 1);
        CHECK(second.unchanged == 1);
        CHECK(second.versions[0].second == 2);
        const auto after = kitInEffect(store);
        CHECK(findTemplate(after, "data-leak.social-post.holding.en")->body.find("investigates") !=
              std::string::npos);
    }
    SECTION("a file with the shipped text of an id changes nothing") {
        const std::string shippedKit = templateKitToJson(defaultTemplates(), "financial");
        const auto same = import(shippedKit);
        CHECK(same.unchanged > 0);
        CHECK(same.added + same.replaced == 0);
    }
}

TEST_CASE_METHOD(Kit, "Export of the kit in effect imports back identically") {
    import(oneType);
    const std::string whole = templateKitToJson(kitInEffect(store));
    const auto parsed = parseTemplateKit(whole, "whole.json");
    CHECK(parsed == kitInEffect(store));

    // Into a fresh database: the same kit in effect, and the same file out again.
    TempDir other;
    Store fresh{other.file("fresh.db")};
    importTemplateKits(fresh, {{"whole.json", whole}}, t0);
    CHECK(kitInEffect(fresh) == kitInEffect(store));
    CHECK(templateKitToJson(kitInEffect(fresh)) == whole);

    SECTION("one crisis type") {
        const std::string one = templateKitToJson(kitInEffect(store), "data-leak");
        const auto kit = parseTemplateKit(one, "one.json");
        for (const auto& t : kit)
            CHECK(t.crisisType == "data-leak");
        std::vector<MessageTemplate> expected;
        for (const auto& t : kitInEffect(store))
            if (t.crisisType == "data-leak")
                expected.push_back(t);
        CHECK(kit == expected);
        CHECK(one.find("\"crisis_type\": \"data-leak\"") == one.find("\"crisis_type\""));
    }
}

TEST_CASE_METHOD(Kit, "Every problem of a kit import is listed with its pointer and nothing is stored") {
    SECTION("one file") {
        const char* bad = R"({"format": "crisisdesk.templates/1", "review_interval": "often", "templates": [
            {"id": "data-leak.sms.alert.en", "channel": "sms", "language": "en", "title": "t", "body": "b"},
            {"id": "data-leak.sms.other.en", "crisis_type": "meteor", "channel": "sms", "language": "en",
             "title": "t", "body": "b"},
            {"id": "financial.sms.x.en", "crisis_type": "financial", "channel": "sms", "language": "en",
             "title": "t", "body": "{{nope}}", "review_interval": "1 year"}]})";
        try {
            import(bad);
            FAIL("accepted a bad kit");
        } catch (const ValidationError& e) {
            const auto p = pointers(e);
            CHECK(p == std::vector<std::string>{"/review_interval|playbook.duration",
                                                "/templates/0|template.crisis_type_missing",
                                                "/templates/1/crisis_type|playbook.crisis_type",
                                                "/templates/2/review_interval|playbook.duration",
                                                "/templates/2/body|template.unknown_placeholder_in"});
            CHECK(e.source() == "kit.json");
        }
        CHECK(store.storedTemplates().empty());
    }
    SECTION("a template of another type than the kit's") {
        const char* bad = R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [
            {"id": "financial.sms.x.en", "crisis_type": "financial", "channel": "sms", "language": "en",
             "title": "t", "body": "b"}]})";
        try {
            import(bad);
            FAIL("accepted a mixed kit");
        } catch (const ValidationError& e) {
            CHECK(pointers(e)[0] == "/templates/0/crisis_type|template.crisis_type_mismatch");
        }
    }
    SECTION("several files: all are checked, an id in two files is a problem, nothing is stored") {
        const char* broken =
            R"({"format": "crisisdesk.templates/1", "crisis_type": "data-leak", "templates": [)";
        try {
            importTemplateKits(store, {{"a.json", oneType}, {"b.json", oneType}, {"c.json", broken}}, t0);
            FAIL("accepted bad files");
        } catch (const ValidationError& e) {
            const auto p = pointers(e);
            CHECK(p == std::vector<std::string>{"b.json: /templates/0/id|template.id_in_two_files",
                                                "b.json: /templates/1/id|template.id_in_two_files",
                                                "c.json: |json.syntax"});
            CHECK(e.describe(Language::En).find("already in a.json") != std::string::npos);
        }
        CHECK(store.storedTemplates().empty());
    }
}

TEST_CASE_METHOD(Kit, "Templates are due for review one interval after their version took effect") {
    installDefaultPlaybooks(store, t0);
    CHECK(store.setUpAt() == t0);
    const auto later = t0 + std::chrono::days(40);
    importTemplateKits(store, {{"kit.json", oneType}}, later);
    const auto schedule = reviewSchedule(store);
    auto find = [&](const std::string& id) {
        const auto it =
            std::find_if(schedule.begin(), schedule.end(), [&](const ReviewItem& i) { return i.id == id; });
        REQUIRE(it != schedule.end());
        return *it;
    };
    const auto shipped = find("cyber-breach.social-post.holding.en");
    CHECK(shipped.kind == ReviewItem::Kind::Template);
    CHECK(shipped.version == 0);
    CHECK(shipped.since == t0);
    CHECK(shipped.due == DueOffset{6, DueOffset::Unit::Months}.addTo(t0));
    const auto imported = find("data-leak.faq-reply.new-one.zh");
    CHECK(imported.since == later);
    CHECK(imported.due == DueOffset{1, DueOffset::Unit::Months}.addTo(later));
    const auto playbook = find("cyber-breach");
    CHECK(playbook.kind == ReviewItem::Kind::Playbook);
    // Earliest first.
    CHECK(std::is_sorted(schedule.begin(), schedule.end(),
                         [](const ReviewItem& a, const ReviewItem& b) { return a.due < b.due; }));

    CHECK(overdueReviews(store, later).empty());
    const auto overdue = overdueReviews(store, imported.due + 1ms);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].id == "data-leak.faq-reply.new-one.zh");
    // At the due instant itself it is not overdue yet.
    CHECK(overdueReviews(store, imported.due).empty());
    const auto sixMonths = overdueReviews(store, shipped.due + 1ms);
    CHECK(sixMonths.size() == reviewSchedule(store).size());
}

TEST_CASE_METHOD(Kit, "A playbook or template reviewed and found current is due one interval later") {
    installDefaultPlaybooks(store, t0);
    const auto sixMonths = at("2026-09-02T08:00:01Z");
    const auto overdue = overdueReviews(store, sixMonths);
    const auto isDue = [&](ReviewItem::Kind kind, const std::string& id, Instant when) {
        const auto items = overdueReviews(store, when);
        return std::any_of(items.begin(), items.end(),
                           [&](const ReviewItem& i) { return i.kind == kind && i.id == id; });
    };
    REQUIRE(isDue(ReviewItem::Kind::Playbook, "financial", sixMonths));
    REQUIRE(isDue(ReviewItem::Kind::Template, "financial.press-release.statement.en", sixMonths));

    const auto reviewedAt = at("2026-09-03T10:00:00Z");
    markReviewed(store, ReviewItem::Kind::Playbook, "financial", "Li", reviewedAt, "checked with legal");
    markReviewed(store, ReviewItem::Kind::Template, "financial.press-release.statement.en", "Emma",
                 reviewedAt);
    CHECK_FALSE(isDue(ReviewItem::Kind::Playbook, "financial", reviewedAt + 1ms));
    CHECK_FALSE(isDue(ReviewItem::Kind::Template, "financial.press-release.statement.en", reviewedAt + 1ms));
    CHECK(isDue(ReviewItem::Kind::Playbook, "cyber-breach", reviewedAt)); // the others stay due
    // Six months after the review it is due again; the version did not change.
    CHECK(isDue(ReviewItem::Kind::Playbook, "financial", at("2027-03-03T10:00:01Z")));
    const auto schedule = reviewSchedule(store);
    const auto item = std::find_if(schedule.begin(), schedule.end(),
                                   [](const ReviewItem& i) { return i.id == "financial"; });
    REQUIRE(item != schedule.end());
    CHECK(item->version == 1);
    CHECK(item->reviewedAt == reviewedAt);
    CHECK(item->reviewedBy == "Li");
    CHECK(store.planReviews().front().note == "checked with legal");

    // A review does not outlive a newer version: a later import restarts from its own date.
    CHECK_THROWS_AS(markReviewed(store, ReviewItem::Kind::Playbook, "no-such-playbook", "Li", reviewedAt),
                    Error);
    CHECK_THROWS_AS(markReviewed(store, ReviewItem::Kind::Template, "financial", "Li", reviewedAt), Error);
    CHECK_THROWS_AS(markReviewed(store, ReviewItem::Kind::Playbook, "financial", "  ", reviewedAt), Error);
    CHECK(store.planReviews().size() == 2);
}
