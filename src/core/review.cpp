#include <crisis/error.hpp>
#include <crisis/review.hpp>

#include "bad_event.hpp"
#include "text.hpp"

#include <algorithm>

namespace crisis {

namespace {

using json = nlohmann::json;

using detail::badEvent;

void requireText(std::vector<Problem>& problems, const std::string& value, const char* key) {
    if (detail::isBlank(value))
        problems.push_back({std::string("/") + key, {"json.expected_string", {}}});
}

void throwIf(std::vector<Problem> problems, const char* source) {
    if (!problems.empty())
        throw ValidationError(source, std::move(problems));
}

ImprovementItem readImprovement(const Event& event) {
    const auto& p = event.payload;
    ImprovementItem item;
    item.id = p.at("id").get<std::string>();
    item.finding = p.at("finding").get<std::string>();
    item.action = p.at("action").get<std::string>();
    item.owner = p.at("owner").get<std::string>();
    const auto due = parseInstant(p.at("due").get<std::string>());
    if (!due)
        badEvent(event, "bad time in due");
    item.due = *due;
    if (p.contains("proposal"))
        item.proposal = proposalFromJson(p["proposal"], "improvement " + item.id);
    item.addedAt = event.at;
    return item;
}

} // namespace

bool isReviewQuestion(std::string_view id) {
    return std::find(reviewQuestions.begin(), reviewQuestions.end(), id) != reviewQuestions.end();
}

std::string_view improvementStatusName(ImprovementStatus status) {
    return status == ImprovementStatus::Done ? "done" : "open";
}

const ImprovementItem* ReviewState::improvement(std::string_view id) const {
    const auto it = std::find_if(improvements.begin(), improvements.end(),
                                 [&](const ImprovementItem& item) { return item.id == id; });
    return it == improvements.end() ? nullptr : &*it;
}

bool ReviewState::answered(std::string_view question) const {
    const auto it = answers.find(std::string(question));
    return it != answers.end() && !it->second.empty();
}

ReviewState foldReview(const std::vector<Event>& log) {
    ReviewState state;
    for (const auto& event : log) {
        const auto& p = event.payload;
        try {
            if (event.kind == event_kind::reviewAnswered) {
                ReviewAnswer answer{p.at("question").get<std::string>(), p.at("team").get<std::string>(),
                                    p.at("text").get<std::string>(), event.at, event.actor};
                state.answers[answer.question][answer.team] = std::move(answer);
            } else if (event.kind == event_kind::reviewNoted) {
                state.notes.push_back({p.at("text").get<std::string>(), event.at, event.actor});
            } else if (event.kind == event_kind::improvementAdded) {
                auto item = readImprovement(event);
                if (state.improvement(item.id))
                    badEvent(event, "improvement " + item.id + " added twice");
                state.improvements.push_back(std::move(item));
            } else if (event.kind == event_kind::improvementDone ||
                       event.kind == event_kind::improvementAccepted) {
                const auto id = p.at("id").get<std::string>();
                const auto it = std::find_if(state.improvements.begin(), state.improvements.end(),
                                             [&](const ImprovementItem& item) { return item.id == id; });
                if (it == state.improvements.end())
                    badEvent(event, "unknown improvement " + id);
                if (event.kind == event_kind::improvementAccepted) {
                    it->acceptedVersion = p.at("version").get<int>();
                } else {
                    it->status = ImprovementStatus::Done;
                    it->doneAt = event.at;
                    it->doneBy = event.actor;
                }
            }
        } catch (const json::exception& e) {
            badEvent(event, e.what());
        } catch (const ValidationError& e) {
            badEvent(event, e.what());
        }
    }
    return state;
}

std::vector<ImprovementItem> overdueImprovements(const ReviewState& review, Instant at) {
    std::vector<ImprovementItem> out;
    std::copy_if(
        review.improvements.begin(), review.improvements.end(), std::back_inserter(out),
        [&](const ImprovementItem& item) { return item.status == ImprovementStatus::Open && at > item.due; });
    return out;
}

json reviewAnsweredPayload(const std::string& question, const std::string& team, const std::string& text) {
    std::vector<Problem> problems;
    if (!isReviewQuestion(question))
        problems.push_back({"/question", {"review.unknown_question", {question}}});
    requireText(problems, team, "team");
    requireText(problems, text, "text");
    throwIf(std::move(problems), "review.answered");
    return {{"question", question}, {"team", team}, {"text", text}};
}

json reviewNotedPayload(const std::string& text) {
    std::vector<Problem> problems;
    requireText(problems, text, "text");
    throwIf(std::move(problems), "review.noted");
    return {{"text", text}};
}

json improvementAddedPayload(const ImprovementItem& item) {
    std::vector<Problem> problems;
    if (!detail::isKebabId(item.id))
        problems.push_back({"/id", {"playbook.id_pattern", {item.id}}});
    requireText(problems, item.finding, "finding");
    requireText(problems, item.action, "action");
    requireText(problems, item.owner, "owner");
    throwIf(std::move(problems), "improvement.added");
    json payload{{"id", item.id},
                 {"finding", item.finding},
                 {"action", item.action},
                 {"owner", item.owner},
                 {"due", formatInstant(item.due)}};
    if (item.proposal)
        payload["proposal"] = proposalToJson(*item.proposal);
    return payload;
}

json improvementDonePayload(const std::string& id) {
    return {{"id", id}};
}

} // namespace crisis
