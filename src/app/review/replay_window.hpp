#pragma once
// Plays a closed incident or a drill back: the phase ribbon, the clocks and the timeline as
// they were at each instant. The state at an instant is the fold of the log up to it
// (replay.hpp), so the playback ends exactly in the state the log describes.

#include <crisis/event.hpp>
#include <crisis/incident.hpp>
#include <crisis/playbook.hpp>

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <vector>

class ClockTableModel;
class Desk;
class PhaseRibbon;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

class ReplayWindow : public QWidget {
    Q_OBJECT
public:
    /// Loads the log of `incident` once; throws crisis::Error for an unknown incident.
    ReplayWindow(Desk& desk, std::int64_t incident, bool utc, QWidget* parent = nullptr);

    /// Shows the state at `at` (clamped to the log's span).
    void seek(crisis::Instant at);
    /// Jumps to the previous / next instant at which something changed.
    void stepBack();
    void stepForward();
    void play();
    void pause();
    bool playing() const { return m_timer.isActive(); }
    /// Replay seconds per real second.
    void setSpeed(double speed);

    crisis::Instant position() const { return m_position; }
    const crisis::Incident& state() const { return m_state; }
    const std::vector<crisis::Instant>& moments() const { return m_moments; }
    PhaseRibbon* ribbon() const { return m_ribbon; }
    ClockTableModel* clocks() const { return m_clocks; }
    QListWidget* timeline() const { return m_timeline; }
    QSlider* slider() const { return m_slider; }
    QLabel* positionLabel() const { return m_positionLabel; }

private:
    void advanceByTimer();
    void display(crisis::Instant at);

    Desk& m_desk;
    bool m_utc;
    std::vector<crisis::Event> m_log;
    crisis::Incident m_final; ///< the state the log ends in: names of tasks and items
    crisis::Playbook m_playbook;
    std::vector<crisis::Instant> m_moments;
    crisis::Instant m_position;
    crisis::Incident m_state;
    double m_speed = 600;
    QTimer m_timer;
    PhaseRibbon* m_ribbon;
    ClockTableModel* m_clocks;
    QListWidget* m_timeline;
    QSlider* m_slider;
    QLabel* m_positionLabel;
    QPushButton* m_play;
    QComboBox* m_speedBox;
};
