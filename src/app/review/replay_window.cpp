#include "replay_window.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../models/clock_table_model.hpp"
#include "../phase_ribbon.hpp"

#include <crisis/event_text.hpp>
#include <crisis/phase_machine.hpp>
#include <crisis/replay.hpp>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The slider moves in seconds of the incident: fine enough, and an int covers 68 years.
constexpr long long sliderUnitMs = 1000;

} // namespace

ReplayWindow::ReplayWindow(Desk& desk, std::int64_t incident, bool utc, QWidget* parent)
    : QWidget(parent, Qt::Window), m_desk(desk), m_utc(utc), m_log(desk.store().events(incident)),
      m_final(desk.store().incident(incident)), m_playbook(desk.service().playbookOf(m_final)),
      m_moments(crisis::replayMoments(m_log)) {
    setObjectName(QStringLiteral("replayWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Replay #%1 %2").arg(incident).arg(QString::fromStdString(m_final.title)));
    resize(1100, 720);

    m_positionLabel = new QLabel;
    m_positionLabel->setObjectName(QStringLiteral("replayPosition"));
    QFont big = m_positionLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_positionLabel->setFont(big);
    m_ribbon = new PhaseRibbon;
    m_clocks = new ClockTableModel(desk, this);
    auto* clockView = new QTableView;
    clockView->setObjectName(QStringLiteral("replayClocks"));
    clockView->setModel(m_clocks);
    clockView->verticalHeader()->hide();
    clockView->horizontalHeader()->setSectionResizeMode(ClockTableModel::NameColumn, QHeaderView::Stretch);
    clockView->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("replayTimeline"));

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    const auto start = m_moments.empty() ? crisis::Instant{} : m_moments.front();
    const auto end = m_moments.empty() ? start : m_moments.back();
    m_slider->setRange(0, static_cast<int>((end - start).count() / sliderUnitMs));
    m_play = new QPushButton(tr("Play"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setToolTip(tr("Play or pause (Space)"));
    auto* back = new QPushButton(tr("◀ Previous change"));
    back->setToolTip(tr("Previous change (Left)"));
    auto* forward = new QPushButton(tr("Next change ▶"));
    forward->setToolTip(tr("Next change (Right)"));
    m_speedBox = new QComboBox;
    m_speedBox->setObjectName(QStringLiteral("replaySpeed"));
    for (const double speed : {60.0, 600.0, 3600.0, 36000.0})
        m_speedBox->addItem(tr("%1× (1 s = %2)")
                                .arg(speed)
                                .arg(labels::span(crisis::Duration(static_cast<long long>(speed * 1000)))),
                            speed);
    m_speedBox->setCurrentIndex(1);

    auto* controls = new QHBoxLayout;
    controls->addWidget(back);
    controls->addWidget(m_play);
    controls->addWidget(forward);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_speedBox);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(clockView);
    split->addWidget(m_timeline);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_positionLabel);
    layout->addWidget(m_ribbon);
    layout->addWidget(split, 1);
    layout->addLayout(controls);

    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ReplayWindow::advanceByTimer);
    connect(m_play, &QPushButton::clicked, this, [this] { playing() ? pause() : play(); });
    connect(back, &QPushButton::clicked, this, &ReplayWindow::stepBack);
    connect(forward, &QPushButton::clicked, this, &ReplayWindow::stepForward);
    connect(m_slider, &QSlider::sliderMoved, this, [this, start](int value) {
        seek(start + crisis::Duration(static_cast<long long>(value) * sliderUnitMs));
    });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this] { setSpeed(m_speedBox->currentData().toDouble()); });
    new QShortcut(QKeySequence(Qt::Key_Space), this, [this] { playing() ? pause() : play(); });
    new QShortcut(QKeySequence(Qt::Key_Left), this, [this] { stepBack(); });
    new QShortcut(QKeySequence(Qt::Key_Right), this, [this] { stepForward(); });
    new QShortcut(QKeySequence::Close, this, [this] { close(); });
    setSpeed(m_speedBox->currentData().toDouble());
    display(start);
}

void ReplayWindow::seek(crisis::Instant at) {
    if (m_moments.empty())
        return;
    display(std::clamp(at, m_moments.front(), m_moments.back()));
}

void ReplayWindow::stepBack() {
    const auto it = std::lower_bound(m_moments.begin(), m_moments.end(), m_position);
    if (it != m_moments.begin())
        seek(*std::prev(it));
}

void ReplayWindow::stepForward() {
    const auto it = std::upper_bound(m_moments.begin(), m_moments.end(), m_position);
    if (it != m_moments.end())
        seek(*it);
}

void ReplayWindow::play() {
    if (m_moments.empty())
        return;
    if (m_position >= m_moments.back())
        display(m_moments.front());
    m_timer.start();
    m_play->setText(tr("Pause"));
}

void ReplayWindow::pause() {
    m_timer.stop();
    m_play->setText(tr("Play"));
}

void ReplayWindow::setSpeed(double speed) {
    m_speed = speed;
}

void ReplayWindow::advanceByTimer() {
    const auto step = crisis::Duration(static_cast<long long>(m_speed * m_timer.interval()));
    const auto next = m_position + step;
    if (next >= m_moments.back()) {
        seek(m_moments.back());
        pause();
        return;
    }
    seek(next);
}

void ReplayWindow::display(crisis::Instant at) {
    const bool changed = at != m_position || m_timeline->count() == 0;
    m_position = at;
    m_state = crisis::replayUntil(m_log, at);
    m_ribbon->setPhase(m_state.id == 0 ? std::nullopt : std::optional(m_state.phase));
    m_clocks->showSnapshot(m_state.id == 0 ? std::vector<crisis::ClockStatus>{}
                                           : crisis::status(m_state, m_playbook, at).clocks,
                           at);
    if (changed) {
        // The timeline up to `at`: rebuilt only as far as it differs from what is shown.
        const auto shown = static_cast<std::size_t>(m_timeline->count());
        std::size_t upTo = 0;
        while (upTo < m_log.size() && m_log[upTo].at <= at)
            ++upTo;
        if (upTo < shown) {
            m_timeline->clear();
        }
        for (std::size_t i = static_cast<std::size_t>(m_timeline->count()); i < upTo; ++i)
            m_timeline->addItem(labels::time(m_log[i].at, m_utc) + QStringLiteral("  ") +
                                QString::fromStdString(m_log[i].actor) + QStringLiteral("  ") +
                                QString::fromStdString(
                                    crisis::describeEvent(m_log[i], m_final, m_playbook, m_desk.language())));
        m_timeline->scrollToBottom();
    }
    const auto t0 = m_state.id == 0 ? at : m_state.detectedAt;
    m_positionLabel->setText(tr("%1 · T0 %2 %3")
                                 .arg(labels::time(at, m_utc))
                                 .arg(at >= t0 ? QStringLiteral("+") : QStringLiteral("−"))
                                 .arg(labels::span(at >= t0 ? at - t0 : t0 - at)));
    if (!m_moments.empty() && !m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>((at - m_moments.front()).count() / sliderUnitMs));
    }
}
