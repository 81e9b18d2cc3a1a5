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
