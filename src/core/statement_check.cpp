// Statement checks before approval. Finding codes (stable; message id "check.<code>"):
//   unresolved-placeholder  clarity        a {{placeholder}} left in the text
//   malformed-placeholder   clarity        stray {{ or }} braces
//   too-long                comprehension  over the channel's length (template.hpp's rule)
//   apology-unverified      contingency    apology / admission of fault, cause not verified
//   promise                 credibility    a promise that may not be kept
//   no-next-step            contingency    nothing says what happens next
//   no-update-time          clarity        no time for the next update
//   figure-contradicts-record  comprehension  people affected differ from the record
//   date-contradicts-record    comprehension  a discovery or onset date that is not T0's (or
//                                          opening's)
//   figure-changed          consistency    a figure changed since the last published statement
//                                          without saying so in its sentence

#include <crisis/statement_check.hpp>
#include <crisis/template.hpp>

#include "statement_facts.hpp"
#include "statement_text.hpp"
#include "statement_words.hpp"
#include "template_scan.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace crisis {

namespace {

using namespace detail;

struct Field {
    std::string_view name; // "title" or "body"
    SearchText search;
};

class Checker {
public:
    Checker(const StatementDraft& draft, const CheckContext& context)
        : m_context(context), m_words(statementWords()) {
        if (!draft.title.empty())
            m_fields.push_back({"title", prepareSearch(draft.title)});
        m_fields.push_back({"body", prepareSearch(draft.body)});
    }

    std::vector<Finding> run(const StatementDraft& draft) {
        placeholders();
        length(draft.body);
        if (!m_context.causeVerified)
            wording("apology", "apology-unverified", FiveC::Contingency);
        wording("promise", "promise", FiveC::Credibility);
        if (!anyHit("next-step"))
            add("no-next-step", FiveC::Contingency, {});
        if (!hasUpdateTime())
            add("no-update-time", FiveC::Clarity, {});
        figuresAgainstRecord();
        datesAgainstRecord();
        figuresAgainstEarlier();
        return std::move(m_findings);
    }

private:
    void add(std::string code, FiveC protects, std::vector<std::string> args, const Field* field = nullptr,
             std::size_t begin = 0, std::size_t end = 0) {
        Finding finding;
        finding.message = {"check." + code, std::move(args)};
        finding.code = std::move(code);
        finding.protects = protects;
        finding.text = render(finding.message, m_context.language);
        if (field) {
            finding.field = field->name;
            finding.span = field->search.originalOf(begin, end);
            finding.offset = field->search.origin[begin];
        }
        m_findings.push_back(std::move(finding));
    }

    // Placeholders are found in the original text: the scanner is the renderer's.
    void placeholders() {
        for (const auto& field : m_fields) {
            const auto original = field.search.original;
            const auto scanned = scanTemplateText(original);
            for (const auto& segment : scanned.segments) {
                if (!segment.placeholder)
                    continue;
                const auto at = static_cast<std::size_t>(segment.text.data() - original.data());
                const auto begin = original.rfind("{{", at);
                const auto end = original.find("}}", at) + 2;
                Finding finding;
                finding.code = "unresolved-placeholder";
                finding.protects = FiveC::Clarity;
                finding.span = std::string(original.substr(begin, end - begin));
                finding.message = {"check.unresolved-placeholder", {finding.span}};
                finding.text = render(finding.message, m_context.language);
                finding.field = field.name;
                finding.offset = begin;
                m_findings.push_back(std::move(finding));
            }
            for (const auto& issue : scanned.issues)
                add("malformed-placeholder", FiveC::Clarity,
                    {text("check.field." + std::string(field.name), m_context.language),
                     std::to_string(issue.line)});
        }
    }

    void length(std::string_view body) {
        const auto limit = channelLimit(m_context.channel, body);
        const auto count = codePointCount(body);
        if (limit && count > *limit)
            add("too-long", FiveC::Comprehension,
                {std::to_string(count), m_context.channel, std::to_string(*limit)});
    }

    // Apology and promise words, unless a negator just before cancels them ("not our fault").
    void wording(std::string_view category, const std::string& code, FiveC protects) {
        for (const auto& field : m_fields)
            for (const auto& hit : findPhrases(field.search.text, m_words[category]))
                if (!negatedAt(field.search.text, hit.begin, m_words["negation"]))
                    add(code, protects, {std::string(field.search.originalOf(hit.begin, hit.end))}, &field,
                        hit.begin, hit.end);
    }

    bool anyHit(std::string_view category) const {
        return std::any_of(m_fields.begin(), m_fields.end(), [&](const Field& field) {
            return !findPhrases(field.search.text, m_words[category]).empty();
        });
    }

    // True when the sentence holding `pos` has a phrase of `category`. A sentence that reports
    // the discovery ("we detected ... at 06:40") speaks of the past, not of the next update; a
    // changed figure is explained in its own sentence ("our revised estimate", 更新为), while
    // "update" in "next update by 18:00" explains nothing.
    bool sentenceHas(std::string_view text, std::size_t pos, std::string_view category) const {
        const auto [begin, end] = sentenceAround(text, pos);
        return !findPhrases(text.substr(begin, end - begin), m_words[category]).empty();
    }

    // A span to come ("within 24 hours") is a time for the next update; a time of day only when
    // it is tied to one: "by 18:00", 18:00前, or an update in its sentence ("we will post an
    // update at 18:00"). "The outage that started at 06:40" gives no time for the next update.
    bool hasUpdateTime() const {
        if (anyHit("update-time"))
            return true;
        return std::any_of(m_fields.begin(), m_fields.end(), [&](const Field& field) {
            const auto& text = field.search.text;
            const auto times = timeExpressions(text);
            return std::any_of(times.begin(), times.end(), [&](const TimeExpression& time) {
                if (sentenceHas(text, time.begin, "discovery") || onsetSentence(text, time.begin))
                    return false;
                return !time.clock || tiedToUpdate(text, time);
            });
        });
    }

    bool tiedToUpdate(std::string_view text, const TimeExpression& time) const {
        std::string_view before = text.substr(0, time.begin);
        while (!before.empty() && before.back() == ' ')
            before.remove_suffix(1);
        if (!longestSuffix(before, m_words["update-by"]).empty())
            return true;
        const auto after = text.substr(time.end);
        for (const std::string_view suffix : {"前", "之前", "以前"})
            if (after.starts_with(suffix))
                return true;
        return sentenceHas(text, time.begin, "update-cue");
    }

    // True when the sentence holding `pos` says when the incident began ("occurred on March 5",
    // 事件于3月5日发生) and not what is to come. "began" / "started" before "to" or an -ing word
    // and 开始 before a verb are someone's action ("we began notifying", 开始通知), not the onset.
    bool onsetSentence(std::string_view text, std::size_t pos) const {
        const auto [begin, end] = sentenceAround(text, pos);
        const auto sentence = text.substr(begin, end - begin);
        if (!findPhrases(sentence, m_words["future"]).empty())
            return false;
        for (const auto& hit : findPhrases(sentence, m_words["onset"])) {
            const auto word = sentence.substr(hit.begin, hit.end - hit.begin);
            auto rest = sentence.substr(hit.end);
            if (isAsciiWordChar(word.front())) {
                while (!rest.empty() && rest.front() == ' ')
                    rest.remove_prefix(1);
                std::size_t n = 0;
                while (n < rest.size() && isAsciiWordChar(rest[n]))
                    ++n;
                const auto next = rest.substr(0, n);
                if ((word == "began" || word == "started") && (next == "to" || next.ends_with("ing")))
                    continue;
                return true;
            }
            if (word == "开始" && !rest.empty() && !rest.starts_with("的")) {
                const auto cp = decodeUtf8(rest, 0).value;
                if (cp >= 0x4E00 && cp <= 0x9FFF)
                    continue;
            }
            return true;
        }
        return false;
    }

    void figuresAgainstRecord() {
        if (!m_context.customersAffected)
            return;
        for (const auto& field : m_fields)
            for (const auto& figure : peopleFigures(field.search.text, m_words))
                if (!figureAllows(figure, *m_context.customersAffected))
                    add("figure-contradicts-record", FiveC::Comprehension,
                        {std::string(field.search.originalOf(figure.begin, figure.end)),
                         std::to_string(*m_context.customersAffected)},
                        &field, figure.begin, figure.end);
    }

    void datesAgainstRecord() {
        using namespace std::chrono;
        const auto localDate = [&](Instant at) {
            return year_month_day{floor<days>(at + m_context.utcOffset)};
        };
        const std::array<year_month_day, 2> known{localDate(m_context.detectedAt),
                                                  localDate(m_context.openedAt)};
        const auto matches = [&](const DateMention& date) {
            return std::any_of(known.begin(), known.end(), [&](const year_month_day& day) {
                return (!date.year || *date.year == static_cast<int>(day.year())) &&
                       date.month == static_cast<unsigned>(day.month()) &&
                       date.day == static_cast<unsigned>(day.day());
            });
        };
        for (const auto& field : m_fields)
            for (const auto& date : datesIn(field.search.text))
                if ((sentenceHas(field.search.text, date.begin, "discovery") ||
                     onsetSentence(field.search.text, date.begin)) &&
                    !matches(date))
                    add("date-contradicts-record", FiveC::Comprehension,
                        {std::string(field.search.originalOf(date.begin, date.end)),
                         formatInstant(m_context.detectedAt + m_context.utcOffset).substr(0, 10)},
                        &field, date.begin, date.end);
    }

    // The most recent earlier statement that gives a figure sets what readers believe.
    void figuresAgainstEarlier() {
        const auto& earlier = m_context.earlierStatements;
        for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
            const auto search = prepareSearch(*it);
            const auto figures = peopleFigures(search.text, m_words);
            if (figures.empty())
                continue;
            const auto& previous = figures.front();
            const std::string previousText(search.originalOf(previous.begin, previous.end));
            // "1.2万" and "12,000" are the same figure, up to floating point.
            const auto changed = [&](const PeopleFigure& figure) {
                return std::fabs(figure.value - previous.value) > 1e-6 * std::max(1.0, previous.value);
            };
            for (const auto& field : m_fields)
                for (const auto& figure : peopleFigures(field.search.text, m_words))
                    if (changed(figure) && !sentenceHas(field.search.text, figure.begin, "explanation"))
                        add("figure-changed", FiveC::Consistency,
                            {std::string(field.search.originalOf(figure.begin, figure.end)), previousText},
                            &field, figure.begin, figure.end);
            return;
        }
    }

    const CheckContext& m_context;
    const StatementWords& m_words;
    std::vector<Field> m_fields;
    std::vector<Finding> m_findings;
};

} // namespace

std::string_view fiveCName(FiveC c) {
    switch (c) {
    case FiveC::Comprehension:
        return "comprehension";
    case FiveC::Clarity:
        return "clarity";
    case FiveC::Consistency:
        return "consistency";
    case FiveC::Credibility:
        return "credibility";
    case FiveC::Contingency:
        return "contingency";
    }
    return "clarity";
}

std::vector<Finding> checkStatement(const StatementDraft& draft, const CheckContext& context) {
    return Checker(draft, context).run(draft);
}

} // namespace crisis
