#pragma once
// Translated names and colours for core enums, in one place so every view agrees.

#include <crisis/inbox.hpp>
#include <crisis/phase.hpp>
#include <crisis/phase_machine.hpp>
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
QString statementState(crisis::StatementState state);
/// The name of one of the five Cs of crisis communication.
QString fiveC(crisis::FiveC c);
/// Translated name of a channel id of the kit ("social-post" -> "Social post").
QString channel(const QString& channelId);

} // namespace labels
