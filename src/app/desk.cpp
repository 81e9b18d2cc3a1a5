#include "desk.hpp"

#include <crisis/backup.hpp>
#include <crisis/error.hpp>

#include <algorithm>

Desk::Desk(const std::filesystem::path& path, const crisis::Clock& clock, QString actor, QObject* parent)
    : QObject(parent), m_clock(clock), m_actor(std::move(actor)),
      m_store(std::make_unique<crisis::Store>(path)) {
    makeServices();
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stateTimer, &QTimer::timeout, this, [this] {
        emit clocksChanged();
        scheduleNextChange();
    });
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
    // The dependent services first: they hold a reference to the incident service.
    m_briefings.reset();
    m_marketing.reset();
    m_statements.reset();
    m_reputation.reset();
    m_service = std::make_unique<crisis::IncidentService>(*m_store, m_clock, actor);
    m_reputation = std::make_unique<crisis::ReputationService>(*m_store, *m_service, m_clock, actor);
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
    try {
        command();
    } catch (const crisis::Error& e) {
        return QString::fromStdString(e.describe(m_language));
    }
    refresh();
    return std::nullopt;
}

std::variant<crisis::ImportOutcome, QString>
Desk::importMentions(std::int64_t incident, std::vector<crisis::Mention> mentions, const QString& source) {
    crisis::ImportOutcome outcome;
    if (auto error =
            run([&] { outcome = m_reputation->import(incident, std::move(mentions), source.toStdString()); }))
        return *error;
    if (!outcome.alerts.empty()) {
        int volume = 0, dips = 0, negative = 0;
        for (const auto& a : outcome.alerts) {
            ++(a.kind == crisis::SpikeAlert::Kind::Volume ? volume : dips);
            negative += a.dominant == crisis::SentimentLabel::Negative ? 1 : -1;
        }
        emit spikesDetected(incident, volume, dips, negative >= 0);
    }
    return outcome;
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
            if (when > m_clock.now() && (!next || when < *next))
                next = when;
        }
    } catch (const crisis::Error&) {
        // a locked or read-only database: the next tick tries again
    }
    return next;
}

void Desk::refresh() {
    scheduleNextChange();
    emit dataChanged();
}

void Desk::scheduleNextChange() {
    // Deadlines are derived, never running timers: ask the core when the next state change
    // is, and wake up exactly then. A restart or clock jump only needs this call again.
    m_stateTimer.stop();
    m_scheduled.reset();
    std::optional<crisis::Instant> next = applyRecoveries();
    try {
        const auto clocks = m_service->nextChange();
        if (clocks && (!next || *clocks < *next))
            next = clocks;
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
