#pragma once
// Translated names of crisis types, channels, template languages and placeholders.

#include <crisis/messages.hpp>

#include <QString>

namespace template_labels {

QString crisisType(const QString& id);
QString channel(const QString& id);
QString language(crisis::Language lang);
/// What a placeholder holds, for the preview's value fields.
QString placeholder(const QString& name);

} // namespace template_labels
