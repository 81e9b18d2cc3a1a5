#pragma once
// Demo data for the review: a product-quality incident closed five weeks ago, run through
// every phase (one clock late), with its review answered and an improvement plan (one item
// past due, one proposing a playbook change), so the review views show something on first start.

#include <crisis/clock.hpp>
#include <crisis/statement_service.hpp>
#include <crisis/store.hpp>
#include <crisis/time.hpp>

namespace crisis::detail {

/// Takes a demo statement through the whole workflow as a team would: drafted by `comms`,
/// submitted a minute later, approved by `legal` then `manager`, published; six minutes in all
/// on `clock`. Returns the statement id.
std::int64_t publishDemoStatement(ManualClock& clock, StatementService& comms, StatementService& legal,
                                  StatementService& manager, std::int64_t incident, const DraftRequest& draft,
                                  const PublishRequest& publish);

/// Adds the closed demo incident to `store` (playbooks and roster already seeded).
void seedDemoClosedIncident(Store& store, Instant now);

} // namespace crisis::detail
