#include "reputation_panel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "chart_data.hpp"
#include "folder_watch.hpp"
#include "inbox_model.hpp"
#include "reply_dialog.hpp"
#include "reputation_charts.hpp"

#include <crisis/error.hpp>
#include <crisis/template_kit.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ReputationPanel::ReputationPanel(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_importer(std::make_unique<MentionImporter>(desk, this)) {
    setObjectName(QStringLiteral("reputationPanel"));
    setAcceptDrops(true);
    m_watch = new FolderWatch(desk, *m_importer, this);

    m_import = new QPushButton(tr("Import mentions…"));
    m_import->setObjectName(QStringLiteral("importMentions"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("CSV, JSON or JSON lines (Ctrl+I); or drop files here"));
    auto* watch = new QPushButton(tr("Watch folder…"));
    m_folder = new QLabel;
    m_folder->setObjectName(QStringLiteral("watchedFolder"));
    // Extra lexicons: click adds one, the arrow's menu removes one.
    m_lexicon = new QToolButton;
    m_lexicon->setObjectName(QStringLiteral("addLexicon"));
    m_lexicon->setText(tr("Add lexicon…"));
    m_lexicon->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lexicon->setPopupMode(QToolButton::MenuButtonPopup);
    m_lexicon->setMenu(new QMenu(m_lexicon));
    m_lexicon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lexicon->setToolTip(tr("Score imported mentions with an extra word<TAB>score lexicon as well "
                             "(Ctrl+Shift+L); the arrow lists the lexicons added"));
    m_lexicons = new QLabel;
    m_lexicons->setObjectName(QStringLiteral("extraLexicons"));
    m_metrics = new QLabel;
    m_metrics->setObjectName(QStringLiteral("reputationMetrics"));
    m_recovery = new QLabel;
    m_recovery->setObjectName(QStringLiteral("reputationRecovery"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);

    m_attention = new QCheckBox(tr("Needs attention only"));
    m_attention->setChecked(true);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_sentiment = new QComboBox;
    m_sentiment->setObjectName(QStringLiteral("sentimentFilter"));
    m_sentiment->addItem(tr("Any sentiment"), -1);
    for (const auto l : {crisis::SentimentLabel::Negative, crisis::SentimentLabel::Neutral,
                         crisis::SentimentLabel::Positive})
        m_sentiment->addItem(labels::sentiment(l), static_cast<int>(l));
    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Any state"), -1);
    for (const auto s : {crisis::InboxState::Open, crisis::InboxState::Replied, crisis::InboxState::Reviewed,
                         crisis::InboxState::NoAction})
        m_state->addItem(labels::inboxState(s), static_cast<int>(s));
    m_minReach = new QSpinBox;
    m_minReach->setRange(0, 100000000);
    m_minReach->setSingleStep(1000);
    m_minReach->setPrefix(tr("reach ≥ "));

    m_inbox = new InboxModel(desk, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_inbox);
    m_sorted->setSortRole(InboxModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("inbox"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InboxModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(InboxModel::TextColumn, QHeaderView::Stretch);

    m_member = new QComboBox;
    m_member->setObjectName(QStringLiteral("assignTo"));
    auto* assign = new QPushButton(tr("Assign"));
    auto* reply = new QPushButton(tr("Reply…"));
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reply->setToolTip(tr("Reply with a canned reply (Ctrl+Shift+R)"));
    auto* reviewed = new QPushButton(tr("Mark reviewed"));
    auto* noAction = new QPushButton(tr("No action needed"));

    m_charts = new ReputationCharts;

    auto* top = new QHBoxLayout;
    top->addWidget(m_import);
    top->addWidget(watch);
    top->addWidget(m_folder, 1);
    top->addWidget(m_lexicons);
    top->addWidget(m_lexicon);
    auto* figures = new QHBoxLayout;
    figures->addWidget(m_metrics, 1);
    figures->addWidget(m_recovery);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_attention);
    filters->addWidget(m_channel);
    filters->addWidget(m_sentiment);
    filters->addWidget(m_state);
    filters->addWidget(m_minReach);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Assign to")));
    actions->addWidget(m_member);
    actions->addWidget(assign);
    actions->addSpacing(12);
    actions->addWidget(reply);
    actions->addWidget(reviewed);
    actions->addWidget(noAction);
    actions->addStretch(1);
    auto* inboxBox = new QWidget;
    auto* inboxLayout = new QVBoxLayout(inboxBox);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->addLayout(filters);
    inboxLayout->addWidget(m_view, 1);
    inboxLayout->addLayout(actions);
    // Inbox and charts each get the full height: both are unreadable when squeezed together.
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("reputationViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(inboxBox, tr("Inbox"));
    m_views->addTab(m_charts, tr("Charts"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addWidget(m_status);
    layout->addWidget(m_views, 1);

    connect(m_import, &QPushButton::clicked, this, &ReputationPanel::chooseFile);
    connect(watch, &QPushButton::clicked, this, &ReputationPanel::chooseFolder);
    connect(m_lexicon, &QToolButton::clicked, this, &ReputationPanel::chooseLexicon);
    connect(&desk, &Desk::lexiconsChanged, this, &ReputationPanel::showLexicons);
    connect(m_attention, &QCheckBox::toggled, this, &ReputationPanel::applyFilters);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReputationPanel::applyFilters);
    connect(m_sentiment, &QComboBox::currentIndexChanged, this, &ReputationPanel::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ReputationPanel::applyFilters);
    connect(m_minReach, &QSpinBox::valueChanged, this, &ReputationPanel::applyFilters);
    const auto show = [this](const std::optional<QString>& error) {
        if (error)
            QMessageBox::warning(this, tr("Not done"), *error);
    };
    connect(assign, &QPushButton::clicked, this, [this, show] { show(assignSelected()); });
    connect(reviewed, &QPushButton::clicked, this,
            [this, show] { show(resolveSelected(crisis::InboxState::Reviewed)); });
    connect(noAction, &QPushButton::clicked, this,
            [this, show] { show(resolveSelected(crisis::InboxState::NoAction)); });
    connect(reply, &QPushButton::clicked, this, &ReputationPanel::replyToSelected);
    connect(&desk, &Desk::dataChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(m_watch, &FolderWatch::fileImported, this,
            [this](std::int64_t, const QString& file, const ImportReport& r) { report(file, r); });
    showLexicons();
}

ReputationPanel::~ReputationPanel() = default;

void ReputationPanel::showLexicons() {
    QMenu* menu = m_lexicon->menu();
    menu->clear();
    QStringList names;
    QStringList problems;
    for (const auto& lexicon : m_desk.lexicons()) {
        const QString name = QFileInfo(lexicon.path).fileName();
        auto* remove = menu->addAction(lexicon.problem.isEmpty() ? tr("Remove “%1”").arg(name)
                                                                 : tr("Remove “%1” (not loaded)").arg(name));
        remove->setToolTip(lexicon.problem.isEmpty() ? lexicon.path : lexicon.problem);
        const QString path = lexicon.path;
        connect(remove, &QAction::triggered, this, [this, path] { m_desk.removeLexicon(path); });
        if (lexicon.problem.isEmpty())
            names << name;
        else
            problems << tr("Lexicon “%1” not loaded: %2").arg(name, lexicon.problem);
    }
    menu->setEnabled(!menu->isEmpty());
    m_lexicons->setText(names.isEmpty() ? QString()
                                        : tr("Extra lexicons: %1").arg(names.join(QStringLiteral(", "))));
    m_lexicons->setToolTip(
        tr("Mentions imported from now on are scored with the shipped lexicons and these."));
    if (!problems.isEmpty())
        m_status->setText(problems.join(QLatin1Char('\n')));
}

std::optional<QString> ReputationPanel::addLexiconFile(const QString& path) {
    if (auto error = m_desk.addLexicon(path)) {
        m_status->setText(*error);
        return error;
    }
    m_status->setText(tr("Lexicon “%1” added: mentions imported from now on are scored with it.")
                          .arg(QFileInfo(path).fileName()));
    return std::nullopt;
}

void ReputationPanel::chooseLexicon() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Add a sentiment lexicon"), QString(),
                                     tr("Lexicons, word<TAB>score (*.tsv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const auto error = addLexiconFile(file))
        QMessageBox::warning(this, tr("Lexicon not added"), *error);
}

void ReputationPanel::setIncident(std::int64_t incident) {
    m_incident = incident;
    m_dirty = true;
    setEnabled(incident != 0);
    refresh();
}

void ReputationPanel::setUtc(bool utc) {
    m_utc = utc;
    m_inbox->setUtc(utc);
    m_dirty = true;
    refresh();
}

void ReputationPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ReputationPanel::applyFilters() {
    if (m_incident == 0) {
        m_inbox->setQuery({});
        return;
    }
    crisis::InboxQuery q;
    try {
        q = m_desk.reputation().inboxQuery(m_incident);
    } catch (const crisis::Error&) {
        return;
    }
    q.attentionOnly = m_attention->isChecked();
    q.channel = m_channel->currentData().toString().toStdString();
    if (m_sentiment->currentData().toInt() >= 0)
        q.label = static_cast<crisis::SentimentLabel>(m_sentiment->currentData().toInt());
    if (m_state->currentData().toInt() >= 0)
        q.state = static_cast<crisis::InboxState>(m_state->currentData().toInt());
    q.minReach = m_minReach->value();
    m_inbox->setQuery(q);
}

void ReputationPanel::refresh() {
    m_dirty = false;
    m_folder->setText(m_incident ? m_watch->folder(m_incident) : QString());
    const QString memberBefore = m_member->currentText();
    m_member->clear();
    for (const auto& m : m_desk.store().members())
        m_member->addItem(QString::fromStdString(m.name));
    m_member->setCurrentText(memberBefore);
    if (m_incident == 0) {
        m_metrics->clear();
        m_recovery->clear();
        m_charts->setData({}, {}, m_utc);
        applyFilters();
        return;
    }
    try {
        auto& rep = m_desk.reputation();
        const auto counts = m_desk.store().channelCounts(m_incident);
        const QString channelBefore = m_channel->currentData().toString();
        m_channel->blockSignals(true);
        m_channel->clear();
        m_channel->addItem(tr("All channels"), QString());
        for (const auto& [channel, c] : counts)
            m_channel->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(channel)).arg(c.total),
                               QString::fromStdString(channel));
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(channelBefore)));
        m_channel->blockSignals(false);

        const auto metrics = rep.metrics(m_incident);
        m_metrics->setText(
            tr("Mentions %1 · negative %2 · spikes %3 · answered %4 · mean first response %5")
                .arg(metrics.mentions)
                .arg(metrics.negative)
                .arg(metrics.spikes)
                .arg(metrics.responded)
                .arg(metrics.meanResponse ? labels::span(*metrics.meanResponse) : QStringLiteral("–")));
        const auto recovery = rep.recovery(m_incident);
        m_recovery->setText(recovery.recoveredAt
                                ? tr("Sentiment back in its band (≤ %1% negative) since %2")
                                      .arg(recovery.band * 100, 0, 'f', 0)
                                      .arg(labels::time(recovery.within, m_utc))
                                : tr("Pre-crisis band: ≤ %1% negative").arg(recovery.band * 100, 0, 'f', 0));
        crisis::EventQuery q;
        q.incident = m_incident;
        std::vector<crisis::Event> markers;
        for (const char* kind : {"phase.advanced", "statement.published", "spike.detected"}) {
            q.kind = kind;
            const auto page = m_desk.store().eventPage(q, 0, 1000);
            markers.insert(markers.end(), page.begin(), page.end());
        }
        m_charts->setData(volumeChartData(rep.chart(m_incident), rep.rule(m_incident).k, markers),
                          channelShares(counts), m_utc);
    } catch (const crisis::Error& e) {
        m_metrics->setText(QString::fromStdString(e.describe(m_desk.language())));
    }
    applyFilters();
}

const crisis::InboxItem* ReputationPanel::selected() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_inbox->item(m_sorted->mapToSource(rows.front()).row());
}

std::optional<QString> ReputationPanel::assignSelected() {
    const auto* item = selected();
    if (!item)
        return tr("Select an inbox item first.");
    const std::int64_t id = item->mention.id;
    const std::string member = m_member->currentText().toStdString();
    return m_desk.run([&] { m_desk.reputation().assign(m_incident, id, member); });
}

std::optional<QString> ReputationPanel::resolveSelected(crisis::InboxState state) {
    const auto* item = selected();
    if (!item)
        return tr("Select an inbox item first.");
    const std::int64_t id = item->mention.id;
    return m_desk.run([&] { m_desk.reputation().resolve(m_incident, id, state); });
}

std::optional<QString> ReputationPanel::replySelected(const QString& text, const QString& templateId) {
    const auto* item = selected();
    if (!item)
        return tr("Select an inbox item first.");
    const std::int64_t id = item->mention.id;
    return m_desk.run(
        [&] { m_desk.reputation().reply(m_incident, id, text.toStdString(), templateId.toStdString()); });
}

void ReputationPanel::replyToSelected() {
    const auto* item = selected();
    if (!item) {
        QMessageBox::information(this, tr("Reply"), tr("Select an inbox item first."));
        return;
    }
    const auto incident = m_desk.store().incident(m_incident);
    ReplyDialog dialog(*item, incident, m_desk.service().playbookOf(incident).crisisType,
                       m_desk.store().organisation(), m_desk.language(), crisis::kitInEffect(m_desk.store()),
                       this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto error = replySelected(dialog.text(), dialog.templateId()))
        QMessageBox::warning(this, tr("Not done"), *error);
}

void ReputationPanel::chooseFile() {
    if (m_incident == 0)
        return;
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import mentions"), QString(),
                                      tr("Mentions (*.csv *.json *.jsonl *.ndjson);;All files (*)"));
    for (const auto& f : files)
        importFile(f);
}

void ReputationPanel::chooseFolder() {
    if (m_incident == 0)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to watch for mention exports"),
                                                          m_watch->folder(m_incident));
    if (dir.isEmpty())
        return;
    m_watch->setFolder(m_incident, dir);
    m_folder->setText(dir);
}

ImportReport ReputationPanel::importFile(const QString& path, MentionImporter::Mode mode) {
    const auto r = m_importer->importFile(m_incident, path, mode);
    report(QFileInfo(path).fileName(), r);
    return r;
}

void ReputationPanel::report(const QString& file, const ImportReport& r) {
    if (r.cancelled)
        m_status->setText(tr("%1: import cancelled; nothing stored.").arg(file));
    else if (!r.stored)
        m_status->setText(tr("%1: %2").arg(file, r.error) +
                          (r.problems.isEmpty()
                               ? QString()
                               : QStringLiteral("\n") + r.problems.mid(0, 5).join(QStringLiteral("; "))));
    else
        m_status->setText(tr("%1: %2 new, %3 duplicate(s), %4 rejected, %5 alert(s).")
                              .arg(file)
                              .arg(r.added)
                              .arg(r.duplicates)
                              .arg(r.rejected)
                              .arg(r.alerts));
}

void ReputationPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (m_incident != 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReputationPanel::dropEvent(QDropEvent* event) {
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    event->acceptProposedAction();
}
