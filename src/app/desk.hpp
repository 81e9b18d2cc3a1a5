#pragma once
// The console's single door to the core: owns the store and the service, turns core errors
// into translated text, and tells the views when something changed or a clock will change.
// Widgets never touch crisis::Store directly.

#include <crisis/briefing.hpp>
#include <crisis/clock.hpp>
#include <crisis/drill_service.hpp>
#include <crisis/incident_service.hpp>
#include <crisis/marketing.hpp>
#include <crisis/messages.hpp>
#include <crisis/reputation.hpp>
#include <crisis/review_service.hpp>
#include <crisis/statement_service.hpp>
#include <crisis/store.hpp>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <variant>

class Desk : public QObject {
    Q_OBJECT
public:
    /// Opens (creating and migrating) the database at `path`. Throws crisis::Error.
    Desk(const std::filesystem::path& path, const crisis::Clock& clock, QString actor,
         QObject* parent = nullptr);
    ~Desk() override;

    crisis::Store& store() { return *m_store; }
    crisis::IncidentService& service() { return *m_service; }
    crisis::ReputationService& reputation() { return *m_reputation; }
    crisis::ReviewService& review() { return *m_review; }
    crisis::DrillService& drills() { return *m_drills; }
    crisis::StatementService& statements() { return *m_statements; }
    crisis::MarketingService& marketing() { return *m_marketing; }
    crisis::BriefingService& briefings() { return *m_briefings; }
    /// The sentiment windows of the review figures and the after-action report (before T0, after
    /// closing); the Figures tab sets them for this session.
    const crisis::ReviewWindows& reviewWindows() const { return m_reviewWindows; }
    void setReviewWindows(const crisis::ReviewWindows& windows) { m_reviewWindows = windows; }

    /// Imports parsed mentions into an incident (one transaction). Returns the outcome, or the
    /// error text with nothing stored. Emits spikesDetected for any alert and dataChanged.
    /// `scored`: the mentions carry their sentiment already (scored with scorer()).
    std::variant<crisis::ImportOutcome, QString> importMentions(std::int64_t incident,
                                                                std::vector<crisis::Mention> mentions,
                                                                const QString& source, bool scored = false);

    /// An extra sentiment lexicon (word<TAB>score file) and why it is not in use, if it is not.
    struct Lexicon {
        QString path;
        QString problem; ///< empty when loaded
    };
    /// The extra lexicons imports score with (besides the shipped ones), in the order added.
    const QList<Lexicon>& lexicons() const { return m_lexicons; }
    /// Their paths (what the preferences remember).
    QStringList lexiconPaths() const;
    /// Reads and validates a lexicon file and adds it to the scorer of imports (again, if it
    /// is there already). Returns the error text, listing every bad line, with nothing changed.
    std::optional<QString> addLexicon(const QString& path);
    /// Stops using a lexicon.
    void removeLexicon(const QString& path);
    /// At start: loads the remembered lexicons; a file that cannot be loaded stays listed
    /// with its problem and is not used.
    void restoreLexicons(const QStringList& paths);
    /// The scorer imports use: the shipped lexicons plus the extra ones loaded.
    const crisis::SentimentScorer& scorer() const { return m_scorer; }
    const crisis::Clock& clock() const { return m_clock; }
    crisis::Instant now() const { return m_clock.now(); }
    /// An incident's own instant now: its drill clock's time for a scenario drill, else now().
    crisis::Instant nowFor(const crisis::Incident& incident) const { return incident.timeAt(m_clock.now()); }
    /// The same by id, from the drill clocks read at the last refresh (cheap: views ask every second).
    crisis::Instant nowFor(std::int64_t incident) const;
    QString actor() const { return m_actor; }
    /// Who is recorded on events from now on (the identity chosen in Settings).
    void setActor(const QString& actor);
    QString databasePath() const;

    /// Language for domain content (playbook names, checklist items) and core messages.
    crisis::Language language() const { return m_language; }
    void setLanguage(crisis::Language language);

    /// Delivers what the running drills have made due, then runs a command; on crisis::Error
    /// returns its message in the current language and changes nothing more. On success emits
    /// dataChanged().
    std::optional<QString> run(const std::function<void()>& command);

    /// Re-reads everything and reschedules the next state change (e.g. after a restart or a
    /// clock jump). Emits dataChanged().
    void refresh();
    /// Writes a verified backup into the "backups" folder beside the database, keeping the
    /// newest 24; the console calls it every hour. Returns the error text on failure.
    std::optional<QString> backupNow();
    /// The instant the state timer is set for, if any (for tests).
    std::optional<crisis::Instant> scheduledChange() const { return m_scheduled; }

signals:
    /// Facts changed (a command ran, or refresh()).
    void dataChanged();
    /// A clock or task crossed a threshold: states may differ although no fact changed.
    void clocksChanged();
    /// An import found message spikes or sentiment dips (already logged as events). `mood` is
    /// Negative or Positive when alerts of that mood outnumber the other, else Neutral.
    void spikesDetected(std::int64_t incident, int volume, int dips, crisis::SentimentLabel mood);
    /// The extra lexicons changed (added, removed).
    void lexiconsChanged();

private:
    void scheduleNextChange();
    // Delivers what the running drills' clocks have made due (injects, mentions) and re-reads the
    // drill clocks; returns how many injects were delivered.
    int deliverDrills();
    // (Re)creates the services that record under the actor's name.
    void makeServices();
    // Ticks the reputation exit of incidents whose sentiment is back; returns the next instant a
    // recovery can complete, if any.
    std::optional<crisis::Instant> applyRecoveries();
    // Reads and validates one lexicon file into `scorer`; the error text if it cannot.
    std::optional<QString> loadLexicon(const QString& path, crisis::SentimentScorer& scorer) const;
    void rebuildScorer();

    const crisis::Clock& m_clock;
    QString m_actor;
    std::unique_ptr<crisis::Store> m_store;
    std::unique_ptr<crisis::IncidentService> m_service;
    std::unique_ptr<crisis::ReputationService> m_reputation;
    std::unique_ptr<crisis::ReviewService> m_review;
    std::unique_ptr<crisis::DrillService> m_drills;
    std::map<std::int64_t, crisis::DrillClockState> m_drillClocks;
    std::unique_ptr<crisis::StatementService> m_statements;
    std::unique_ptr<crisis::MarketingService> m_marketing;
    std::unique_ptr<crisis::BriefingService> m_briefings;
    crisis::Language m_language = crisis::Language::En;
    crisis::ReviewWindows m_reviewWindows;
    QTimer m_stateTimer;
    QTimer m_backupTimer;
    std::optional<crisis::Instant> m_scheduled;
    QList<Lexicon> m_lexicons;
    crisis::SentimentScorer m_scorer;
};
