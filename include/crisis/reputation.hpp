#pragma once
// The reputation work of an incident: importing mentions (scored, de-duplicated, checked for
// spikes against the saved baseline), the unified inbox, the figures the review needs, and
// whether sentiment is back in its pre-crisis band (the playbook's ReputationRule).

#include <crisis/clock.hpp>
#include <crisis/inbox.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/sentiment.hpp>
#include <crisis/spike_detector.hpp>
#include <crisis/store.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crisis {

/// What one import did.
struct ImportOutcome {
    int added = 0;
    int duplicates = 0;
    std::vector<SpikeAlert> alerts; ///< each also recorded as a spike.detected event
    bool recovered = false;         ///< the import completed the reputation exit (ticked and marked)
};

/// Sentiment over one window of time.
struct SentimentWindow {
    Instant from;
    Instant to;
    long long mentions = 0;
    long long negative = 0;
    double meanScore = 0; ///< 0 when there are no mentions (reports show "–", JSON null)
};

/// The review's reputation figures of one incident.
struct ReputationMetrics {
    long long mentions = 0;
    long long negative = 0;
    SentimentWindow before; ///< the `before` span up to T0
    SentimentWindow during; ///< T0 to close (or now)
    SentimentWindow after;  ///< close to close + `after` (empty while open)
    int spikes = 0;
    int responded = 0;                                    ///< inbox items with a reply
    std::optional<Duration> meanResponse;                 ///< first reply - mention time, averaged
    std::map<std::string, Duration> meanResponseByMember; ///< by who sent the first reply
};

/// Is sentiment back? `band` is the pre-crisis negative share plus the rule's margin.
struct RecoveryStatus {
    double preCrisisShare = 0;
    double band = 0;
    std::optional<Instant> lastOutOfBand; ///< end of the last bucket above the band since T0
    Instant within;                       ///< the in-band stretch runs from here
    std::optional<Instant> recoveredAt;   ///< within + window, once reached
};

/// One point of the volume / sentiment chart.
struct ChartBucket {
    Instant start;
    int total = 0;
    int negative = 0;
    double meanScore = 0;
    double baselineMean = 0;  ///< mean mentions per bucket over the baseline before it that the stream covers
    double baselineSigma = 0; ///< their standard deviation (the band is mean ± k·sigma)
    bool judged = false;      ///< the stream covers enough of the baseline for the detector to judge it
};

/// The reputation commands and queries of incidents, recorded under `actor`.
class ReputationService {
public:
    ReputationService(Store& store, IncidentService& incidents, const Clock& clock, std::string actor);

    /// Scores, stores and checks mentions in one transaction: the new ones go through the spike
    /// detector seeded with the saved buckets of their baseline (and where the stream began),
    /// each alert is logged, and if sentiment is back the reputation exit item is ticked.
    /// `source` names the file. NotFound for an unknown incident, before any work.
    ImportOutcome import(std::int64_t incident, std::vector<Mention> mentions, const std::string& source);
    /// import() for mentions whose sentiment is filled in already (scoreMentions with
    /// scorer()), e.g. scored off the GUI thread with progress; the same one transaction.
    ImportOutcome importScored(std::int64_t incident, std::vector<Mention> mentions,
                               const std::string& source);

    /// The scorer imports use: the shipped lexicons plus any added with setScorer().
    const SentimentScorer& scorer() const { return m_scorer; }
    /// Replaces the scorer (e.g. one with extra lexicons). Mentions stored keep their scores.
    void setScorer(SentimentScorer scorer) { m_scorer = std::move(scorer); }

    /// The playbook's rule for an incident.
    const ReputationRule& rule(std::int64_t incident) const;
    /// Inbox of an incident with its playbook's attention rule filled in.
    InboxQuery inboxQuery(std::int64_t incident) const;

    /// Inbox actions; each one event. `templateId` names the canned reply used, if any. A
    /// reply stamped before the mention it answers is refused (InvalidInput), nothing stored.
    void assign(std::int64_t incident, std::int64_t mention, const std::string& member);
    void reply(std::int64_t incident, std::int64_t mention, const std::string& text,
               const std::string& templateId = {});
    void resolve(std::int64_t incident, std::int64_t mention, InboxState state);

    /// The spike.detected events of an incident, oldest first (NotFound for an unknown one).
    std::vector<Event> alerts(std::int64_t incident) const;
    /// Figures for the review; `before` and `after` size the windows around the crisis.
    ReputationMetrics metrics(std::int64_t incident, Duration before = std::chrono::hours(24),
                              Duration after = std::chrono::hours(24)) const;
    /// Recovery against the playbook's rule at the clock's instant.
    RecoveryStatus recovery(std::int64_t incident) const;
    /// Ticks the reputation exit item (and marks a "reputation" clock if the playbook has one)
    /// when the incident is in Reputation and recovery is reached. Returns whether it did.
    bool applyRecovery(std::int64_t incident);
    /// Volume and mean sentiment per bucket with the rolling baseline, for charts.
    std::vector<ChartBucket> chart(std::int64_t incident) const;

    /// The id of the reputation exit item that recovery ticks.
    static constexpr std::string_view recoveryItem = "sentiment-recovered";

private:
    SpikeConfig spikeConfig(const ReputationRule& rule) const;
    Store& m_store;
    IncidentService& m_incidents;
    const Clock& m_clock;
    std::string m_actor;
    SentimentScorer m_scorer;
};

/// A DueOffset as a fixed span (minutes and hours are exact; days 24 h).
Duration spanOf(const DueOffset& offset);

} // namespace crisis
