// Store: drill scenarios imported by trainers. Built-in scenarios live in the binary; these
// are the others, kept per id and version because a drill's log names the version it played.

#include "store_impl.hpp"

namespace crisis {

bool Store::saveScenario(const std::string& id, int version, const std::string& body, Instant at) {
    m_impl->requireWritable();
    return m_impl->guarded([&] {
        SQLite::Transaction tx(m_impl->db(), SQLite::TransactionBehavior::IMMEDIATE);
        auto& q = m_impl->stmt("SELECT body FROM scenarios WHERE id = ? AND version = ?");
        q.bind(1, id);
        q.bind(2, version);
        if (q.executeStep()) {
            const bool same = q.getColumn(0).getString() == body;
            q.reset();
            if (same)
                return false;
            throw Error(ErrorCode::RuleViolation,
                        {"drill.scenario_version_taken", {id, std::to_string(version)}});
        }
        q.reset();
        auto& i = m_impl->stmt("INSERT INTO scenarios (id, version, body, imported_at) VALUES (?, ?, ?, ?)");
        i.bind(1, id);
        i.bind(2, version);
        i.bind(3, body);
        i.bind(4, ms(at));
        i.exec();
        i.reset();
        tx.commit();
        return true;
    });
}

std::vector<StoredScenario> Store::scenarios() const {
    return m_impl->guarded([&] {
        auto& q = m_impl->stmt("SELECT id, version, body, imported_at FROM scenarios ORDER BY id, version");
        std::vector<StoredScenario> out;
        while (q.executeStep())
            out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getString(),
                           instant(q.getColumn(3).getInt64())});
        q.reset();
        return out;
    });
}

} // namespace crisis
