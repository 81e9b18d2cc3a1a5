#include "schema.hpp"

namespace crisis::storage {

const std::vector<std::string_view>& migrations() {
    static const std::vector<std::string_view> list{
        // 1: playbooks, team, the event log and its projections. Times are UTC milliseconds.
        R"sql(
CREATE TABLE playbooks (
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    crisis_type TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE TABLE members (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    role    TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT ''
);
CREATE TABLE events (
    seq       INTEGER PRIMARY KEY,
    incident  INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    payload   TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX events_by_incident ON events (incident, seq);
CREATE INDEX events_by_kind ON events (kind);
CREATE INDEX events_by_actor ON events (actor);
-- The log is append-only: the application never updates or deletes an event.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    playbook_id      TEXT    NOT NULL,
    playbook_version INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    severity         INTEGER NOT NULL,
    detected_at      INTEGER NOT NULL,
    drill            INTEGER NOT NULL,
    phase            TEXT    NOT NULL,
    opened_at        INTEGER NOT NULL,
    opened_by        TEXT    NOT NULL,
    closed_at        INTEGER,
    last_seq         INTEGER NOT NULL,
    last_hash        TEXT    NOT NULL,
    FOREIGN KEY (playbook_id, playbook_version) REFERENCES playbooks (id, version)
);
CREATE TABLE checklist (
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    item     TEXT    NOT NULL,
    done_at  INTEGER NOT NULL,
    PRIMARY KEY (incident, item)
);
CREATE TABLE clock_marks (
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    clock    TEXT    NOT NULL,
    met_at   INTEGER NOT NULL,
    PRIMARY KEY (incident, clock)
);
CREATE TABLE start_events (
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    event    TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    PRIMARY KEY (incident, event)
);
CREATE TABLE phase_exits (
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    phase    TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    forced   INTEGER NOT NULL,
    reason   TEXT    NOT NULL,
    PRIMARY KEY (incident, phase)
);
CREATE TABLE alerts (
    incident INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    key      TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    PRIMARY KEY (incident, key)
);
CREATE TABLE tasks (
    id         INTEGER PRIMARY KEY,
    incident   INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    template   TEXT    NOT NULL,
    title_en   TEXT    NOT NULL,
    title_zh   TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    assignee   TEXT    NOT NULL,
    due_at     INTEGER NOT NULL,
    done_at    INTEGER,
    done_by    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX tasks_by_incident ON tasks (incident);
CREATE INDEX tasks_by_assignee ON tasks (assignee);
CREATE INDEX tasks_by_role ON tasks (role);
)sql",
        // 2: social mentions per incident, de-duplicated by the tool's id or by content.
        R"sql(
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    incident    INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    dedupe_key  TEXT    NOT NULL,
    external_id TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    channel     TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    url         TEXT    NOT NULL,
    reach       INTEGER NOT NULL,
    language    TEXT    NOT NULL,
    score       REAL    NOT NULL,
    label       TEXT    NOT NULL,
    UNIQUE (incident, dedupe_key)
);
CREATE INDEX mentions_by_time ON mentions (incident, at);
)sql",
        // 3: the organisation profile as key/value pairs (lists are JSON arrays).
        R"sql(
CREATE TABLE organisation (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql",
        // 4: the unified inbox (state of each mention, projected from mention.* events) and the
        // spike detector's buckets, kept so each import is judged without rereading old mentions.
        R"sql(
ALTER TABLE mentions ADD COLUMN state TEXT NOT NULL DEFAULT 'open';
ALTER TABLE mentions ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
ALTER TABLE mentions ADD COLUMN responded_at INTEGER;
ALTER TABLE mentions ADD COLUMN responder TEXT NOT NULL DEFAULT '';
ALTER TABLE mentions ADD COLUMN reply TEXT NOT NULL DEFAULT '';
CREATE INDEX mentions_by_channel ON mentions (incident, channel, label);
-- Covers the window counts of the review metrics (no table lookups over a million rows).
CREATE INDEX mentions_by_time_label ON mentions (incident, at, label, score);
CREATE TABLE mention_buckets (
    incident       INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    width_ms       INTEGER NOT NULL,
    start_ms       INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    negative       INTEGER NOT NULL,
    positive       INTEGER NOT NULL,
    score_sum      REAL    NOT NULL,
    volume_alerted INTEGER NOT NULL,
    dip_alerted    INTEGER NOT NULL,
    PRIMARY KEY (incident, width_ms, start_ms)
) WITHOUT ROWID;
)sql",
        // 5: incident facts that statements are checked against, and the marketing register
        // (scheduled campaigns and posts paused during a crisis).
        R"sql(
ALTER TABLE incidents ADD COLUMN cause_verified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN customers_affected INTEGER;
CREATE TABLE marketing_items (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    scheduled_at INTEGER NOT NULL,
    crisis       INTEGER NOT NULL DEFAULT 0,
    state        TEXT    NOT NULL DEFAULT 'scheduled',
    paused_by    INTEGER REFERENCES incidents (id),
    UNIQUE (name, channel, scheduled_at)
);
)sql",
        // 6 (team roles and template kits): primary and backup per role (the first member of each
        // role stays its primary), who held each role of an incident from when to when (projected
        // from incident.opened and role.handed-off), and imported message templates (every changed
        // import of an id is a new version; the shipped kit fills in the ids never imported).
        R"sql(
ALTER TABLE members ADD COLUMN backup INTEGER NOT NULL DEFAULT 0;
UPDATE members SET backup = 1 WHERE id > (SELECT MIN(m.id) FROM members m WHERE m.role = members.role);
CREATE UNIQUE INDEX members_one_primary ON members (role) WHERE backup = 0;
CREATE TABLE role_holders (
    incident  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    role      TEXT    NOT NULL,
    holder    TEXT    NOT NULL,
    from_at   INTEGER NOT NULL,
    until_at  INTEGER,
    reason    TEXT    NOT NULL,
    handed_by TEXT    NOT NULL,
    PRIMARY KEY (incident, ordinal)
);
CREATE TABLE templates (
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    crisis_type TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (id, version)
);
)sql",
        // 7 (keeping the plan current): a playbook or template reviewed and found current, so its
        // next review is due one interval after that, without a new version.
        R"sql(
CREATE TABLE plan_reviews (
    kind        TEXT    NOT NULL CHECK (kind IN ('playbook', 'template')),
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    reviewed_at INTEGER NOT NULL,
    reviewed_by TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    PRIMARY KEY (kind, id, reviewed_at)
);
)sql",
        // 8 (drills): the drill clock of scenario drills (projected from drill.* events), the
        // scenarios trainers imported, and direct messages in the inbox (drill injects addressed
        // to the team: always listed for attention, left out of spike and sentiment figures).
        R"sql(
CREATE TABLE drill_clocks (
    incident     INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    anchor_drill INTEGER NOT NULL,
    anchor_real  INTEGER NOT NULL,
    speed        REAL    NOT NULL,
    paused       INTEGER NOT NULL,
    ended        INTEGER NOT NULL
);
CREATE TABLE scenarios (
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (id, version)
);
ALTER TABLE mentions ADD COLUMN direct INTEGER NOT NULL DEFAULT 0;
)sql",
        // 9 (statements and communications): a campaign's end, so a pause also stops campaigns that
        // are running; items paused by an incident are found through paused_by.
        R"sql(
ALTER TABLE marketing_items ADD COLUMN ends_at INTEGER;
CREATE INDEX marketing_by_incident ON marketing_items (paused_by);
)sql",
    };
    return list;
}

} // namespace crisis::storage
