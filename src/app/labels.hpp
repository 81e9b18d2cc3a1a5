#pragma once
// Translated names and colours for core enums, in one place so every view agrees.

#include <crisis/drill_score.hpp>
#include <crisis/inbox.hpp>
#include <crisis/phase.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/review_metrics.hpp>
#include <crisis/sentiment.hpp>
#include <crisis/statement.hpp>
#include <crisis/statement_check.hpp>
#include <crisis/time.hpp>

#include <QColor>
#include <QString>

namespace labels {

QString phase(crisis::Phase phase);
QString clockState(crisis::ClockState state);
QString taskState(crisis::TaskState state);
/// Background colour that signals a clock state (overdue red, warning amber, met green).
QColor clockColor(crisis::ClockState state);
/// Translated name of a team role id ("comms" -> "Communications / PR").
QString role(const QString& roleId);
/// "HH:MM" local or UTC ("… UTC"), per the user's time display setting.
QString time(crisis::Instant at, bool utc);
/// Countdown "12:04" / "1d 03:12", or count-up "+04:10" once overdue.
QString countdown(crisis::Instant due, crisis::Instant now);
/// A duration as "1d 03:12" / "12:04" (hours:minutes) or "45s".
QString span(crisis::Duration span);
QString sentiment(crisis::SentimentLabel label);
QString inboxState(crisis::InboxState state);
/// How a target came out in the review ("met", "met late", "missed", ...).
QString targetOutcome(crisis::TargetOutcome outcome);
/// The clock colour of the state that outcome corresponds to (missed red, met green...).
QColor outcomeColor(crisis::TargetOutcome outcome);
/// The four review questions' short names.
QString reviewQuestion(const QString& questionId);
/// How an inject reaches the players ("e-mail", "phone"...).
QString delivery(crisis::Delivery delivery);
/// An inject's state in the trainer's queue.
QString injectStatus(crisis::InjectStatus status);
/// How an expected action went ("on time", "late"...).
QString outcome(crisis::Outcome outcome);
/// Background colour of an outcome (missed red, late amber, on time green).
QColor outcomeColor(crisis::Outcome outcome);
/// "P — performed without challenges"...
QString rating(crisis::Rating rating);
/// A drill instant as "T+01:05" from the drill's start.
QString drillOffset(crisis::Instant at, crisis::Instant start);

/// A statement's workflow state ("draft", "in review"...).
QString statementState(crisis::StatementState state);
/// The name of one of the five Cs of crisis communication.
QString fiveC(crisis::FiveC c);

} // namespace labels
