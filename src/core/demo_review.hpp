#pragma once
// Demo data for the review: a product-quality incident closed five weeks ago, run through
// every phase (one clock late), with its review answered and an improvement plan (one item
// past due, one proposing a playbook change), so the review views show something on first start.

#include <crisis/store.hpp>
#include <crisis/time.hpp>

namespace crisis::detail {

/// Adds the closed demo incident to `store` (playbooks and roster already seeded).
void seedDemoClosedIncident(Store& store, Instant now);

} // namespace crisis::detail
