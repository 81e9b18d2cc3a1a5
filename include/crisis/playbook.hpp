#pragma once
// Playbooks: per crisis type, the clocks, exit checklists and tasks an incident starts with.
// The file format is documented in docs/playbook-format.md.

#include <crisis/messages.hpp>
#include <crisis/phase.hpp>
#include <crisis/time.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// A text in both shipped languages.
struct LocalizedText {
    std::string en;
    std::string zh;
    /// The text in `lang`, falling back to the other language when empty.
    const std::string& in(Language lang) const;
    bool operator==(const LocalizedText&) const = default;
};

/// How long after its start a clock is due. Units: minutes, hours, calendar days, business
/// days (Mon–Fri, UTC, no holidays) and calendar months.
struct DueOffset {
    enum class Unit { Minutes, Hours, Days, BusinessDays, Months };
    long long amount = 0;
    Unit unit = Unit::Minutes;

    /// Parses `30m`, `2h`, `3d`, `4bd`, `1mo`; nullopt otherwise, and for anything beyond
    /// ten years.
    static std::optional<DueOffset> parse(std::string_view text);
    /// The same syntax without the ten-year cap (to tell a too-long span from a malformed one).
    static std::optional<DueOffset> parseUnbounded(std::string_view text);
    /// The text form accepted by parse.
    std::string toString() const;
    /// The instant `amount unit` after `start`.
    Instant addTo(Instant start) const;
    bool operator==(const DueOffset&) const = default;
};

/// The event that starts every clock of an incident at T0.
inline constexpr std::string_view detectionEvent = "detection";
/// Start event of the update cadence: entering respond, then each published external statement.
inline constexpr std::string_view respondUpdateEvent = "respond-update";
/// The clock that asks for the next public update while responding.
inline constexpr std::string_view updateCadenceClock = "update-cadence";
/// The clock the first published external statement meets.
inline constexpr std::string_view firstAcknowledgementClock = "first-acknowledgement";

/// A deadline that runs from a start event and is met by a phase exit or an explicit mark.
struct ClockDef {
    std::string id;
    LocalizedText name;
    std::string start{detectionEvent}; ///< "detection" or an event the crisis manager records
    DueOffset duration;
    std::optional<Phase> metByPhaseExit;    ///< met when the incident leaves this phase; else by a mark
    std::vector<double> warnings{0.5, 0.8}; ///< fractions of the duration, strictly increasing
    bool regulatory = false;
    std::string reference;               ///< statute citation for regulatory clocks
    std::map<int, DueOffset> bySeverity; ///< duration for a severity (1..4) when it differs
    /// The duration that applies to an incident of `severity`.
    const DueOffset& durationFor(int severity) const {
        const auto it = bySeverity.find(severity);
        return it == bySeverity.end() ? duration : it->second;
    }
    bool operator==(const ClockDef&) const = default;
};

/// One exit-checklist item of a phase. Ids are unique across the whole playbook.
struct ChecklistItem {
    std::string id;
    LocalizedText text;
    bool operator==(const ChecklistItem&) const = default;
};

/// Work every incident of this type starts with, owned by a role.
struct TaskTemplate {
    std::string id;
    LocalizedText title;
    std::string role;
    DueOffset due; ///< offset from T0
    bool operator==(const TaskTemplate&) const = default;
};

/// How the reputation phase watches mentions: message-spike detection and when sentiment
/// counts as back to its pre-crisis band. Every field has a default, so playbooks may omit it.
struct ReputationRule {
    DueOffset bucket{10, DueOffset::Unit::Minutes};   ///< width of one volume bucket
    DueOffset baseline{12, DueOffset::Unit::Hours};   ///< rolling baseline before a bucket
    double k = 2.0;                                   ///< standard deviations above the baseline mean
    int minimumCount = 10;                            ///< smallest bucket that can spike
    DueOffset cooldown{30, DueOffset::Unit::Minutes}; ///< quiet time after an alert of the same kind
    double dipMargin = 0.2;       ///< negative share over the baseline share that is a dip
    double recoveryMargin = 0.05; ///< negative share may exceed the pre-crisis share by this much
    DueOffset recoveryWindow{24, DueOffset::Unit::Hours}; ///< and must stay within it this long
    long long highReach = 10000;                          ///< a mention this wide needs attention
    std::vector<std::string> watchWords;                  ///< any of these in a mention needs attention
    bool operator==(const ReputationRule&) const = default;
};

/// A crisis playbook. Built by parsePlaybook, which fills the defaults (the five standard
/// clocks and the standard checklists) for anything the file leaves out.
struct Playbook {
    std::string id;
    std::string crisisType;
    std::string origin; ///< "internal", "external" or "either"
    LocalizedText name;
    LocalizedText description;
    std::vector<ClockDef> clocks;
    std::map<Phase, std::vector<ChecklistItem>> checklists;
    std::vector<TaskTemplate> tasks;
    ReputationRule reputation;
    std::vector<std::string> templates;   ///< ids of the message templates this playbook links to
    std::string owner = "crisis-manager"; ///< role that keeps the plan current and accepts changes
    std::vector<std::string> approvers{"legal", "crisis-manager"}; ///< roles that approve every statement
    DueOffset reviewInterval{6, DueOffset::Unit::Months};          ///< how often the plan must be reviewed

    /// The clock with this id, or nullptr.
    const ClockDef* clock(std::string_view clockId) const;
    /// The phase whose checklist holds this item id, or nullopt.
    std::optional<Phase> phaseOfItem(std::string_view itemId) const;
    /// The checklist of `phase` (empty when it has none).
    const std::vector<ChecklistItem>& checklist(Phase phase) const;
    bool operator==(const Playbook&) const = default;
};

/// The ten crisis-type ids that have a default playbook.
inline constexpr std::array<std::string_view, 10> knownCrisisTypes{
    "cyber-breach",    "public-health",    "natural-disaster", "financial", "reputation",
    "product-quality", "improper-remarks", "misinformation",   "data-leak", "regulation-change"};

/// Parses and validates a playbook document. `source` names it in errors (a file name).
/// Throws ValidationError listing every problem with its JSON pointer.
Playbook parsePlaybook(std::string_view jsonText, const std::string& source);
/// The canonical JSON form (the format parsePlaybook reads, defaults written out).
std::string playbookToJson(const Playbook& playbook);
/// The default playbooks shipped inside the binary (resources/playbooks/).
std::vector<Playbook> defaultPlaybooks();

} // namespace crisis
