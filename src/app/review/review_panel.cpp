#include "review_panel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../stale_view.hpp"
#include "answer_dialog.hpp"
#include "improvement_dialog.hpp"
#include "review_models.hpp"

#include <crisis/error.hpp>
#include <crisis/playbook_diff.hpp>
#include <crisis/review_report.hpp>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView* table(QAbstractItemModel* model, const char* name) {
    auto* view = new QTableView;
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    return view;
}

} // namespace

ReviewPanel::ReviewPanel(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_answers(new AnswersModel(this)),
      m_improvements(new ImprovementModel(this)), m_figures(new FiguresModel(this)) {
    setObjectName(QStringLiteral("reviewPanel"));
    m_stale = new StaleView(this, [this] { refresh(); });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);

    // Questions
    m_answersView = table(m_answers, "reviewAnswers");
    m_answersView->horizontalHeader()->setSectionResizeMode(AnswersModel::AnswerColumn, QHeaderView::Stretch);
    m_answersView->horizontalHeader()->setSectionResizeMode(AnswersModel::QuestionColumn,
                                                            QHeaderView::ResizeToContents);
    m_answer = new QPushButton(tr("Answer…"));
    m_answer->setObjectName(QStringLiteral("answerQuestion"));
    m_answer->setToolTip(tr("Answer the selected question for a team (Enter on a row)"));
    auto* questions = new QWidget;
    auto* ql = new QVBoxLayout(questions);
    ql->addWidget(m_answersView);
    auto* qb = new QHBoxLayout;
    qb->addStretch();
    qb->addWidget(m_answer);
    ql->addLayout(qb);

    // Improvement plan
    m_improvementsView = table(m_improvements, "improvements");
    m_improvementsView->horizontalHeader()->setSectionResizeMode(ImprovementModel::ActionColumn,
                                                                 QHeaderView::Stretch);
    m_add = new QPushButton(tr("Add item…"));
    m_add->setObjectName(QStringLiteral("addImprovement"));
    m_done = new QPushButton(tr("Mark done"));
    m_done->setObjectName(QStringLiteral("improvementDone"));
    m_accept = new QPushButton(tr("Accept playbook change…"));
    m_accept->setObjectName(QStringLiteral("acceptProposal"));
    m_accept->setToolTip(tr("The playbook owner stores the proposed change as a new playbook version"));
    auto* plan = new QWidget;
    auto* pl = new QVBoxLayout(plan);
    pl->addWidget(m_improvementsView);
    auto* pb = new QHBoxLayout;
    pb->addStretch();
    pb->addWidget(m_accept);
    pb->addWidget(m_done);
    pb->addWidget(m_add);
    pl->addLayout(pb);

    // Figures
    m_figuresView = table(m_figures, "reviewFigures");
    m_figuresView->horizontalHeader()->setSectionResizeMode(FiguresModel::ValueColumn, QHeaderView::Stretch);
    m_figuresView->horizontalHeader()->setSectionResizeMode(FiguresModel::MetricColumn,
                                                            QHeaderView::ResizeToContents);
    m_figuresView->setSelectionMode(QAbstractItemView::NoSelection);
    // The sentiment windows the figures and the after-action report compare (default 24 h each).
    const auto hoursBox = [](const char* name, crisis::Duration value) {
        auto* box = new QSpinBox;
        box->setObjectName(QLatin1String(name));
        box->setRange(1, 24 * 30);
        box->setSuffix(tr(" h"));
        box->setValue(static_cast<int>(std::chrono::duration_cast<std::chrono::hours>(value).count()));
        return box;
    };
    m_before = hoursBox("windowBefore", desk.reviewWindows().before);
    m_after = hoursBox("windowAfter", desk.reviewWindows().after);
    auto* figures = new QWidget;
    auto* fl = new QVBoxLayout(figures);
    auto* windows = new QHBoxLayout;
    windows->addWidget(new QLabel(tr("Sentiment before T0:")));
    windows->addWidget(m_before);
    windows->addWidget(new QLabel(tr("after closing:")));
    windows->addWidget(m_after);
    windows->addStretch(1);
    fl->addLayout(windows);
    fl->addWidget(m_figuresView, 1);

    // Notes
    m_notes = new QListWidget;
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setWordWrap(true);
    m_noteEdit = new QLineEdit;
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("A note for the review (Enter adds it)"));
    m_noteButton = new QPushButton(tr("Add note"));
    auto* notes = new QWidget;
    auto* nl = new QVBoxLayout(notes);
    nl->addWidget(m_notes);
    auto* nb = new QHBoxLayout;
    nb->addWidget(m_noteEdit, 1);
    nb->addWidget(m_noteButton);
    nl->addLayout(nb);

    m_sections = new QTabWidget;
    m_sections->setObjectName(QStringLiteral("reviewSections"));
    m_sections->addTab(questions, tr("Review questions"));
    m_sections->addTab(plan, tr("Improvement plan"));
    m_sections->addTab(figures, tr("Figures"));
    m_sections->addTab(notes, tr("Notes"));

    m_export = new QPushButton;
    m_export->setObjectName(QStringLiteral("reviewExport"));
    m_export->setText(tr("Export"));
    auto* menu = new QMenu(m_export);
    const auto item = [this, menu](const QString& text, ReviewExport kind) {
        connect(menu->addAction(text), &QAction::triggered, this, [this, kind] { chooseExport(kind); });
    };
    item(tr("After-action report (PDF)…"), ReviewExport::AarPdf);
    item(tr("After-action report (HTML)…"), ReviewExport::AarHtml);
    item(tr("After-action report (Markdown)…"), ReviewExport::AarMarkdown);
    menu->addSeparator();
    item(tr("Timeline (CSV)…"), ReviewExport::TimelineCsv);
    item(tr("Timeline (JSON)…"), ReviewExport::TimelineJson);
    item(tr("ICS-214 activity log (CSV)…"), ReviewExport::Ics214Csv);
    item(tr("ICS-214 activity log (Markdown)…"), ReviewExport::Ics214Markdown);
    m_export->setMenu(menu);
    m_replay = new QPushButton(tr("Replay…"));
    m_replay->setObjectName(QStringLiteral("replay"));
    m_replay->setToolTip(tr("Play the incident back: phases, clocks and timeline as they moved"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_replay);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_sections, 1);

    const auto windowsChanged = [this] {
        crisis::ReviewWindows w = m_desk.reviewWindows();
        w.before = std::chrono::hours(m_before->value());
        w.after = std::chrono::hours(m_after->value());
        m_desk.setReviewWindows(w);
        refresh();
    };
    connect(m_before, &QSpinBox::valueChanged, this, windowsChanged);
    connect(m_after, &QSpinBox::valueChanged, this, windowsChanged);
    connect(m_answer, &QPushButton::clicked, this, &ReviewPanel::answerSelected);
    connect(m_answersView, &QTableView::activated, this, &ReviewPanel::answerSelected);
    connect(m_add, &QPushButton::clicked, this, &ReviewPanel::addImprovement);
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (const auto error = completeSelected())
            report(*error);
    });
    connect(m_accept, &QPushButton::clicked, this, &ReviewPanel::confirmAcceptSelected);
    connect(m_noteButton, &QPushButton::clicked, this, [this] {
        if (const auto error = addNote())
            report(*error);
    });
    connect(m_noteEdit, &QLineEdit::returnPressed, m_noteButton, &QPushButton::click);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_incident != 0)
            emit replayRequested(m_incident);
    });
    connect(m_improvementsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewPanel::updateButtons);
    connect(m_improvements, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateButtons);
    connect(&desk, &Desk::dataChanged, m_stale, &StaleView::markStale);
    connect(&desk, &Desk::clocksChanged, m_stale, &StaleView::markStale);
    updateButtons();
}

void ReviewPanel::setIncident(std::int64_t incident) {
    m_incident = incident;
    m_stale->markStale();
}

void ReviewPanel::setUtc(bool utc) {
    m_utc = utc;
    m_stale->markStale();
}

void ReviewPanel::refresh() {
    crisis::ReviewState review;
    std::vector<QString> proposals;
    crisis::ReviewMetrics figures;
    bool open = false;
    QString summary;
    if (m_incident != 0) {
        try {
            const auto incident = m_desk.store().incident(m_incident);
            open = incident.isOpen();
            review = m_desk.review().review(m_incident);
            figures = m_desk.review().metrics(m_incident, m_desk.reviewWindows());
            const auto& playbook = m_desk.service().playbookOf(incident);
            for (const auto& item : review.improvements)
                proposals.push_back(item.proposal ? QString::fromStdString(crisis::describeProposal(
                                                        *item.proposal, playbook, m_desk.language()))
                                                  : QString());
            int answered = 0;
            for (const auto q : crisis::reviewQuestions)
                answered += review.answered(q) ? 1 : 0;
            int overdue = 0, openItems = 0;
            for (const auto& item : review.improvements)
                if (item.status == crisis::ImprovementStatus::Open) {
                    ++openItems;
                    overdue += m_desk.now() > item.due ? 1 : 0;
                }
            summary = tr("%1 of 4 review questions answered · %2 open improvement item(s), %3 overdue")
                          .arg(answered)
                          .arg(openItems)
                          .arg(overdue);
            if (incident.drill)
                summary += QStringLiteral(" · ") + tr("drill: kept out of the real figures");
        } catch (const crisis::Error& e) {
            summary = QString::fromStdString(e.describe(m_desk.language()));
        }
    }
    m_summary->setText(summary);
    m_answers->setReview(review, m_utc);
    m_improvements->setItems(review.improvements, std::move(proposals), m_desk.now(), m_utc);
    m_figures->setMetrics(figures, m_desk.language());
    m_notes->clear();
    for (const auto& note : review.notes)
        m_notes->addItem(tr("%1 · %2: %3")
                             .arg(labels::time(note.at, m_utc), QString::fromStdString(note.author),
                                  QString::fromStdString(note.text)));
    m_answer->setEnabled(open);
    m_answersView->setEnabled(m_incident != 0);
    m_add->setEnabled(m_incident != 0);
    m_noteButton->setEnabled(m_incident != 0);
    m_noteEdit->setEnabled(m_incident != 0);
    m_export->setEnabled(m_incident != 0);
    m_replay->setEnabled(m_incident != 0);
    updateButtons();
}

void ReviewPanel::updateButtons() {
    const auto rows = m_improvementsView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_improvements->item(rows.front().row());
    m_done->setEnabled(item && item->status == crisis::ImprovementStatus::Open);
    m_accept->setEnabled(item && item->proposal && !item->acceptedVersion);
}

void ReviewPanel::report(const QString& error) {
    QMessageBox::warning(this, tr("Not done"), error);
}

void ReviewPanel::answerSelected() {
    if (m_incident == 0)
        return;
    const auto current = m_answersView->currentIndex();
    const QString question =
        current.isValid() ? current.data(AnswersModel::QuestionRole).toString() : QString();
    const QString team = current.isValid() ? current.data(AnswersModel::TeamRole).toString() : QString();
    AnswerDialog dialog(m_desk, m_incident, question, team, this);
    dialog.exec();
}

void ReviewPanel::addImprovement() {
    if (m_incident == 0)
        return;
    ImprovementDialog dialog(m_desk, m_incident, m_utc, this);
    if (dialog.exec() == QDialog::Accepted)
        m_sections->setCurrentIndex(1);
}

std::optional<QString> ReviewPanel::completeSelected() {
    const auto rows = m_improvementsView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_improvements->item(rows.front().row());
    if (!item)
        return tr("Select an improvement item first.");
    const std::string id = item->id;
    return m_desk.run([&] { m_desk.review().completeImprovement(m_incident, id); });
}

std::optional<QString> ReviewPanel::acceptSelected() {
    const auto rows = m_improvementsView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_improvements->item(rows.front().row());
    if (!item)
        return tr("Select an improvement item first.");
    const std::string id = item->id;
    return m_desk.run([&] { m_desk.review().acceptProposal(m_incident, id); });
}

void ReviewPanel::confirmAcceptSelected() {
    const auto rows = m_improvementsView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_improvements->item(rows.front().row());
    if (!item || !item->proposal)
        return;
    // Show the owner exactly what the new version changes before storing it.
    QStringList lines;
    try {
        const auto incident = m_desk.store().incident(m_incident);
        const auto latest = m_desk.store().playbook(incident.playbookId);
        const auto draft = m_desk.review().proposedDraft(m_incident, item->id);
        for (const auto& change : crisis::diffPlaybooks(latest->playbook, draft))
            lines << QStringLiteral("%1 %2: %3 → %4")
                         .arg(QString::fromLatin1(crisis::changeKindName(change.kind).data()),
                              QString::fromStdString(change.path), QString::fromStdString(change.before),
                              QString::fromStdString(change.after));
        const auto answer = QMessageBox::question(
            this, tr("Accept playbook change"),
            tr("Store this change to playbook %1 as version %2? Open incidents keep their version.\n\n%3")
                .arg(QString::fromStdString(incident.playbookId))
                .arg(latest->version + 1)
                .arg(lines.join(QLatin1Char('\n'))));
        if (answer != QMessageBox::Yes)
            return;
    } catch (const crisis::Error& e) {
        report(QString::fromStdString(e.describe(m_desk.language())));
        return;
    }
    if (const auto error = acceptSelected())
        report(*error);
}

std::optional<QString> ReviewPanel::addNote() {
    const QString text = m_noteEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Write the note first.");
    const auto error = m_desk.run([&] { m_desk.review().note(m_incident, text.toStdString()); });
    if (!error)
        m_noteEdit->clear();
    return error;
}

std::optional<QString> ReviewPanel::exportTo(ReviewExport kind, const QString& path) {
    if (m_incident == 0)
        return tr("Select an incident first.");
    return writeReviewExport(m_desk, m_incident, kind, path);
}

void ReviewPanel::chooseExport(ReviewExport kind) {
    if (m_incident == 0)
        return;
    const QString suffix = exportSuffix(kind);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QStringLiteral("incident-%1.%2").arg(m_incident).arg(suffix),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (const auto error = exportTo(kind, path))
        report(*error);
}
