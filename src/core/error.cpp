#include <crisis/error.hpp>

namespace crisis {

Error::Error(ErrorCode code, Message message)
    : std::runtime_error(render(message, Language::En)), m_code(code), m_message(std::move(message)) {}

std::string Error::describe(Language lang) const {
    return render(m_message, lang);
}

ValidationError::ValidationError(std::string source, std::vector<Problem> problems)
    : Error(ErrorCode::InvalidInput, {"validation.summary", {source, std::to_string(problems.size())}}),
      m_source(std::move(source)), m_problems(std::move(problems)) {}

std::string ValidationError::describe(Language lang) const {
    std::string out = Error::describe(lang);
    for (const auto& problem : m_problems)
        out += "\n  " + (problem.pointer.empty() ? std::string("/") : problem.pointer) + ": " +
               render(problem.message, lang);
    return out;
}

} // namespace crisis
