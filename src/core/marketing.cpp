// The marketing register: CSV import and pausing for a crisis (marketing.hpp).

#include <crisis/error.hpp>
#include <crisis/marketing.hpp>

#include "checklist_tick.hpp"
#include "csv_reader.hpp"
#include "text.hpp"

#include <algorithm>
#include <map>
#include <limits>
#include <set>
#include <tuple>

namespace crisis {

namespace {

using Key = std::tuple<std::string, std::string, Instant>;

Key keyOf(const MarketingItem& item) {
    return {item.name, item.channel, item.scheduledAt};
}

std::optional<bool> flag(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    if (text.empty() || text == "no" || text == "false" || text == "0")
        return false;
    if (text == "yes" || text == "true" || text == "1")
        return true;
    return std::nullopt;
}

std::string trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

// Every problem of one item, as catalogue messages (shared by add and import).
std::vector<Message> itemProblems(const MarketingItem& item) {
    std::vector<Message> out;
    if (detail::isBlank(item.name))
        out.push_back({"error.marketing_name_blank", {}});
    if (detail::isBlank(item.channel))
        out.push_back({"error.marketing_channel_blank", {}});
    if (item.endsAt && *item.endsAt < item.scheduledAt)
        out.push_back(
            {"error.marketing_ends_before", {formatInstant(*item.endsAt), formatInstant(item.scheduledAt)}});
    return out;
}

constexpr std::string_view requiredColumns[] = {"name", "channel", "scheduled_at"};

// The rows of a register file; `existing` are the keys already in the register (reported by line
// like any other problem).
std::vector<MarketingItem> parseRows(std::string_view data, const std::string& source,
                                     const std::set<Key>& existing) {
    std::vector<Problem> problems;
    std::vector<MarketingItem> items;
    std::vector<std::string> header;
    std::map<Key, std::size_t> seen; // -> line
    const auto column = [&](const std::vector<std::string>& fields, std::string_view name) -> std::string {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end())
            return {};
        const auto index = static_cast<std::size_t>(it - header.begin());
        return index < fields.size() ? trimmed(fields[index]) : std::string();
    };
    const auto error = detail::readCsv(data, [&](std::vector<std::string>& fields, std::size_t line) {
        const std::string where = "line " + std::to_string(line);
        if (header.empty()) {
            for (const auto& f : fields)
                header.push_back(trimmed(f));
            for (const auto name : requiredColumns)
                if (std::find(header.begin(), header.end(), name) == header.end())
                    problems.push_back({where, {"marketing.missing_column", {std::string(name)}}});
            return problems.empty(); // without the columns no row can be read
        }
        if (fields.size() == 1 && detail::isBlank(fields.front()))
            return true; // a blank line
        if (fields.size() != header.size()) {
            problems.push_back(
                {where,
                 {"mentions.field_count", {std::to_string(fields.size()), std::to_string(header.size())}}});
            return true;
        }
        MarketingItem item;
        std::vector<std::string> wrong;
        item.name = column(fields, "name");
        item.channel = column(fields, "channel");
        if (const auto at = parseInstant(column(fields, "scheduled_at")))
            item.scheduledAt = *at;
        else
            wrong.push_back("scheduled_at");
        if (const auto ends = column(fields, "ends_at"); !ends.empty()) {
            if (const auto at = parseInstant(ends))
                item.endsAt = *at;
            else
                wrong.push_back("ends_at");
        }
        if (const auto crisis = flag(column(fields, "crisis")))
            item.crisis = *crisis;
        else
            wrong.push_back("crisis");
        if (!wrong.empty()) {
            std::string names;
            for (const auto& w : wrong)
                names += (names.empty() ? "" : ", ") + w;
            problems.push_back({where, {"mentions.bad_row", {names}}});
        }
        for (auto& message : itemProblems(item))
            problems.push_back({where, std::move(message)});
        if (!wrong.empty())
            return true;
        if (const auto [it, fresh] = seen.emplace(keyOf(item), line); !fresh)
            problems.push_back({where, {"marketing.duplicate_row", {std::to_string(it->second)}}});
        else if (existing.contains(keyOf(item)))
            problems.push_back(
                {where,
                 {"error.marketing_duplicate", {item.name, item.channel, formatInstant(item.scheduledAt)}}});
        items.push_back(std::move(item));
        return true;
    });
    if (error)
        problems.push_back({"line " + std::to_string(error->line), {"mentions.csv_syntax", {error->what}}});
    if (header.empty() && problems.empty())
        problems.push_back({"line 1", {"marketing.missing_column", {"name"}}});
    if (!problems.empty())
        throw ValidationError(source, std::move(problems));
    return items;
}

} // namespace

bool isUpcoming(const MarketingItem& item, Instant at) {
    return item.scheduledAt > at || (item.endsAt && *item.endsAt > at);
}

std::vector<MarketingItem> parseMarketingCsv(std::string_view data, const std::string& source) {
    return parseRows(data, source, {});
}

MarketingService::MarketingService(Store& store, IncidentService& incidents, const Clock& clock,
                                   std::string actor)
    : m_store(store), m_incidents(incidents), m_clock(clock), m_actor(std::move(actor)) {}

MarketingItem MarketingService::add(const MarketingItem& item) {
    const auto problems = itemProblems(item);
    if (!problems.empty())
        throw Error(ErrorCode::InvalidInput, problems.front());
    return m_store.addMarketingItems({item}).front();
}

std::vector<MarketingItem> MarketingService::import(std::string_view csv, const std::string& source) {
    std::set<Key> existing;
    for (const auto& item : m_store.marketingItems())
        existing.insert(keyOf(item));
    return m_store.addMarketingItems(parseRows(csv, source, existing));
}

std::vector<MarketingItem> MarketingService::items() const {
    return m_store.marketingItems();
}

std::vector<MarketingItem> MarketingService::pausedBy(std::int64_t incident) const {
    auto all = m_store.marketingItems();
    std::erase_if(all, [&](const MarketingItem& i) { return !i.paused || i.pausedBy != incident; });
    return all;
}

PauseOutcome MarketingService::pause(std::int64_t incident) {
    PauseOutcome out;
    m_store.batch([&] {
        // The register is real: what is still to come is judged on the real clock, whatever the
        // incident's own (a drill's) time.
        const Instant now = m_clock.now();
        m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext& ctx) {
            if (!ctx.current.isOpen())
                throw Error(ErrorCode::RuleViolation, {"error.incident_closed", {std::to_string(incident)}});
            out.paused.clear();
            out.rehearsed = ctx.current.drill;
            nlohmann::json ids = nlohmann::json::array();
            nlohmann::json names = nlohmann::json::array();
            for (const auto& item : m_store.marketingItems())
                if (!item.crisis && !item.paused && isUpcoming(item, now)) {
                    out.paused.push_back(item);
                    if (!out.rehearsed)
                        ids.push_back(item.id);
                    names.push_back(item.name);
                }
            nlohmann::json payload{{"items", ids}, {"names", names}};
            if (out.rehearsed)
                payload["drill"] = true; // a drill rehearses the pause: no real campaign stops
            return EventDraft{std::string(event_kind::marketingPaused), std::move(payload)};
        });
        out.ticked = detail::tickIfPending(m_store, m_incidents, incident, std::string(pausedItem));
    });
    if (!out.rehearsed)
        for (auto& item : out.paused) {
            item.paused = true;
            item.pausedBy = incident;
        }
    return out;
}

bool MarketingService::stillPausing(std::int64_t incident) const {
    // Its latest word on marketing was a pause, not a resume.
    const auto last = [&](std::string_view kind) {
        EventQuery query;
        query.incident = incident;
        query.kind = std::string(kind);
        const auto events = m_store.eventPage(query, 0, std::numeric_limits<std::int64_t>::max());
        return events.empty() ? std::int64_t{0} : events.back().seq;
    };
    return last(event_kind::marketingPaused) > last(event_kind::marketingResumed);
}

std::vector<MarketingItem> MarketingService::resume(std::int64_t incident) {
    std::vector<MarketingItem> resumed;
    std::int64_t keptFor = 0;
    m_store.append(incident, m_incidents.nowFor(incident), m_actor, [&](const AppendContext&) {
        // A closed incident may still resume: closing is when the console offers it.
        resumed = pausedBy(incident);
        if (resumed.empty())
            throw Error(ErrorCode::RuleViolation, {"error.nothing_paused", {std::to_string(incident)}});
        // Another real crisis still open with its marketing paused must not see the campaigns
        // come back: they stay paused, now held by that incident (the latest such one).
        for (const auto& other : m_store.incidents(false))
            if (other.id != incident && !other.drill && other.id > keptFor && stillPausing(other.id))
                keptFor = other.id;
        nlohmann::json ids = nlohmann::json::array();
        nlohmann::json names = nlohmann::json::array();
        for (const auto& item : resumed) {
            ids.push_back(item.id);
            names.push_back(item.name);
        }
        nlohmann::json payload{{"items", ids}, {"names", names}};
        if (keptFor != 0)
            payload["kept_for"] = keptFor;
        return EventDraft{std::string(event_kind::marketingResumed), std::move(payload)};
    });
    for (auto& item : resumed) {
        item.paused = keptFor != 0;
        item.pausedBy = keptFor;
    }
    return resumed;
}

} // namespace crisis
