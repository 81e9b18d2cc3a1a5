#pragma once
// Scripted drills: a file of participant actions (and trainer steps) at drill offsets, played
// headless against a scenario through the same services a live drill uses. For tests, and for
// trainers rehearsing an exercise. Format: docs/scenario-format.md, "Drill scripts".

#include <crisis/drill_score.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/messages.hpp>
#include <crisis/store.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// What a script step does: the players' actions use the scenario's expected-action names.
enum class ScriptAction {
    ChecklistItemChecked,
    PhaseReached,
    StatementPublished,
    TaskDone,
    InboxAnswered,
    Fire,
    Skip,
    Note,
    Rate,
    HotWash,
};
/// File names of the step actions, in enum order.
inline constexpr std::array<std::string_view, 10> scriptActionNames{"checklist_item_checked",
                                                                    "phase_reached",
                                                                    "statement_published",
                                                                    "task_done",
                                                                    "inbox_answered",
                                                                    "fire",
                                                                    "skip",
                                                                    "note",
                                                                    "rate",
                                                                    "hot_wash"};

/// One step of a script.
struct DrillScriptStep {
    Duration at{0}; ///< from the drill start
    ScriptAction action = ScriptAction::ChecklistItemChecked;
    /// Checklist item, phase, statement channel, task template id, inject id (inbox_answered,
    /// fire, skip) or objective id (rate); empty for note and hot_wash.
    std::string target;
    std::string text;   ///< inbox reply, note or hot-wash point
    std::string title;  ///< statement title
    std::string reason; ///< phase_reached: force the advance with this logged reason
    std::string audience;
    bool external = true;    ///< statement
    std::string participant; ///< note
    NoteKind kind = NoteKind::Observation;
    Rating rating = Rating::P;
    std::string comment; ///< rate
    std::string by;      ///< actor recorded on the step's events (default: the runner's)
};

/// A parsed script.
struct DrillScript {
    std::string source;                 ///< file name, for errors
    std::string scenario;               ///< optional: the scenario it was written for
    std::optional<Language> language;   ///< of the inject texts (default: the runner's)
    std::optional<Duration> end;        ///< score at start + end (default: when nothing more happens)
    std::vector<DrillScriptStep> steps; ///< file order; played by `at`, ties in file order
};

/// Parses a script strictly. Throws ValidationError listing every problem with its JSON pointer.
DrillScript parseDrillScript(std::string_view jsonText, const std::string& source);

/// The outcome of a scripted run.
struct DrillScriptRun {
    std::int64_t incident = 0;
    DrillScore score; ///< at the drill's end
};

/// Starts a drill of `scenarioId` (empty: the script's) at real instant `start` and plays the
/// script on a simulated clock at 1× (real = drill time, no waiting): before each step every
/// inject, mention and deadline due by its offset is delivered in order; after the last step the
/// drill runs until nothing more can happen (or the script's `end`), then ends. All in one
/// transaction: a step that fails throws ValidationError naming it and nothing is stored.
DrillScriptRun runDrillScript(Store& store, const DrillScript& script, const std::string& scenarioId,
                              Instant start, const std::string& actor, Language language);

} // namespace crisis
