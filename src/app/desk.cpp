#include "desk.hpp"

#include <crisis/backup.hpp>
#include <crisis/error.hpp>

#include <algorithm>

Desk::Desk(const std::filesystem::path& path, const crisis::Clock& clock, QString actor, QObject* parent)
    : QObject(parent), m_clock(clock), m_actor(std::move(actor)),
      m_store(std::make_unique<crisis::Store>(path)),
      m_service(std::make_unique<crisis::IncidentService>(*m_store, m_clock, m_actor.toStdString())) {
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

void Desk::setActor(const QString& actor) {
    m_actor = actor;
    m_service = std::make_unique<crisis::IncidentService>(*m_store, m_clock, m_actor.toStdString());
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

void Desk::refresh() {
    scheduleNextChange();
    emit dataChanged();
}

void Desk::scheduleNextChange() {
    // Deadlines are derived, never running timers: ask the core when the next state change
    // is, and wake up exactly then. A restart or clock jump only needs this call again.
    m_stateTimer.stop();
    m_scheduled.reset();
    std::optional<crisis::Instant> next;
    try {
        next = m_service->nextChange();
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
