#include <crisis/error.hpp>

namespace crisis {

Error::Error(ErrorCode code, Message message)
    : std::runtime_error(render(message, Language::En)), m_code(code), m_message(std::move(message)) {}

Error::Error(ErrorCode code, Message message, const std::string& whatText)
    : std::runtime_error(whatText), m_code(code), m_message(std::move(message)) {}

std::string Error::describe(Language lang) const {
    return render(m_message, lang);
}

namespace {

std::string describeProblems(const Message& summary, const std::vector<Problem>& problems, Language lang) {
    std::string out = render(summary, lang);
    for (const auto& problem : problems)
        out += "\n  " + (problem.pointer.empty() ? std::string("/") : problem.pointer) + ": " +
               render(problem.message, lang);
    return out;
}

Message summaryOf(const std::string& source, std::size_t count, std::string id) {
    return {std::move(id), {source, std::to_string(count)}};
}

} // namespace

ValidationError::ValidationError(std::string source, std::vector<Problem> problems)
    : ValidationError(std::move(source), std::move(problems), "validation.summary") {}

ValidationError::ValidationError(std::string source, std::vector<Problem> problems, std::string summaryId)
    : Error(ErrorCode::InvalidInput, summaryOf(source, problems.size(), summaryId),
            describeProblems(summaryOf(source, problems.size(), summaryId), problems, Language::En)),
      m_source(std::move(source)), m_problems(std::move(problems)) {}

std::string ValidationError::describe(Language lang) const {
    return describeProblems(message(), m_problems, lang);
}

} // namespace crisis
