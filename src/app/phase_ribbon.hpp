#pragma once
// The six phases in a row with the current one marked.

#include <crisis/phase.hpp>

#include <QLabel>
#include <QWidget>

#include <array>

class PhaseRibbon : public QWidget {
    Q_OBJECT
public:
    explicit PhaseRibbon(QWidget* parent = nullptr);
    void setPhase(std::optional<crisis::Phase> phase);
    std::optional<crisis::Phase> phase() const { return m_phase; }
    /// Re-reads the translated phase names (after a language switch).
    void retranslate();

private:
    std::array<QLabel*, 6> m_labels{};
    std::optional<crisis::Phase> m_phase;
};
