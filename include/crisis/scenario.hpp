#pragma once
// Tabletop-drill scenarios: a Master Scenario Events List (MSEL) of timed injects that a
// trainer plays against the crisis team. The file format is documented in
// docs/scenario-format.md (JSON Schema: docs/scenario.schema.json).

#include <crisis/playbook.hpp>
#include <crisis/time.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// How an inject reaches the players.
enum class Delivery { Email, Phone, SocialPost, News, Internal };
/// File names of the deliveries, in enum order: email, phone, social_post, news, internal.
inline constexpr std::array<std::string_view, 5> deliveryNames{"email", "phone", "social_post", "news",
                                                               "internal"};
/// The file name of `delivery`.
std::string_view deliveryName(Delivery delivery);
/// Inverse of deliveryName; nullopt for an unknown name.
std::optional<Delivery> deliveryFromName(std::string_view name);

/// The actions of the console that an inject can expect from the players. These are the
/// names the integration maps the incident's events onto (see docs/scenario-format.md).
enum class ActionKind { ChecklistItemChecked, PhaseReached, StatementPublished, TaskDone, InboxAnswered };
/// File names of the action kinds, in enum order.
inline constexpr std::array<std::string_view, 5> actionKindNames{
    "checklist_item_checked", "phase_reached", "statement_published", "task_done", "inbox_answered"};
/// The file name of `kind`.
std::string_view actionKindName(ActionKind kind);
/// Inverse of actionKindName; nullopt for an unknown name.
std::optional<ActionKind> actionKindFromName(std::string_view name);

/// What the players should do after an inject arrives, and how long they have.
struct ExpectedAction {
    ActionKind action = ActionKind::TaskDone;
    /// checklist item id, phase name, statement channel (template channel), task id, or for
    /// inbox_answered the id of the inject whose message must be answered.
    std::string target;
    Duration allowance{0}; ///< from the inject's delivery; > 0
    bool operator==(const ExpectedAction&) const = default;
};

/// A synthetic social mention that an inject brings with it, for the reputation view.
struct SyntheticMention {
    Duration offset{0}; ///< after the inject's delivery (it moves with the inject)
    std::string channel;
    std::string author;
    std::string text;
    std::string language; ///< "en" or "zh"
    long long reach = 0;
    bool operator==(const SyntheticMention&) const = default;
};

/// One exercise objective that injects test and evaluators rate.
struct Objective {
    std::string id;
    LocalizedText text;
    bool operator==(const Objective&) const = default;
};

/// One line of the events list.
struct Inject {
    std::string id;
    /// From the drill start. nullopt: a contingency inject, fired only when an expected
    /// action that names it is late (or by the trainer).
    std::optional<Duration> offset;
    LocalizedText synopsis; ///< one line for the trainer's queue
    LocalizedText text;     ///< what the players receive
    Delivery delivery = Delivery::Internal;
    std::string from; ///< the sender as the players see it (free text)
    std::string to;   ///< a participant role
    std::optional<ExpectedAction> expected;
    std::string objective;                ///< an Objective id
    std::vector<std::string> contingency; ///< inject ids fired when `expected` is late
    std::vector<SyntheticMention> mentions;
    bool operator==(const Inject&) const = default;
};

/// A drill scenario. Built by parseScenario, which guarantees every reference resolves,
/// contingency chains have no cycles and every inject can fire.
struct Scenario {
    std::string id;
    int version = 1;
    LocalizedText title;
    LocalizedText description;
    std::string crisisType; ///< one of knownCrisisTypes
    std::string playbook;   ///< playbook id the drill incident opens with
    std::vector<Objective> objectives;
    std::vector<std::string> participants; ///< roles (knownRoles)
    std::vector<Inject> injects;           ///< file order

    /// The inject with this id, or nullptr.
    const Inject* inject(std::string_view injectId) const;
    /// The objective with this id, or nullptr.
    const Objective* objective(std::string_view objectiveId) const;
    bool operator==(const Scenario&) const = default;
};

/// Parses and validates a scenario document. `source` names it in errors (a file name).
/// Throws ValidationError listing every problem with its JSON pointer.
Scenario parseScenario(std::string_view jsonText, const std::string& source);

/// Checks what the scenario cannot check alone: the playbook is the one it names, of the same
/// crisis type, and every checklist item and task an inject expects exists in it.
/// Throws ValidationError (pointers into the scenario document) if not.
void checkScenarioAgainstPlaybook(const Scenario& scenario, const Playbook& playbook,
                                  const std::string& source);

/// The built-in scenarios shipped inside the binary (resources/scenarios/), sorted by file name.
std::vector<Scenario> builtInScenarios();

} // namespace crisis
