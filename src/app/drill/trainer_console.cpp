#include "trainer_console.hpp"

#include "../actions.hpp"
#include "../desk.hpp"
#include "../export_file.hpp"
#include "../labels.hpp"
#include "drill_notes_model.hpp"
#include "drill_score_models.hpp"
#include "inject_queue_model.hpp"

#include <crisis/error.hpp>
#include <html_pdf.hpp>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace {

// Speed steps of the faster / slower actions; the spin box takes any whole number in between.
constexpr std::array<int, 8> speedSteps{1, 2, 5, 10, 20, 30, 60, 120};

QTableView* table(QAbstractItemModel* model, const char* name, int stretchColumn) {
    auto* view = new QTableView;
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

QLabel* makeErrorLabel() {
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("drillError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->hide();
    return label;
}

// A tab: its table above, its form below.
QWidget* tabPage(QWidget* view, QLayout* form) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addLayout(form);
    return page;
}

void fillKinds(QComboBox* box) {
    for (const auto kind :
         {crisis::NoteKind::Observation, crisis::NoteKind::Strength, crisis::NoteKind::Improvement})
        box->addItem(DrillNotesModel::kindName(kind), static_cast<int>(kind));
}

} // namespace

TrainerConsole::TrainerConsole(Desk& desk, QWidget* parent)
    : QMainWindow(parent), m_desk(desk), m_actions(std::make_unique<DrillActions>(this)),
      m_queue(new InjectQueueModel(this)), m_results(new ExpectedResultsModel(this)),
      m_clocks(new ScoreClocksModel(this)), m_objectives(new ObjectivesModel(this)),
      m_observations(new DrillNotesModel(false, this)), m_hotWash(new DrillNotesModel(true, this)) {
    setObjectName(QStringLiteral("trainerConsole"));
    setWindowTitle(tr("Trainer console"));
    resize(1400, 860);
    for (QAction* a :
         {m_actions->pauseResume, m_actions->fire, m_actions->skip, m_actions->next, m_actions->faster,
          m_actions->slower, m_actions->note, m_actions->end, m_actions->report, m_actions->close})
        addAction(a);

    m_drill = new QComboBox;
    m_drill->setObjectName(QStringLiteral("drillChoice"));
    m_drill->setMinimumWidth(280);
    m_drill->setMaximumWidth(440);
    m_drill->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_drill->setToolTip(tr("The drill incident this console runs"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("drillTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_clock = new QLabel;
    m_clock->setObjectName(QStringLiteral("drillClock"));
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 2.2);
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    m_clock->setFont(clockFont);
    m_clockDetail = new QLabel;
    m_clockDetail->setObjectName(QStringLiteral("drillClockDetail"));
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("drillTotals"));
    m_error = makeErrorLabel();

    auto* header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_drill, 0, 1, Qt::AlignRight);
    header->addWidget(m_clock, 1, 0);
    header->addWidget(m_totals, 1, 1, Qt::AlignRight | Qt::AlignBottom);
    header->addWidget(m_clockDetail, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("drillTabs"));
    m_tabs->addTab(buildScore(), tr("Score"));
    m_tabs->addTab(buildObjectives(), tr("Objectives and ratings"));
    m_tabs->addTab(buildObservations(), tr("Observations"));
    m_tabs->addTab(buildHotWash(), tr("Hot wash"));

    auto* split = new QSplitter;
    split->setObjectName(QStringLiteral("drillSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildQueue());
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({720, 680});

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    buildToolBar();

    connect(&desk, &Desk::dataChanged, this, &TrainerConsole::reload);
    connect(&desk, &Desk::clocksChanged, this, &TrainerConsole::reload);
    connect(m_drill, &QComboBox::activated, this,
            [this](int index) { setIncident(m_drill->itemData(index).toLongLong()); });
    // Only the drill clock's reading repaints each second; states change through the Desk's timer.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TrainerConsole::updateClock);
    m_ticker.start();
}

TrainerConsole::~TrainerConsole() = default;

void TrainerConsole::buildToolBar() {
    const DrillActions& a = *m_actions;
    auto* bar = addToolBar(tr("Drill"));
    bar->setObjectName(QStringLiteral("drillToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(a.pauseResume);
    m_speed = new QSpinBox;
    m_speed->setObjectName(QStringLiteral("drillSpeed"));
    m_speed->setRange(1, 120);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setKeyboardTracking(false); // typing "60" must not set 6× first
    m_speed->setToolTip(tr("Drill clock speed: 1× is real time, 60× plays an hour in a minute"));
    bar->addWidget(new QLabel(QStringLiteral(" ") + tr("Speed") + QStringLiteral(" ")));
    bar->addWidget(m_speed);
    bar->addAction(a.slower);
    bar->addAction(a.faster);
    bar->addSeparator();
    bar->addAction(a.next);
    bar->addAction(a.fire);
    bar->addAction(a.skip);
    bar->addSeparator();
    bar->addAction(a.end);
    bar->addAction(a.report);

    for (QAction* action :
         {a.pauseResume, a.fire, a.skip, a.next, a.faster, a.slower, a.note, a.end, a.report})
        action->setToolTip(
            action->text().remove(QLatin1Char('&')) +
            (action->shortcut().isEmpty()
                 ? QString()
                 : QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText))));
    auto* menu = menuBar()->addMenu(tr("&Drill"));
    for (QAction* action : {a.pauseResume, a.faster, a.slower, a.next})
        menu->addAction(action);
    menu->addSeparator();
    menu->addAction(a.fire);
    menu->addAction(a.skip);
    menu->addAction(a.note);
    menu->addSeparator();
    menu->addAction(a.report);
    menu->addAction(a.end);
    menu->addSeparator();
    menu->addAction(a.close);

    // Errors show inline (command() puts them under the header), so the results are not needed here.
    connect(a.pauseResume, &QAction::triggered, this, [this] { togglePause(); });
    connect(a.fire, &QAction::triggered, this, [this] { fireSelected(); });
    connect(a.skip, &QAction::triggered, this, [this] { skipSelected(); });
    connect(a.next, &QAction::triggered, this, [this] { jumpToNext(); });
    connect(a.end, &QAction::triggered, this, [this] {
        if (QMessageBox::question(
                this, tr("End drill"),
                tr("End the drill now? Its clock stops for good and the drill incident is closed; "
                   "notes, ratings and the report stay available.")) == QMessageBox::Yes)
            endDrill();
    });
    connect(a.report, &QAction::triggered, this, &TrainerConsole::chooseReportFile);
    connect(a.close, &QAction::triggered, this, &QWidget::close);
    connect(a.note, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(2);
        m_observation->setFocus();
    });
    const auto step = [this](int direction) {
        const int current = m_speed->value();
        int target = current;
        if (direction > 0) {
            const auto it = std::upper_bound(speedSteps.begin(), speedSteps.end(), current);
            target = it == speedSteps.end() ? speedSteps.back() : *it;
        } else {
            const auto it = std::lower_bound(speedSteps.begin(), speedSteps.end(), current);
            target = it == speedSteps.begin() ? speedSteps.front() : *std::prev(it);
        }
        setSpeed(target);
    };
    connect(a.faster, &QAction::triggered, this, [step] { step(1); });
    connect(a.slower, &QAction::triggered, this, [step] { step(-1); });
    connect(m_speed, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_reloading)
            setSpeed(value);
    });
}

QWidget* TrainerConsole::buildQueue() {
    m_queueView = table(m_queue, "injectQueue", InjectQueueModel::SynopsisColumn);
    // The synopsis is what the trainer reads: the status column gets a fixed share, its tooltip the rest.
    m_queueView->horizontalHeader()->setSectionResizeMode(InjectQueueModel::StatusColumn,
                                                          QHeaderView::Interactive);
    m_queueView->setColumnWidth(InjectQueueModel::StatusColumn, 150);
    connect(m_queueView, &QTableView::doubleClicked, this, [this] { fireSelected(); });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainerConsole::updateControls);
    auto* fire = new QPushButton(tr("Fire now"));
    fire->setObjectName(QStringLiteral("fireInject"));
    auto* skip = new QPushButton(tr("Skip"));
    skip->setObjectName(QStringLiteral("skipInject"));
    connect(fire, &QPushButton::clicked, m_actions->fire, &QAction::trigger);
    connect(skip, &QPushButton::clicked, m_actions->skip, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    auto* hint =
        new QLabel(tr("Highlighted: the next inject to fire by itself. Double-click fires an inject now."));
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    buttons->addWidget(hint, 1);
    buttons->addWidget(skip);
    buttons->addWidget(fire);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Inject queue"));
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(title);
    layout->addWidget(m_queueView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* TrainerConsole::buildScore() {
    auto* results = table(m_results, "expectedResults", ExpectedResultsModel::ExpectedColumn);
    auto* clocks = table(m_clocks, "scoreClocks", ScoreClocksModel::NameColumn);
    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Expected actions")));
    topLayout->addWidget(results);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Clocks met or missed")));
    bottomLayout->addWidget(clocks);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget* TrainerConsole::buildObjectives() {
    auto* view = table(m_objectives, "objectives", ObjectivesModel::ObjectiveColumn);
    m_objective = new QComboBox;
    m_objective->setObjectName(QStringLiteral("ratingObjective"));
    m_rating = new QComboBox;
    m_rating->setObjectName(QStringLiteral("rating"));
    for (const auto r : {crisis::Rating::P, crisis::Rating::S, crisis::Rating::M, crisis::Rating::U})
        m_rating->addItem(labels::rating(r), static_cast<int>(r));
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("ratingComment"));
    m_comment->setPlaceholderText(tr("Why this rating (what you saw)"));
    auto* rate = new QPushButton(tr("Rate"));
    rate->setObjectName(QStringLiteral("rate"));
    connect(rate, &QPushButton::clicked, this, [this] { rateObjective(); });
    connect(m_comment, &QLineEdit::returnPressed, this, [this] { rateObjective(); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const int i = m_objective->findData(index.data(ObjectivesModel::IdRole));
                if (i >= 0)
                    m_objective->setCurrentIndex(i);
            });
    auto* form = new QFormLayout;
    form->addRow(tr("Objective"), m_objective);
    form->addRow(tr("Rating"), m_rating);
    auto* commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(rate);
    form->addRow(tr("Comment"), commentRow);
    return tabPage(view, form);
}

// Notes are sentences: wrap them and let rows grow.
QTableView* TrainerConsole::notesTable(QAbstractItemModel* model, const char* name) {
    QTableView* view = table(model, name, DrillNotesModel::TextColumn);
    view->setWordWrap(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QWidget* TrainerConsole::buildObservations() {
    auto* view = notesTable(m_observations, "observations");
    m_participant = new QComboBox;
    m_participant->setObjectName(QStringLiteral("participant"));
    m_observationKind = new QComboBox;
    m_observationKind->setObjectName(QStringLiteral("observationKind"));
    fillKinds(m_observationKind);
    m_observation = new QLineEdit;
    m_observation->setObjectName(QStringLiteral("observation"));
    m_observation->setPlaceholderText(tr("What you observed, as it happened"));
    auto* add = new QPushButton(tr("Add note"));
    add->setObjectName(QStringLiteral("addObservation"));
    connect(add, &QPushButton::clicked, this, [this] { addObservation(); });
    connect(m_observation, &QLineEdit::returnPressed, this, [this] { addObservation(); });
    auto* who = new QHBoxLayout;
    who->addWidget(m_participant, 1);
    who->addWidget(new QLabel(tr("Kind")));
    who->addWidget(m_observationKind);
    auto* note = new QHBoxLayout;
    note->addWidget(m_observation, 1);
    note->addWidget(add);
    auto* form = new QFormLayout;
    form->addRow(tr("Participant"), who);
    form->addRow(tr("Note"), note);
    return tabPage(view, form);
}

QWidget* TrainerConsole::buildHotWash() {
    auto* view = notesTable(m_hotWash, "hotWash");
    view->hideColumn(DrillNotesModel::ParticipantColumn);
    m_hotWashKind = new QComboBox;
    m_hotWashKind->setObjectName(QStringLiteral("hotWashKind"));
    fillKinds(m_hotWashKind);
    m_hotWashText = new QLineEdit;
    m_hotWashText->setObjectName(QStringLiteral("hotWashText"));
    m_hotWashText->setPlaceholderText(
        tr("What went well, what to improve: the team's own view after the drill"));
    auto* add = new QPushButton(tr("Add point"));
    add->setObjectName(QStringLiteral("addHotWash"));
    connect(add, &QPushButton::clicked, this, [this] { addHotWash(); });
    connect(m_hotWashText, &QLineEdit::returnPressed, this, [this] { addHotWash(); });
    auto* point = new QHBoxLayout;
    point->addWidget(m_hotWashText, 1);
    point->addWidget(add);
    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), m_hotWashKind);
    form->addRow(tr("Point"), point);
    return tabPage(view, form);
}

void TrainerConsole::setIncident(std::int64_t incident) {
    m_incident = incident;
    m_error->hide();
    reload();
}

void TrainerConsole::reload() {
    const QString selected = selectedInject();
    m_reloading = true;
    m_status.reset();
    const crisis::Playbook* playbook = nullptr;
    try {
        if (m_incident != 0) {
            m_status = m_desk.drills().status(m_incident);
            playbook = &m_desk.service().playbookOf(m_status->incident);
        }
    } catch (const crisis::Error& e) {
        m_status.reset();
        m_error->setText(QString::fromStdString(e.describe(m_desk.language())));
        m_error->show();
    }
    const auto lang = m_desk.language();
    m_queue->setStatus(m_status, playbook, lang);
    m_results->setStatus(m_status, playbook, lang);
    m_clocks->setStatus(m_status, lang);
    m_objectives->setStatus(m_status, lang);
    m_observations->setStatus(m_status);
    m_hotWash->setStatus(m_status);

    // The drill chooser: open scenario drills, and this one even once it has ended.
    m_drill->clear();
    try {
        for (const auto id : m_desk.drills().drills())
            m_drill->addItem(QStringLiteral("#%1  %2").arg(id).arg(
                                 QString::fromStdString(m_desk.store().incident(id).title)),
                             QVariant::fromValue<qlonglong>(id));
    } catch (const crisis::Error&) {
    }
    if (m_status && m_drill->findData(QVariant::fromValue<qlonglong>(m_incident)) < 0)
        m_drill->addItem(
            QStringLiteral("#%1  %2").arg(m_incident).arg(QString::fromStdString(m_status->incident.title)),
            QVariant::fromValue<qlonglong>(m_incident));
    m_drill->setCurrentIndex(m_drill->findData(QVariant::fromValue<qlonglong>(m_incident)));

    const QString objective = m_objective->currentData().toString();
    const QString participant = m_participant->currentData().toString();
    m_objective->clear();
    m_participant->clear();
    m_participant->addItem(tr("Whole team"), QString());
    if (m_status) {
        const auto& sc = m_status->record.run.scenario();
        for (const auto& o : sc.objectives)
            m_objective->addItem(QString::fromStdString(o.text.in(lang)), QString::fromStdString(o.id));
        for (const auto& role : sc.participants) {
            m_participant->addItem(labels::role(QString::fromStdString(role)), QString::fromStdString(role));
            try {
                for (const auto& m : m_desk.store().members())
                    if (m.role == role)
                        m_participant->addItem(QStringLiteral("    ") + QString::fromStdString(m.name),
                                               QString::fromStdString(m.name));
            } catch (const crisis::Error&) {
            }
        }
        m_speed->setValue(static_cast<int>(m_status->record.clock.speed));
        const auto& c = m_status->score.totals;
        m_title->setText(tr("%1 (scenario %2 v%3)")
                             .arg(QString::fromStdString(sc.title.in(lang)), QString::fromStdString(sc.id))
                             .arg(sc.version));
        m_totals->setText(tr("Expected actions: %1 on time · %2 late · %3 missed · %4 pending")
                              .arg(c.onTime)
                              .arg(c.late)
                              .arg(c.missed)
                              .arg(c.pending));
    } else {
        m_title->setText(tr("No drill selected — start one from the main window (Drill ▸ Start drill…)"));
        m_totals->clear();
    }
    if (const int i = m_objective->findData(objective); i >= 0)
        m_objective->setCurrentIndex(i);
    if (const int i = m_participant->findData(participant); i >= 0)
        m_participant->setCurrentIndex(i);
    if (!selected.isEmpty())
        selectInject(selected);
    m_reloading = false;
    updateClock();
    updateControls();
}

void TrainerConsole::updateClock() {
    if (!m_status) {
        m_clock->setText(QStringLiteral("T+--:--:--"));
        m_clockDetail->clear();
        return;
    }
    const auto& clock = m_status->record.clock;
    const auto start = m_status->record.run.start();
    const auto now = clock.at(m_desk.now());
    m_clock->setText(labels::drillOffset(now, start));
    const QString state = clock.ended ? tr("ended") : clock.paused ? tr("paused") : tr("running");
    QString detail = tr("Drill time %1 · %2× · %3").arg(labels::time(now, true)).arg(clock.speed).arg(state);
    if (m_status->nextInject && !clock.ended)
        detail += QStringLiteral(" · ") +
                  tr("next inject at %1").arg(labels::drillOffset(*m_status->nextInject, start));
    m_clockDetail->setText(detail);
    m_clock->setStyleSheet(clock.paused || clock.ended ? QStringLiteral("color: #8a6d00;") : QString());
}

void TrainerConsole::updateControls() {
    const bool live = m_status && !m_status->record.clock.ended;
    m_reloading = true; // setEnabled on the spin box must not look like a speed change
    const QModelIndex current = m_queueView->currentIndex();
    const bool pending = current.isValid() && current.data(InjectQueueModel::StatusRole).toInt() ==
                                                  static_cast<int>(crisis::InjectStatus::Pending);
    m_actions->pauseResume->setEnabled(live);
    m_actions->pauseResume->setText(live && m_status->record.clock.paused ? tr("&Resume") : tr("&Pause"));
    m_actions->fire->setEnabled(live && pending);
    m_actions->skip->setEnabled(live && pending);
    m_actions->next->setEnabled(live && m_status->nextInject.has_value());
    m_actions->faster->setEnabled(live);
    m_actions->slower->setEnabled(live);
    m_actions->end->setEnabled(live);
    m_actions->report->setEnabled(m_status.has_value());
    m_actions->note->setEnabled(m_status.has_value());
    m_speed->setEnabled(live);
    m_reloading = false;
}

QString TrainerConsole::selectedInject() const {
    const QModelIndex current = m_queueView ? m_queueView->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(InjectQueueModel::IdRole).toString() : QString();
}

void TrainerConsole::selectInject(const QString& injectId) {
    const int row = m_queue->rowOf(injectId);
    if (row >= 0)
        m_queueView->setCurrentIndex(m_queue->index(row, InjectQueueModel::IdColumn));
}

std::optional<QString>
TrainerConsole::command(const std::function<void(crisis::DrillService&, std::int64_t)>& run) {
    if (!m_status)
        return tr("No drill selected.");
    const auto id = m_incident;
    auto error = m_desk.run([&] { run(m_desk.drills(), id); });
    if (error) {
        m_error->setText(*error);
        m_error->show();
    } else {
        m_error->hide();
    }
    return error;
}

std::optional<QString> TrainerConsole::fireSelected() {
    const std::string inject = selectedInject().toStdString();
    if (inject.empty())
        return tr("Select an inject in the queue first.");
    return command([&](crisis::DrillService& d, std::int64_t id) { d.fire(id, inject); });
}

std::optional<QString> TrainerConsole::skipSelected() {
    const std::string inject = selectedInject().toStdString();
    if (inject.empty())
        return tr("Select an inject in the queue first.");
    return command([&](crisis::DrillService& d, std::int64_t id) { d.skip(id, inject); });
}

std::optional<QString> TrainerConsole::togglePause() {
    const bool paused = m_status && m_status->record.clock.paused;
    return command([&](crisis::DrillService& d, std::int64_t id) {
        if (paused)
            d.resume(id);
        else
            d.pause(id);
    });
}

std::optional<QString> TrainerConsole::setSpeed(int speed) {
    if (m_status && m_status->record.clock.speed == speed)
        return std::nullopt;
    return command([&](crisis::DrillService& d, std::int64_t id) { d.setSpeed(id, speed); });
}

std::optional<QString> TrainerConsole::jumpToNext() {
    return command([&](crisis::DrillService& d, std::int64_t id) { d.jumpToNextInject(id); });
}

std::optional<QString> TrainerConsole::endDrill() {
    return command([&](crisis::DrillService& d, std::int64_t id) { d.end(id); });
}

std::optional<QString> TrainerConsole::addObservation() {
    const std::string text = m_observation->text().trimmed().toStdString();
    const std::string participant = m_participant->currentData().toString().toStdString();
    const auto kind = static_cast<crisis::NoteKind>(m_observationKind->currentData().toInt());
    auto error =
        command([&](crisis::DrillService& d, std::int64_t id) { d.note(id, participant, text, kind); });
    if (!error)
        m_observation->clear(); // kept on error, so nothing typed is lost
    return error;
}

std::optional<QString> TrainerConsole::addHotWash() {
    const std::string text = m_hotWashText->text().trimmed().toStdString();
    const auto kind = static_cast<crisis::NoteKind>(m_hotWashKind->currentData().toInt());
    auto error = command([&](crisis::DrillService& d, std::int64_t id) { d.hotWash(id, text, kind); });
    if (!error)
        m_hotWashText->clear();
    return error;
}

std::optional<QString> TrainerConsole::rateObjective() {
    const std::string objective = m_objective->currentData().toString().toStdString();
    const auto rating = static_cast<crisis::Rating>(m_rating->currentData().toInt());
    const std::string comment = m_comment->text().trimmed().toStdString();
    auto error =
        command([&](crisis::DrillService& d, std::int64_t id) { d.rate(id, objective, rating, comment); });
    if (!error)
        m_comment->clear();
    return error;
}

std::optional<QString> TrainerConsole::exportReport(const QString& path) {
    if (!m_status)
        return tr("No drill selected.");
    std::optional<QString> error;
    try {
        const auto lang = m_desk.language();
        const std::string html = m_desk.drills().reportHtml(m_incident, lang);
        if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
            crisis::pdf::writeHtmlPdf(
                html, path.toStdString(),
                crisis::text("drill.report.title", lang, {m_status->record.run.scenario().title.in(lang)}));
        } else {
            error = writeExportFile(path, html);
        }
    } catch (const crisis::Error& e) {
        error = QString::fromStdString(e.describe(m_desk.language()));
    }
    if (error) {
        m_error->setText(*error);
        m_error->show();
    } else {
        m_error->hide();
    }
    return error;
}

void TrainerConsole::chooseReportFile() {
    QString selectedFilter;
    const QString pdf = tr("PDF (*.pdf)");
    const QString html = tr("HTML (*.html)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export after-action report"),
                                                QStringLiteral("drill-%1-report.pdf").arg(m_incident),
                                                pdf + QStringLiteral(";;") + html, &selectedFilter);
    if (path.isEmpty())
        return;
    if (selectedFilter == html && !path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive))
        path += QStringLiteral(".html");
    exportReport(path);
}
