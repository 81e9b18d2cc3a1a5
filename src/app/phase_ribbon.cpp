#include "phase_ribbon.hpp"

#include "labels.hpp"

#include <QHBoxLayout>

namespace {
constexpr std::array<crisis::Phase, 6> ribbonPhases{crisis::Phase::Prepare,    crisis::Phase::Identify,
                                                    crisis::Phase::Analyze,    crisis::Phase::Respond,
                                                    crisis::Phase::Reputation, crisis::Phase::Review};
}

PhaseRibbon::PhaseRibbon(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (std::size_t i = 0; i < ribbonPhases.size(); ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setAlignment(Qt::AlignCenter);
        m_labels[i]->setMinimumHeight(28);
        m_labels[i]->setObjectName(
            QStringLiteral("phase-%1")
                .arg(QString::fromUtf8(crisis::phaseName(ribbonPhases[i]).data(),
                                       static_cast<int>(crisis::phaseName(ribbonPhases[i]).size()))));
        layout->addWidget(m_labels[i]);
    }
    retranslate();
    setPhase(std::nullopt);
}

void PhaseRibbon::retranslate() {
    for (std::size_t i = 0; i < ribbonPhases.size(); ++i)
        m_labels[i]->setText(QStringLiteral("%1. %2").arg(i + 1).arg(labels::phase(ribbonPhases[i])));
}

void PhaseRibbon::setPhase(std::optional<crisis::Phase> phase) {
    m_phase = phase;
    for (std::size_t i = 0; i < ribbonPhases.size(); ++i) {
        const bool current = phase && *phase == ribbonPhases[i];
        const bool past = phase && static_cast<int>(*phase) > static_cast<int>(ribbonPhases[i]);
        QString style = QStringLiteral("padding: 4px 8px; border-radius: 3px;");
        if (current)
            style += QStringLiteral("background: #1f4e79; color: white; font-weight: bold;");
        else if (past)
            style += QStringLiteral("background: #d6e4f0; color: #34495e;");
        else
            style += QStringLiteral("background: #f0f0f0; color: #7f8c8d;");
        m_labels[i]->setStyleSheet(style);
        m_labels[i]->setProperty("current", current);
    }
}
