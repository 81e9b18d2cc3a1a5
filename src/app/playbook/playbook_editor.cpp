#include "playbook_editor.hpp"

#include "../desk.hpp"
#include "../dropped_files.hpp"
#include "../export_file.hpp"
#include "checklists_tab.hpp"
#include "clocks_tab.hpp"
#include "general_tab.hpp"
#include "playbook_document.hpp"
#include "playbook_list_model.hpp"
#include "reputation_tab.hpp"
#include "review_due_model.hpp"
#include "tasks_tab.hpp"
#include "templates_tab.hpp"
#include "versions_tab.hpp"

#include <crisis/playbook.hpp>
#include <crisis/playbook_import.hpp>
#include <crisis/template_kit.hpp>

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTableView* listView(PlaybookListModel* model, const char* objectName) {
    auto* view = new QTableView;
    view->setObjectName(QLatin1String(objectName));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(PlaybookListModel::NameColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(PlaybookListModel::VersionColumn,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(PlaybookListModel::ReviewColumn,
                                                   QHeaderView::ResizeToContents);
    return view;
}

QPushButton* button(const QString& text, const char* objectName) {
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

} // namespace

PlaybookEditor::PlaybookEditor(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_doc(new PlaybookDocument(this)),
      m_listModel(new PlaybookListModel(desk, false, this)), m_dueModel(new ReviewDueModel(desk, this)) {
    setObjectName(QStringLiteral("playbookEditor"));
    setAcceptDrops(true);

    m_list = listView(m_listModel, "playbooks");
    m_due = new QTableView;
    m_due->setObjectName(QStringLiteral("dueForReview"));
    m_due->setModel(m_dueModel);
    m_due->verticalHeader()->hide();
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setWordWrap(false);
    m_due->horizontalHeader()->setSectionResizeMode(ReviewDueModel::NameColumn, QHeaderView::Stretch);
    m_due->horizontalHeader()->setSectionResizeMode(ReviewDueModel::KindColumn,
                                                    QHeaderView::ResizeToContents);
    m_due->horizontalHeader()->setSectionResizeMode(ReviewDueModel::DueColumn, QHeaderView::ResizeToContents);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Playbooks (latest version)")));
    leftLayout->addWidget(m_list, 3);
    auto* dueLabel = new QLabel(tr("Overdue for review: playbooks and templates"));
    dueLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #9a6700;"));
    leftLayout->addWidget(dueLabel);
    leftLayout->addWidget(m_due, 1);
    // Reviewed and still right: no new version is needed to clear it from the list.
    auto* reviewed = button(tr("Mark reviewed…"), "markReviewed");
    reviewed->setToolTip(tr("The selected playbook or template was checked and is current"));
    leftLayout->addWidget(reviewed);
    connect(reviewed, &QPushButton::clicked, this, [this] {
        if (m_due->selectionModel()->selectedRows().isEmpty())
            return;
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Mark reviewed"), tr("What was checked (optional):"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        if (const auto error = markSelectedReviewed(note))
            QMessageBox::warning(this, tr("Not done"), *error);
    });
    auto* dropHint = new QLabel(tr("Drop playbook .json files here to import them."));
    dropHint->setWordWrap(true);
    dropHint->setStyleSheet(QStringLiteral("color: gray;"));
    leftLayout->addWidget(dropHint);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto* undo = button(tr("Undo"), "undo");
    auto* redo = button(tr("Redo"), "redo");
    m_save = button(tr("Save"), "save");
    m_revert = button(tr("Revert"), "revert");
    auto* importButton = button(tr("Import…"), "import");
    auto* exportButton = button(tr("Export…"), "export");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    const auto lang = desk.language();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(new GeneralTab(*m_doc), tr("General"));
    m_tabs->addTab(new ClocksTab(*m_doc, lang), tr("Clocks"));
    m_tabs->addTab(new ChecklistsTab(*m_doc, lang), tr("Checklists"));
    m_tabs->addTab(new TasksTab(*m_doc, lang), tr("Tasks"));
    m_tabs->addTab(new ReputationTab(*m_doc), tr("Reputation"));
    m_templatesTab = new TemplatesTab(*m_doc);
    m_tabs->addTab(m_templatesTab, tr("Templates"));
    m_versions = new VersionsTab(desk);
    m_tabs->addTab(m_versions, tr("Versions"));

    m_problems = new QTreeWidget;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("File"), tr("Where"), tr("Problem")});
    m_problems->setMaximumHeight(140);
    m_problems->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(m_status);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 980});
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    QUndoStack* stack = m_doc->undoStack();
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::cleanChanged, this, &PlaybookEditor::updateHeader);
    connect(m_doc, &PlaybookDocument::changed, this, &PlaybookEditor::updateHeader);
    connect(m_save, &QPushButton::clicked, this, &PlaybookEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PlaybookEditor::revert);
    connect(importButton, &QPushButton::clicked, this, &PlaybookEditor::importDialog);
    connect(exportButton, &QPushButton::clicked, this, &PlaybookEditor::exportDialog);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QString id = current.data(PlaybookListModel::IdRole).toString();
                if (id == QString::fromStdString(m_doc->playbook().id))
                    return;
                if (m_doc->isModified() &&
                    QMessageBox::question(this, tr("Unsaved changes"),
                                          tr("Discard the unsaved changes to %1?")
                                              .arg(QString::fromStdString(m_doc->playbook().id))) !=
                        QMessageBox::Yes) {
                    restoreSelection();
                    return;
                }
                selectPlaybook(id);
            });
    connect(m_due, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(ReviewDueModel::IdRole).toString();
        if (index.data(ReviewDueModel::KindRole).toString() == QLatin1String("template")) {
            emit templateActivated(id);
            return;
        }
        const int row = m_listModel->rowOf(id);
        if (row >= 0)
            m_list->setCurrentIndex(m_listModel->index(row, 0));
    });
    // The templates tab offers the ids of the kit in effect.
    const auto offerTemplates = [this] {
        QStringList ids;
        try {
            for (const auto& t : crisis::kitInEffect(m_desk.store()))
                ids << QString::fromStdString(t.id);
        } catch (const std::exception&) {
        }
        m_templatesTab->setKnownTemplates(ids);
    };
    connect(&desk, &Desk::dataChanged, this, offerTemplates);
    offerTemplates();
    // Any command resets the list: put the selection back without reloading the document.
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &PlaybookEditor::restoreSelection);

    if (m_listModel->rowCount() > 0)
        m_list->setCurrentIndex(m_listModel->index(0, 0));
    updateHeader();
}

void PlaybookEditor::bindUndo(QAction* undo, QAction* redo) {
    // The shortcuts are application-wide; they only mean "undo a playbook edit" while the
    // editor is on screen.
    connect(undo, &QAction::triggered, this, [this] {
        if (isVisible())
            m_doc->undoStack()->undo();
    });
    connect(redo, &QAction::triggered, this, [this] {
        if (isVisible())
            m_doc->undoStack()->redo();
    });
}

void PlaybookEditor::restoreSelection() {
    const int row = m_listModel->rowOf(QString::fromStdString(m_doc->playbook().id));
    if (row < 0)
        return;
    const QSignalBlocker block(m_list->selectionModel());
    m_list->setCurrentIndex(m_listModel->index(row, 0));
    m_list->viewport()->update();
}

void PlaybookEditor::selectPlaybook(const QString& id) {
    std::optional<crisis::PlaybookRecord> record;
    try {
        record = m_desk.store().playbook(id.toStdString());
    } catch (const crisis::Error& e) {
        setStatus(QString::fromStdString(e.describe(m_desk.language())), true);
        return;
    }
    if (!record)
        return;
    m_doc->load(record->playbook, record->version);
    m_versions->setPlaybook(record->playbook.id, record->version);
    m_problems->clear();
    m_problems->hide();
    setStatus({}, false);
    restoreSelection();
}

void PlaybookEditor::updateHeader() {
    const auto& pb = m_doc->playbook();
    if (pb.id.empty()) {
        m_title->setText(tr("No playbook selected"));
    } else {
        QString title =
            tr("%1 — %2, version %3")
                .arg(QString::fromStdString(pb.name.in(m_desk.language())), QString::fromStdString(pb.id))
                .arg(m_doc->version());
        if (m_doc->isModified())
            title += QStringLiteral("  ") + tr("(unsaved changes)");
        m_title->setText(title);
    }
    m_save->setEnabled(!pb.id.empty());
    m_revert->setEnabled(m_doc->isModified());
}

void PlaybookEditor::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

void PlaybookEditor::showProblems(const QString& source, const std::vector<crisis::Problem>& problems) {
    for (const auto& problem : problems) {
        auto* item = new QTreeWidgetItem(m_problems);
        item->setText(0, source);
        item->setText(1, QString::fromStdString(problem.pointer.empty() ? "/" : problem.pointer));
        item->setText(2, QString::fromStdString(crisis::render(problem.message, m_desk.language())));
    }
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

bool PlaybookEditor::save() {
    m_problems->clear();
    m_problems->hide();
    const auto& pb = m_doc->playbook();
    if (pb.id.empty())
        return false;
    // The same reader an import uses: what the console stores, the CLI could have imported.
    crisis::Playbook parsed;
    try {
        parsed = crisis::parsePlaybook(crisis::playbookToJson(pb), pb.id);
    } catch (const crisis::ValidationError& e) {
        showProblems(tr("(editor)"), e.problems());
        setStatus(
            tr("Not saved: %n problem(s) to fix first.", nullptr, static_cast<int>(e.problems().size())),
            true);
        return false;
    }
    const int before = m_doc->version();
    int version = 0;
    if (const auto error = m_desk.run([&] { version = m_desk.store().savePlaybook(parsed, m_desk.now()); })) {
        setStatus(*error, true);
        return false;
    }
    // Reading back may fill defaults (e.g. a removed standard clock): then show what was stored.
    if (parsed == pb)
        m_doc->markSaved(version);
    else
        m_doc->load(parsed, version);
    m_versions->setPlaybook(parsed.id, version);
    setStatus(
        version == before
            ? tr("No changes: still version %1.").arg(version)
            : tr("Saved as version %1. Open incidents keep the version they were opened with.").arg(version),
        false);
    return true;
}

void PlaybookEditor::revert() {
    if (!m_doc->playbook().id.empty())
        selectPlaybook(QString::fromStdString(m_doc->playbook().id));
}

bool PlaybookEditor::importFiles(const QStringList& paths) {
    m_problems->clear();
    m_problems->hide();
    // importPlaybooks validates every file (and the linked templates, and ids across files)
    // before writing anything, then stores them all in one transaction.
    std::vector<crisis::PlaybookFile> files;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showProblems(name,
                         {{"", {"error.file_read", {name.toStdString(), file.errorString().toStdString()}}}});
            continue;
        }
        files.push_back({name.toStdString(), file.readAll().toStdString()});
    }
    std::vector<std::pair<std::string, int>> versions;
    if (m_problems->topLevelItemCount() == 0) {
        try {
            versions = crisis::importPlaybooks(m_desk.store(), files, m_desk.now());
            m_desk.refresh();
        } catch (const crisis::ValidationError& e) {
            // With several files each pointer starts with "file: ".
            for (const auto& p : e.problems()) {
                std::string file = e.source();
                std::string where = p.pointer;
                if (const auto colon = where.find(": "); files.size() > 1 && colon != std::string::npos) {
                    file = where.substr(0, colon);
                    where = where.substr(colon + 2);
                }
                showProblems(QString::fromStdString(file), {{where, p.message}});
            }
        } catch (const crisis::Error& e) {
            setStatus(QString::fromStdString(e.describe(m_desk.language())), true);
            return false;
        }
    }
    const int problems = m_problems->topLevelItemCount();
    if (problems > 0) {
        setStatus(tr("Nothing imported: %n problem(s).", nullptr, problems), true);
        return false;
    }
    QStringList stored;
    for (const auto& [id, version] : versions)
        stored << tr("%1 v%2").arg(QString::fromStdString(id)).arg(version);
    if (!versions.empty())
        selectPlaybook(QString::fromStdString(versions.back().first));
    setStatus(tr("Imported: %1").arg(stored.join(QStringLiteral(", "))), false);
    return true;
}

bool PlaybookEditor::exportTo(const QString& path) {
    m_problems->clear();
    m_problems->hide();
    std::string json;
    try {
        // Export what a later import will accept: the validated canonical form.
        const auto& pb = m_doc->playbook();
        json = crisis::playbookToJson(crisis::parsePlaybook(crisis::playbookToJson(pb), pb.id));
    } catch (const crisis::ValidationError& e) {
        showProblems(tr("(editor)"), e.problems());
        setStatus(
            tr("Not exported: %n problem(s) to fix first.", nullptr, static_cast<int>(e.problems().size())),
            true);
        return false;
    }
    if (const auto error = writeExportFile(path, json)) {
        setStatus(*error, true);
        return false;
    }
    setStatus(tr("Exported to %1").arg(path), false);
    return true;
}

void PlaybookEditor::importDialog() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import playbooks"), {}, tr("Playbooks (*.json)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void PlaybookEditor::exportDialog() {
    const auto& id = m_doc->playbook().id;
    if (id.empty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export playbook"),
                                                      QString::fromStdString(id) + QStringLiteral(".json"),
                                                      tr("Playbooks (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PlaybookEditor::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedJsonFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PlaybookEditor::dropEvent(QDropEvent* event) {
    const QStringList paths = droppedJsonFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

std::optional<QString> PlaybookEditor::markSelectedReviewed(const QString& note) {
    const auto rows = m_due->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return tr("Select a playbook or template in the overdue list first.");
    const auto kind =
        crisis::reviewKindFromName(rows.front().data(ReviewDueModel::KindRole).toString().toStdString());
    const std::string id = rows.front().data(ReviewDueModel::IdRole).toString().toStdString();
    if (!kind)
        return tr("Select a playbook or template in the overdue list first.");
    return m_desk.run([&] {
        crisis::markReviewed(m_desk.store(), *kind, id, m_desk.actor().toStdString(), m_desk.now(),
                             note.trimmed().toStdString());
    });
}
