#include "template_labels.hpp"

#include <QCoreApplication>

namespace template_labels {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("template_labels", text);
}
} // namespace

QString crisisType(const QString& id) {
    static const std::pair<const char*, const char*> names[] = {
        {"cyber-breach", QT_TRANSLATE_NOOP("template_labels", "Cyber breach")},
        {"public-health", QT_TRANSLATE_NOOP("template_labels", "Public health")},
        {"natural-disaster", QT_TRANSLATE_NOOP("template_labels", "Natural disaster")},
        {"financial", QT_TRANSLATE_NOOP("template_labels", "Financial")},
        {"reputation", QT_TRANSLATE_NOOP("template_labels", "Reputation")},
        {"product-quality", QT_TRANSLATE_NOOP("template_labels", "Product quality")},
        {"improper-remarks", QT_TRANSLATE_NOOP("template_labels", "Improper remarks")},
        {"misinformation", QT_TRANSLATE_NOOP("template_labels", "Misinformation")},
        {"data-leak", QT_TRANSLATE_NOOP("template_labels", "Data leak")},
        {"regulation-change", QT_TRANSLATE_NOOP("template_labels", "Regulation change")}};
    for (const auto& [key, name] : names)
        if (id == QLatin1String(key))
            return tr(name);
    return id;
}

QString channel(const QString& id) {
    static const std::pair<const char*, const char*> names[] = {
        {"social-post", QT_TRANSLATE_NOOP("template_labels", "Social post")},
        {"customer-email", QT_TRANSLATE_NOOP("template_labels", "Customer e-mail")},
        {"sms", QT_TRANSLATE_NOOP("template_labels", "SMS")},
        {"press-release", QT_TRANSLATE_NOOP("template_labels", "Press release")},
        {"internal-briefing", QT_TRANSLATE_NOOP("template_labels", "Internal briefing")},
        {"faq-reply", QT_TRANSLATE_NOOP("template_labels", "Canned FAQ reply")},
        {"chatbot-reply", QT_TRANSLATE_NOOP("template_labels", "Chatbot auto-reply")}};
    for (const auto& [key, name] : names)
        if (id == QLatin1String(key))
            return tr(name);
    return id;
}

QString language(crisis::Language lang) {
    return lang == crisis::Language::Zh ? QStringLiteral("中文") : QStringLiteral("English");
}

QString placeholder(const QString& name) {
    static const std::pair<const char*, const char*> names[] = {
        {"company", QT_TRANSLATE_NOOP("template_labels", "Company")},
        {"support_contact", QT_TRANSLATE_NOOP("template_labels", "Support contact")},
        {"website", QT_TRANSLATE_NOOP("template_labels", "Website")},
        {"incident_title", QT_TRANSLATE_NOOP("template_labels", "Incident title")},
        {"detected_at", QT_TRANSLATE_NOOP("template_labels", "Detected at")},
        {"customers_affected", QT_TRANSLATE_NOOP("template_labels", "Customers affected")},
        {"affected_data", QT_TRANSLATE_NOOP("template_labels", "Affected data")},
        {"actions_taken", QT_TRANSLATE_NOOP("template_labels", "Actions taken")},
        {"next_update", QT_TRANSLATE_NOOP("template_labels", "Next update")}};
    for (const auto& [key, label] : names)
        if (name == QLatin1String(key))
            return tr(label);
    return name;
}

} // namespace template_labels
