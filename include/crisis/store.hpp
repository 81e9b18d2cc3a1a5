#pragma once
// The SQLite store: schema and migrations, playbooks, the team roster, the event log and the
// projections kept beside it. SQL never leaves src/core/storage/.

#include <crisis/event.hpp>
#include <crisis/inbox.hpp>
#include <crisis/incident.hpp>
#include <crisis/marketing_item.hpp>
#include <crisis/mention.hpp>
#include <crisis/organisation.hpp>
#include <crisis/playbook.hpp>
#include <crisis/spike_detector.hpp>
#include <crisis/team.hpp>
#include <crisis/template.hpp>
#include <crisis/time.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// Whether the store may write.
enum class OpenMode { ReadWrite, ReadOnly };

/// How many mentions, how many negative, and their summed score.
struct MentionCounts {
    long long total = 0;
    long long negative = 0;
    double scoreSum = 0;
};

/// A playbook as stored: every import of changed content makes a new version.
struct PlaybookRecord {
    Playbook playbook;
    int version = 0;
    Instant importedAt;
};

/// A playbook or template reviewed and found current (no new version needed).
struct PlanReviewRecord {
    std::string kind; ///< "playbook" or "template"
    std::string id;
    int version = 0; ///< the version reviewed (0: a shipped template)
    Instant at;
    std::string by;
    std::string note;
    bool operator==(const PlanReviewRecord&) const = default;
};

/// Filter for Store::tasks. Empty fields match everything.
struct TaskFilter {
    std::optional<std::int64_t> incident;
    std::string assignee;
    std::string role;
    bool assigneeOrRole = false; ///< with both set: tasks of the assignee OR of the role ("my tasks")
    bool openIncidentsOnly = true;
};

/// A drill scenario document a trainer imported (docs/scenario-format.md), as stored.
struct StoredScenario {
    std::string id;
    int version = 0;
    std::string body; ///< the document as canonical JSON text
    Instant importedAt;
};

/// What a command decides to append, given the incident's current state.
struct EventDraft {
    std::string kind;
    nlohmann::json payload;
};

/// The facts a Decision may need, read inside the write transaction.
struct AppendContext {
    const Incident& current;    ///< empty Incident (id 0) when opening a new one
    std::int64_t newIncidentId; ///< the id a new incident gets
    std::int64_t nextTaskId;    ///< the first free task id
};

/// Decides the event to append; throws Error to append nothing.
using Decision = std::function<EventDraft(const AppendContext&)>;

/// Filter for the event timeline. Empty fields match everything.
struct EventQuery {
    std::int64_t incident = 0; ///< 0: every incident
    std::string kind;          ///< exact kind, e.g. "phase.advanced"
    std::string actor;         ///< exact actor name
    std::string text;          ///< case-insensitive substring of kind, actor or payload
};

/// The first broken link found by verify().
struct BrokenLink {
    std::int64_t seq = 0;
    std::int64_t incident = 0;
    std::string reason;
};

/// One CrisisDesk database file. Opening creates it if missing and migrates an older schema;
/// a newer schema, a corrupt file or a lock held too long throw Error with a clear message.
class Store {
public:
    /// Schema version this build writes (PRAGMA user_version).
    static int schemaVersion();

    /// `busyTimeout`: how long a write waits for another process's lock before failing with
    /// Error(DatabaseLocked).
    explicit Store(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite,
                   std::chrono::milliseconds busyTimeout = std::chrono::seconds(5));
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;

    const std::filesystem::path& path() const;
    bool readOnly() const;

    // --- playbooks -----------------------------------------------------------------------
    /// Stores `playbook`; a new version when its content differs from the latest, otherwise
    /// the latest version number is returned and nothing is written.
    int savePlaybook(const Playbook& playbook, Instant at);
    /// Latest version of every playbook, by id.
    std::vector<PlaybookRecord> playbooks() const;
    /// One playbook; the latest version unless `version` is given.
    std::optional<PlaybookRecord> playbook(const std::string& id, std::optional<int> version = {}) const;

    /// Records a plan review (one transaction).
    void addPlanReview(const PlanReviewRecord& review);
    /// Every plan review, oldest first.
    std::vector<PlanReviewRecord> planReviews() const;

    // --- organisation ------------------------------------------------------------------------
    /// The stored profile (empty fields when never set).
    OrganisationProfile organisation() const;
    /// Replaces the profile in one transaction. Throws ValidationError (source "organisation")
    /// listing organisationProblems, and stores nothing, when there are any.
    void setOrganisation(const OrganisationProfile& profile);

    // --- message templates ---------------------------------------------------------------------
    /// Stores, in one transaction, every template of `templates` whose content differs from
    /// the one in effect for its id (the latest stored version, else the `shipped` template
    /// with that id) as a new version of that id. Returns each template's stored version, in
    /// input order; 0 for one that was already in effect (nothing written for it).
    std::vector<int> saveTemplates(const std::vector<MessageTemplate>& templates,
                                   const std::vector<MessageTemplate>& shipped, Instant at);
    /// The latest stored version of every imported template id, by id.
    std::vector<TemplateRecord> storedTemplates() const;
    /// When the database was set up: its first playbook import. The shipped kit's templates
    /// are due for review from then. Nullopt when it holds no playbook.
    std::optional<Instant> setUpAt() const;

    // --- team ------------------------------------------------------------------------------
    /// Adds a member; throws Error(InvalidInput) for an unknown role, a blank or duplicate name,
    /// Error(RuleViolation) for a primary of a role that has one already.
    Member addMember(const Member& member);
    /// Replaces name, role, contact and primary/backup of an existing member (same validation as add).
    void updateMember(const Member& member);
    /// Removes a member; tasks keep the name they were assigned to.
    void removeMember(std::int64_t id);
    /// The roster in the order members were added.
    std::vector<Member> members() const;

    // --- drill scenarios ------------------------------------------------------------------------
    /// Stores a scenario document under its id and version. Returns false and writes nothing when
    /// that version is stored with the same body; throws Error(RuleViolation) when it is stored
    /// with another body (a changed scenario needs a new version, so scores name what was played).
    bool saveScenario(const std::string& id, int version, const std::string& body, Instant at);
    /// Every stored scenario version, by id then version.
    std::vector<StoredScenario> scenarios() const;

    // --- events and projections --------------------------------------------------------------
    /// In one IMMEDIATE transaction: loads incident `incidentId` (0 to open a new one), asks
    /// `decide` for the event, hashes it onto the chain, appends it, updates the projections,
    /// commits with synchronous=FULL. Returns the stored event. On any throw nothing changes.
    Event append(std::int64_t incidentId, Instant at, const std::string& actor, const Decision& decide);
    /// Runs `work` (which calls append) in one transaction: one fsync for many events, and
    /// all or nothing. An exception escaping `work` rolls every append back.
    void batch(const std::function<void()>& work); ///< nested calls join the outer transaction
    /// The projected state of one incident; throws Error(NotFound).
    Incident incident(std::int64_t id) const;
    /// All incidents (open ones only unless includeClosed), newest first.
    std::vector<Incident> incidents(bool includeClosed = false) const;
    /// Tasks matching the filter, earliest due first.
    std::vector<Task> tasks(const TaskFilter& filter) const;
    /// The event log of one incident in order (all incidents when `incident` is 0).
    std::vector<Event> events(std::int64_t incident = 0) const;
    /// Number of events in the log.
    std::int64_t eventCount() const;
    /// Number of events matching `query`.
    std::int64_t eventCount(const EventQuery& query) const;
    /// At most `limit` events matching `query`, in log order, skipping the first `offset`:
    /// one page of the timeline, so a view never holds the whole log.
    std::vector<Event> eventPage(const EventQuery& query, std::int64_t offset, std::int64_t limit) const;
    /// Smallest and largest seq in the log ({0, 0} when empty).
    std::pair<std::int64_t, std::int64_t> eventSeqRange() const;
    /// At most `limit` events with seq >= `fromSeq`, in order: a page found by key, not by
    /// OFFSET, so the end of a million-event log is as quick to read as its start.
    std::vector<Event> eventsFromSeq(std::int64_t fromSeq, std::int64_t limit) const;
    /// Distinct actors and kinds in the log (for filter menus).
    std::vector<std::string> eventActors() const;
    std::vector<std::string> eventKinds() const;
    /// Recomputes every hash chain; nullopt when intact, else the first broken event.
    std::optional<BrokenLink> verify() const;
    /// Stores mentions for an incident in one transaction with a `mentions.imported` event
    /// (source, added, duplicates). Mentions already there (same mentionKey) are skipped.
    /// Returns {added, duplicates}.
    /// Inserts mentions of an incident, ignoring duplicates (mentionKey). Returns the new
    /// rows' ids in input order, 0 for a duplicate. Use inside batch() with the import's events.
    std::vector<std::int64_t> insertMentions(std::int64_t incident, const std::vector<Mention>& mentions);
    /// One inbox item (NotFound unless it belongs to `incident`).
    InboxItem inboxItem(std::int64_t incident, std::int64_t mentionId) const;
    /// Inbox items matching `query`, newest first.
    std::vector<InboxItem> inbox(const InboxQuery& query) const;
    /// Saved spike-detector buckets of `width` starting in [from, to).
    std::map<Instant, SpikeDetector::Bucket> mentionBuckets(std::int64_t incident, Duration width,
                                                            Instant from, Instant to) const;
    /// Start of the earliest saved bucket of `width`: where the incident's mention stream
    /// begins for the spike detector (nullopt before the first import).
    std::optional<Instant> firstMentionBucket(std::int64_t incident, Duration width) const;
    /// Saves (replaces) buckets.
    void saveMentionBuckets(std::int64_t incident, Duration width,
                            const std::map<Instant, SpikeDetector::Bucket>& buckets);
    /// Mentions, negative ones and the score sum in [from, to).
    MentionCounts mentionCounts(std::int64_t incident, Instant from, Instant to) const;
    /// (responder, first reply - mention time) of every answered mention.
    std::vector<std::pair<std::string, Duration>> responseTimes(std::int64_t incident) const;
    /// Per channel: mentions and negative ones.
    std::vector<std::pair<std::string, MentionCounts>> channelCounts(std::int64_t incident) const;
    /// The incident's mentions in time order.
    std::vector<Mention> mentions(std::int64_t incident) const;

    // --- marketing register (marketing.hpp) ------------------------------------------------
    /// Adds items in one transaction, all or none; throws Error(InvalidInput) naming the first
    /// item already in the register (same name, channel and time). Returns them with their ids.
    std::vector<MarketingItem> addMarketingItems(const std::vector<MarketingItem>& items);
    /// The register, earliest first. Whether an item is paused, and by which incident, is
    /// projected from the marketing.paused / marketing.resumed events.
    std::vector<MarketingItem> marketingItems() const;

    /// Drops the projections and rebuilds them by folding the whole log, in one transaction.
    void rebuildProjections();

    /// Writes a consistent copy of the open database to `target` while others keep writing
    /// (SQLite's online backup API), checks the copy's hash chains, then renames it into
    /// place, so `target` is either the previous file or a complete, verified backup.
    void backupTo(const std::filesystem::path& target) const;
    /// Replaces the database at `path` with the backup at `backup`, after checking that the
    /// backup is a CrisisDesk database this version can read and that its chains verify.
    /// Throws Error and changes nothing when the backup is bad. Close consoles first.
    static void restore(const std::filesystem::path& backup, const std::filesystem::path& path);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crisis
