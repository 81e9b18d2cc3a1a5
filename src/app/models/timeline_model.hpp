#pragma once
// The event timeline, read from the store a page at a time: rowCount comes from a COUNT
// query and rows are fetched in pages of 256 when a view asks for them, with a small cache.
// The whole log is never held in memory, so a million events scroll smoothly.

#include <crisis/event.hpp>
#include <crisis/store.hpp>

#include <QAbstractTableModel>

#include <list>
#include <unordered_map>

class Desk;

class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, IncidentColumn, ActorColumn, KindColumn, DetailsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, KindRole };
    static constexpr int pageSize = 256;
    static constexpr std::size_t maxPages = 64;

    explicit TimelineModel(Desk& desk, QObject* parent = nullptr);

    /// Shows the events matching `query` (nothing until the first call).
    void setQuery(const crisis::EventQuery& query);
    const crisis::EventQuery& query() const { return m_query; }
    void setUtc(bool utc);
    /// Pages fetched from the store since the last reset (for tests and the figures).
    int pagesFetched() const { return m_pagesFetched; }
    std::size_t cachedPages() const { return m_pages.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// A one-line, translated summary of an event (used by the timeline and the banner).
    static QString summary(const crisis::Event& event, crisis::Language lang);
    /// The summary of a drill.* event (an inject reaching the players shows its text).
    static QString drillSummary(const crisis::Event& event, crisis::Language lang);
    /// The summary of a statement, marketing, briefing or facts event; empty for other kinds.
    static QString communicationSummary(const crisis::Event& event);

public slots:
    void reload();

private:
    const crisis::Event* row(int row) const;

    Desk& m_desk;
    crisis::EventQuery m_query;
    bool m_utc = false;
    std::int64_t m_count = 0;
    /// Unfiltered view of a gap-free log: row r is seq m_firstSeq + r, read by key.
    bool m_bySeq = false;
    std::int64_t m_firstSeq = 0;
    mutable std::unordered_map<std::int64_t, std::vector<crisis::Event>> m_pages;
    mutable std::list<std::int64_t> m_lru; // most recently used page first
    mutable int m_pagesFetched = 0;
};
