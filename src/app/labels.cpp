#include "labels.hpp"

#include <QCoreApplication>
#include <QDateTime>

namespace labels {

QString phase(crisis::Phase phase) {
    using crisis::Phase;
    switch (phase) {
    case Phase::Prepare:
        return QCoreApplication::translate("labels", "Prepare");
    case Phase::Identify:
        return QCoreApplication::translate("labels", "Identify");
    case Phase::Analyze:
        return QCoreApplication::translate("labels", "Analyze");
    case Phase::Respond:
        return QCoreApplication::translate("labels", "Respond");
    case Phase::Reputation:
        return QCoreApplication::translate("labels", "Reputation");
    case Phase::Review:
        return QCoreApplication::translate("labels", "Review");
    case Phase::Closed:
        return QCoreApplication::translate("labels", "Closed");
    }
    return {};
}

QString clockState(crisis::ClockState state) {
    using crisis::ClockState;
    switch (state) {
    case ClockState::NotStarted:
        return QCoreApplication::translate("labels", "not started");
    case ClockState::Pending:
        return QCoreApplication::translate("labels", "pending");
    case ClockState::Warning:
        return QCoreApplication::translate("labels", "warning");
    case ClockState::Met:
        return QCoreApplication::translate("labels", "met");
    case ClockState::MetLate:
        return QCoreApplication::translate("labels", "met late");
    case ClockState::Overdue:
        return QCoreApplication::translate("labels", "overdue");
    }
    return {};
}

QString taskState(crisis::TaskState state) {
    using crisis::TaskState;
    switch (state) {
    case TaskState::Open:
        return QCoreApplication::translate("labels", "open");
    case TaskState::Overdue:
        return QCoreApplication::translate("labels", "overdue");
    case TaskState::Done:
        return QCoreApplication::translate("labels", "done");
    case TaskState::DoneLate:
        return QCoreApplication::translate("labels", "done late");
    }
    return {};
}

QString role(const QString& roleId) {
    if (roleId == QLatin1String("crisis-manager"))
        return QCoreApplication::translate("labels", "Crisis manager");
    if (roleId == QLatin1String("comms"))
        return QCoreApplication::translate("labels", "Communications / PR");
    if (roleId == QLatin1String("it"))
        return QCoreApplication::translate("labels", "IT / security");
    if (roleId == QLatin1String("hr"))
        return QCoreApplication::translate("labels", "HR");
    if (roleId == QLatin1String("operations"))
        return QCoreApplication::translate("labels", "Operations");
    if (roleId == QLatin1String("social"))
        return QCoreApplication::translate("labels", "Social media");
    if (roleId == QLatin1String("legal"))
        return QCoreApplication::translate("labels", "Legal");
    if (roleId == QLatin1String("customer-service"))
        return QCoreApplication::translate("labels", "Customer service");
    return roleId;
}

QColor clockColor(crisis::ClockState state) {
    using crisis::ClockState;
    switch (state) {
    case ClockState::Overdue:
        return QColor(0xF2, 0xB8, 0xB5);
    case ClockState::Warning:
        return QColor(0xFC, 0xE3, 0xA6);
    case ClockState::Met:
        return QColor(0xC8, 0xE6, 0xC9);
    case ClockState::MetLate:
        return QColor(0xE6, 0xDD, 0xB8);
    case ClockState::NotStarted:
        return QColor(0xEE, 0xEE, 0xEE);
    case ClockState::Pending:
        return QColor(Qt::white);
    }
    return QColor(Qt::white);
}

QString time(crisis::Instant at, bool utc) {
    const auto dt = QDateTime::fromMSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC);
    if (utc)
        return dt.toString(QStringLiteral("MM-dd HH:mm")) + QStringLiteral(" UTC");
    return dt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
}

QString countdown(crisis::Instant due, crisis::Instant now) {
    const bool over = now > due;
    long long seconds =
        std::chrono::duration_cast<std::chrono::seconds>(over ? now - due : due - now).count();
    const long long days = seconds / 86400;
    seconds %= 86400;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (days > 0)
        text = QStringLiteral("%1d ").arg(days) + text;
    return over ? QStringLiteral("+") + text : text;
}

QString span(crisis::Duration span) {
    long long seconds = std::chrono::duration_cast<std::chrono::seconds>(span).count();
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QCoreApplication::translate("labels", "%1s").arg(seconds);
    const long long days = seconds / 86400;
    seconds %= 86400;
    QString text = QStringLiteral("%1:%2")
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QCoreApplication::translate("labels", "%1d").arg(days) + QLatin1Char(' ') + text : text;
}

QString sentiment(crisis::SentimentLabel label) {
    switch (label) {
    case crisis::SentimentLabel::Negative:
        return QCoreApplication::translate("labels", "negative");
    case crisis::SentimentLabel::Positive:
        return QCoreApplication::translate("labels", "positive");
    case crisis::SentimentLabel::Neutral:
        break;
    }
    return QCoreApplication::translate("labels", "neutral");
}

QString inboxState(crisis::InboxState state) {
    switch (state) {
    case crisis::InboxState::Open:
        return QCoreApplication::translate("labels", "open");
    case crisis::InboxState::Replied:
        return QCoreApplication::translate("labels", "replied");
    case crisis::InboxState::Reviewed:
        return QCoreApplication::translate("labels", "reviewed");
    case crisis::InboxState::NoAction:
        return QCoreApplication::translate("labels", "no action");
    }
    return {};
}

QString targetOutcome(crisis::TargetOutcome outcome) {
    using crisis::TargetOutcome;
    switch (outcome) {
    case TargetOutcome::Met:
        return QCoreApplication::translate("labels", "met");
    case TargetOutcome::MetLate:
        return QCoreApplication::translate("labels", "met late");
    case TargetOutcome::Missed:
        return QCoreApplication::translate("labels", "missed");
    case TargetOutcome::Running:
        return QCoreApplication::translate("labels", "running");
    case TargetOutcome::NotStarted:
        break;
    }
    return QCoreApplication::translate("labels", "not started");
}

QColor outcomeColor(crisis::TargetOutcome outcome) {
    using crisis::TargetOutcome;
    switch (outcome) {
    case TargetOutcome::Met:
        return clockColor(crisis::ClockState::Met);
    case TargetOutcome::MetLate:
        return clockColor(crisis::ClockState::MetLate);
    case TargetOutcome::Missed:
        return clockColor(crisis::ClockState::Overdue);
    case TargetOutcome::Running:
        return clockColor(crisis::ClockState::Pending);
    case TargetOutcome::NotStarted:
        break;
    }
    return clockColor(crisis::ClockState::NotStarted);
}

QString reviewQuestion(const QString& questionId) {
    if (questionId == QLatin1String("what-worked"))
        return QCoreApplication::translate("labels", "What went well");
    if (questionId == QLatin1String("challenges"))
        return QCoreApplication::translate("labels", "Main challenges and how to meet them next time");
    if (questionId == QLatin1String("team-support"))
        return QCoreApplication::translate("labels", "Was the team trained and supported enough");
    if (questionId == QLatin1String("channels-formats"))
        return QCoreApplication::translate("labels", "Which channels and formats worked best");
    return questionId;
}

QString delivery(crisis::Delivery delivery) {
    using crisis::Delivery;
    switch (delivery) {
    case Delivery::Email:
        return QCoreApplication::translate("labels", "e-mail");
    case Delivery::Phone:
        return QCoreApplication::translate("labels", "phone");
    case Delivery::SocialPost:
        return QCoreApplication::translate("labels", "social post");
    case Delivery::News:
        return QCoreApplication::translate("labels", "news");
    case Delivery::Internal:
        return QCoreApplication::translate("labels", "internal");
    }
    return {};
}

QString injectStatus(crisis::InjectStatus status) {
    using crisis::InjectStatus;
    switch (status) {
    case InjectStatus::Pending:
        return QCoreApplication::translate("labels", "to come", "inject status");
    case InjectStatus::Fired:
        return QCoreApplication::translate("labels", "fired", "inject status");
    case InjectStatus::Skipped:
        return QCoreApplication::translate("labels", "skipped", "inject status");
    }
    return {};
}

QString outcome(crisis::Outcome outcome) {
    using crisis::Outcome;
    switch (outcome) {
    case Outcome::Pending:
        return QCoreApplication::translate("labels", "pending", "expected action");
    case Outcome::OnTime:
        return QCoreApplication::translate("labels", "on time", "expected action");
    case Outcome::Late:
        return QCoreApplication::translate("labels", "late", "expected action");
    case Outcome::Missed:
        return QCoreApplication::translate("labels", "missed", "expected action");
    case Outcome::NotDelivered:
        return QCoreApplication::translate("labels", "not delivered", "expected action");
    }
    return {};
}

QColor outcomeColor(crisis::Outcome outcome) {
    using crisis::ClockState;
    using crisis::Outcome;
    switch (outcome) {
    case Outcome::OnTime:
        return clockColor(ClockState::Met);
    case Outcome::Late:
        return clockColor(ClockState::Warning);
    case Outcome::Missed:
        return clockColor(ClockState::Overdue);
    default:
        return clockColor(ClockState::Pending);
    }
}

QString rating(crisis::Rating rating) {
    using crisis::Rating;
    switch (rating) {
    case Rating::P:
        return QCoreApplication::translate("labels", "P — performed without challenges");
    case Rating::S:
        return QCoreApplication::translate("labels", "S — performed with some challenges");
    case Rating::M:
        return QCoreApplication::translate("labels", "M — performed with major challenges");
    case Rating::U:
        return QCoreApplication::translate("labels", "U — unable to be performed");
    }
    return {};
}

QString drillOffset(crisis::Instant at, crisis::Instant start) {
    const long long seconds = std::chrono::duration_cast<std::chrono::seconds>(at - start).count();
    const long long total = seconds < 0 ? -seconds : seconds;
    return QStringLiteral("T%1%2:%3:%4")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString statementState(crisis::StatementState state) {
    switch (state) {
    case crisis::StatementState::Draft:
        return QCoreApplication::translate("labels", "draft");
    case crisis::StatementState::InReview:
        return QCoreApplication::translate("labels", "in review");
    case crisis::StatementState::Approved:
        return QCoreApplication::translate("labels", "approved");
    case crisis::StatementState::Published:
        return QCoreApplication::translate("labels", "published");
    }
    return {};
}

QString fiveC(crisis::FiveC c) {
    switch (c) {
    case crisis::FiveC::Comprehension:
        return QCoreApplication::translate("labels", "Comprehension");
    case crisis::FiveC::Clarity:
        return QCoreApplication::translate("labels", "Clarity");
    case crisis::FiveC::Consistency:
        return QCoreApplication::translate("labels", "Consistency");
    case crisis::FiveC::Credibility:
        return QCoreApplication::translate("labels", "Credibility");
    case crisis::FiveC::Contingency:
        return QCoreApplication::translate("labels", "Contingency");
    }
    return {};
}

} // namespace labels
