#include "desk.hpp"

#include <crisis/backup.hpp>
#include <crisis/error.hpp>

#include <QFile>
#include <QFileInfo>

#include <algorithm>

Desk::Desk(const std::filesystem::path& path, const crisis::Clock& clock, QString actor, QObject* parent)
    : QObject(parent), m_clock(clock), m_actor(std::move(actor)),
      m_store(std::make_unique<crisis::Store>(path)) {
    makeServices();
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setTimerType(Qt::PreciseTimer);
    // One timer for every state change, drills included: it wakes exactly when the core says the
    // next clock turns or the next inject is due (realWakeUp), never to poll.
    connect(&m_stateTimer, &QTimer::timeout, this, [this] {
        if (deliverDrills() > 0) {
            refresh(); // new timeline events and inbox messages
            emit clocksChanged();
            return;
        }
        emit clocksChanged();
        scheduleNextChange();
    });
    deliverDrills(); // what fell due while no console was open arrives at once
    scheduleNextChange();
    // Hourly backups: a crash or a bad disk on the worst day costs at most an hour of log.
    m_backupTimer.setInterval(60 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, [this] { backupNow(); });
    m_backupTimer.start();
}

Desk::~Desk() = default;

std::optional<QString> Desk::backupNow() {
    try {
        crisis::rotateBackup(*m_store, m_store->path().parent_path() / "backups", m_clock.now(), 24);
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(m_language));
    } catch (const std::filesystem::filesystem_error& e) {
        return QString::fromLocal8Bit(e.what());
    }
    return std::nullopt;
}

QString Desk::databasePath() const {
    return QString::fromStdString(m_store->path().string());
}

void Desk::makeServices() {
    const auto actor = m_actor.toStdString();
    // The dependent services go first: they hold references to the incident and reputation ones.
    m_briefings.reset();
    m_marketing.reset();
    m_statements.reset();
    m_drills.reset();
    m_review.reset();
    m_reputation.reset();
    m_service = std::make_unique<crisis::IncidentService>(*m_store, m_clock, actor);
    m_reputation = std::make_unique<crisis::ReputationService>(*m_store, *m_service, m_clock, actor);
    m_reputation->setScorer(m_scorer);
    m_review = std::make_unique<crisis::ReviewService>(*m_store, *m_service, m_clock, actor);
    m_drills = std::make_unique<crisis::DrillService>(*m_store, *m_service, *m_reputation);
    m_statements = std::make_unique<crisis::StatementService>(*m_store, *m_service, m_clock, actor);
    m_marketing = std::make_unique<crisis::MarketingService>(*m_store, *m_service, m_clock, actor);
    m_briefings = std::make_unique<crisis::BriefingService>(*m_store, *m_service, m_clock, actor);
}

void Desk::setActor(const QString& actor) {
    m_actor = actor;
    makeServices();
    emit dataChanged();
}

void Desk::setLanguage(crisis::Language language) {
    m_language = language;
    emit dataChanged();
}

std::optional<QString> Desk::run(const std::function<void()>& command) {
    // The state timer may not have fired yet for an inject already due: deliver it first, so the
    // command's event comes after it on the drill incident's log (drill-time order).
    deliverDrills();
    try {
        command();
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(m_language));
    }
    refresh();
    return std::nullopt;
}

std::variant<crisis::ImportOutcome, QString> Desk::importMentions(std::int64_t incident,
                                                                  std::vector<crisis::Mention> mentions,
                                                                  const QString& source, bool scored) {
    crisis::ImportOutcome outcome;
    if (auto error = run([&] {
            outcome = scored ? m_reputation->importScored(incident, std::move(mentions), source.toStdString())
                             : m_reputation->import(incident, std::move(mentions), source.toStdString());
        }))
        return *error;
    if (!outcome.alerts.empty()) {
        int volume = 0, dips = 0, negative = 0, positive = 0;
        for (const auto& a : outcome.alerts) {
            ++(a.kind == crisis::SpikeAlert::Kind::Volume ? volume : dips);
            negative += a.dominant == crisis::SentimentLabel::Negative;
            positive += a.dominant == crisis::SentimentLabel::Positive;
        }
        // A tie or neutral buckets have no mood: the banner must not call them positive.
        const auto mood = negative > positive   ? crisis::SentimentLabel::Negative
                          : positive > negative ? crisis::SentimentLabel::Positive
                                                : crisis::SentimentLabel::Neutral;
        emit spikesDetected(incident, volume, dips, mood);
    }
    return outcome;
}

QStringList Desk::lexiconPaths() const {
    QStringList paths;
    for (const auto& l : m_lexicons)
        paths << l.path;
    return paths;
}

std::optional<QString> Desk::loadLexicon(const QString& path, crisis::SentimentScorer& scorer) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read “%1”: %2").arg(path, file.errorString());
    const QByteArray bytes = file.readAll();
    try {
        scorer.addLexicon(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                          QFileInfo(path).fileName().toStdString());
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(m_language));
    }
    return std::nullopt;
}

void Desk::rebuildScorer() {
    crisis::SentimentScorer scorer;
    for (auto& l : m_lexicons)
        if (l.problem.isEmpty())
            if (auto problem = loadLexicon(l.path, scorer))
                l.problem = *problem; // changed on disk since: no longer used
    m_scorer = std::move(scorer);
    m_reputation->setScorer(m_scorer);
}

std::optional<QString> Desk::addLexicon(const QString& path) {
    crisis::SentimentScorer check = m_scorer; // validate before anything changes
    if (auto problem = loadLexicon(path, check))
        return problem;
    m_lexicons.erase(std::remove_if(m_lexicons.begin(), m_lexicons.end(),
                                    [&](const Lexicon& l) { return l.path == path; }),
                     m_lexicons.end());
    m_lexicons.push_back({path, {}});
    rebuildScorer(); // later entries win: the order of the list
    emit lexiconsChanged();
    return std::nullopt;
}

void Desk::removeLexicon(const QString& path) {
    m_lexicons.erase(std::remove_if(m_lexicons.begin(), m_lexicons.end(),
                                    [&](const Lexicon& l) { return l.path == path; }),
                     m_lexicons.end());
    rebuildScorer();
    emit lexiconsChanged();
}

void Desk::restoreLexicons(const QStringList& paths) {
    m_lexicons.clear();
    crisis::SentimentScorer probe;
    for (const auto& path : paths)
        m_lexicons.push_back({path, loadLexicon(path, probe).value_or(QString())});
    rebuildScorer();
}

std::optional<crisis::Instant> Desk::applyRecoveries() {
    std::optional<crisis::Instant> next;
    try {
        for (const auto& incident : m_store->incidents()) {
            if (incident.phase != crisis::Phase::Reputation)
                continue;
            if (m_reputation->applyRecovery(incident.id)) {
                // Ticked by the clock, not by a command: views must re-read.
                QMetaObject::invokeMethod(
                    this, [this] { emit dataChanged(); }, Qt::QueuedConnection);
                continue;
            }
            const auto status = m_reputation->recovery(incident.id);
            const auto when = status.within + crisis::spanOf(m_reputation->rule(incident.id).recoveryWindow);
            // A drill's recovery instant is drill time: wake at the real instant its clock gets there.
            const auto real =
                when > nowFor(incident) ? m_service->realInstantFor(incident, when) : std::nullopt;
            if (real && (!next || *real < *next))
                next = real;
        }
    } catch (const crisis::Error&) {
        // a locked or read-only database: the next tick tries again
    }
    return next;
}

void Desk::refresh() {
    deliverDrills();
    scheduleNextChange();
    emit dataChanged();
}

int Desk::deliverDrills() {
    int delivered = 0;
    try {
        delivered = m_drills->deliverAll();
        m_drillClocks.clear();
        for (const auto& incident : m_store->incidents(true))
            if (incident.drillClock)
                m_drillClocks.emplace(incident.id, *incident.drillClock);
    } catch (const crisis::Error&) {
        // a locked or read-only database: the next tick tries again
    }
    return delivered;
}

crisis::Instant Desk::nowFor(std::int64_t incident) const {
    const auto it = m_drillClocks.find(incident);
    return it == m_drillClocks.end() ? m_clock.now() : it->second.at(m_clock.now());
}

void Desk::scheduleNextChange() {
    // Deadlines are derived, never running timers: ask the core when the next state change
    // is, and wake up exactly then. A restart or clock jump only needs this call again.
    m_stateTimer.stop();
    m_scheduled.reset();
    std::optional<crisis::Instant> next = applyRecoveries();
    try {
        // Improvement items of the review turn overdue on their own too (reminders); drills
        // change when their next inject or deadline comes (realWakeUp).
        for (const auto& candidate :
             {m_service->nextChange(), m_review->nextReminder(), m_drills->nextWakeUp()})
            if (candidate && (!next || *candidate < *next))
                next = candidate;
    } catch (const crisis::Error&) {
        return;
    }
    if (!next)
        return;
    m_scheduled = next;
    const auto wait = std::max<long long>(0, (*next - m_clock.now()).count());
    // QTimer takes an int: cap at a day and re-ask then.
    m_stateTimer.start(static_cast<int>(std::min<long long>(wait, 24LL * 3600 * 1000)));
}
