#include <crisis/playbook_diff.hpp>

#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace crisis;

TEST_CASE("Playbook diff lists added, removed and changed elements by path") {
    const auto before = crisis::test::shippedPlaybook("financial");
    CHECK(diffPlaybooks(before, before).empty());

    auto after = before;
    after.name.en = "Financial crisis (2027)";
    after.clocks.front().duration = *DueOffset::parse("20m");
    after.tasks.erase(after.tasks.begin());
    after.checklists[Phase::Respond].push_back({"bank-called", {"Bank called", "已致电银行"}});
    const auto changes = diffPlaybooks(before, after);
    REQUIRE(changes.size() == 4);
    CHECK(changes[0].path == "name");
    CHECK(changes[0].kind == PlaybookChange::Kind::Changed);
    CHECK(changes[0].after.find("Financial crisis (2027)") != std::string::npos);
    CHECK(changes[1].path == "clocks/" + before.clocks.front().id);
    CHECK(changes[1].after.find("\"20m\"") != std::string::npos);
    CHECK(changes[2].path == "checklists/respond/bank-called");
    CHECK(changes[2].kind == PlaybookChange::Kind::Added);
    CHECK(changes[2].before.empty());
    CHECK(changes[3].path == "tasks/" + before.tasks.front().id);
    CHECK(changes[3].kind == PlaybookChange::Kind::Removed);
    CHECK(changeKindName(changes[3].kind) == "removed");
}

TEST_CASE("Playbook diff reports reordered clocks, checklist items and tasks as moves") {
    const auto before = crisis::test::shippedPlaybook("financial");
    REQUIRE(before.clocks.size() >= 3);
    REQUIRE(before.checklist(Phase::Respond).size() >= 3);

    SECTION("two swapped clocks: one move, with its old and new index") {
        auto after = before;
        std::swap(after.clocks[0], after.clocks[1]);
        const auto changes = diffPlaybooks(before, after);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].kind == PlaybookChange::Kind::Moved);
        CHECK(changeKindName(changes[0].kind) == "moved");
        const bool firstMoved = changes[0].path == "clocks/" + before.clocks[0].id;
        CHECK((firstMoved || changes[0].path == "clocks/" + before.clocks[1].id));
        CHECK(changes[0].from == (firstMoved ? 0u : 1u));
        CHECK(changes[0].to == (firstMoved ? 1u : 0u));
        CHECK(changes[0].before == changes[0].after);
    }
    SECTION("a checklist item moved to the end of its phase") {
        auto after = before;
        auto& items = after.checklists[Phase::Respond];
        const auto item = items.front();
        items.erase(items.begin());
        items.push_back(item);
        const auto changes = diffPlaybooks(before, after);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].kind == PlaybookChange::Kind::Moved);
        CHECK(changes[0].path == "checklists/respond/" + item.id);
        CHECK(changes[0].from == 0);
        CHECK(changes[0].to == items.size() - 1);
    }
    SECTION("a task moved and changed is listed as changed and as moved") {
        auto after = before;
        auto task = after.tasks.back();
        task.due = *DueOffset::parse("5m");
        after.tasks.pop_back();
        after.tasks.insert(after.tasks.begin(), task);
        const auto changes = diffPlaybooks(before, after);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].kind == PlaybookChange::Kind::Changed);
        CHECK(changes[1].kind == PlaybookChange::Kind::Moved);
        CHECK(changes[1].path == "tasks/" + task.id);
        CHECK(changes[1].from == before.tasks.size() - 1);
        CHECK(changes[1].to == 0);
        CHECK(changes[1].after.find("\"5m\"") != std::string::npos);
    }
    SECTION("removing or adding elements shifts indices but moves nothing") {
        auto after = before;
        after.tasks.erase(after.tasks.begin() + 1);
        ClockDef extra;
        extra.id = "bank-call";
        extra.name = {"Bank called", "已致电银行"};
        after.clocks.insert(after.clocks.begin(), extra);
        for (const auto& c : diffPlaybooks(before, after))
            CHECK(c.kind != PlaybookChange::Kind::Moved);
    }
}
