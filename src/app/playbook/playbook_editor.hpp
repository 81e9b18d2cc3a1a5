#pragma once
// The playbook editor: stored playbooks (latest version) and what is overdue for review
// (playbooks and templates) on the left; on the right the edited playbook in tabs (General, Clocks,
// Checklists, Tasks, Reputation, Templates, Versions), Save / Revert / Import / Export, and the problems that
// block a save or an import, each with its JSON pointer. Dropping .json files imports them.
//
// Saving and importing go through the same strict reader as crisisctl (parsePlaybook), so the
// console can store nothing the CLI would refuse; a save that changes content makes a new
// version, and incidents keep the version they were opened with.

#include <crisis/error.hpp>

#include <QWidget>

#include <optional>

class Desk;
class PlaybookDocument;
class PlaybookListModel;
class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;
class ReviewDueModel;
class TemplatesTab;
class VersionsTab;

class PlaybookEditor : public QWidget {
    Q_OBJECT
public:
    explicit PlaybookEditor(Desk& desk, QWidget* parent = nullptr);

    PlaybookDocument& document() { return *m_doc; }
    /// Undo and redo (from Actions) act on this editor's document while it is visible.
    void bindUndo(QAction* undo, QAction* redo);
    /// Loads the latest stored version of `id` for editing.
    void selectPlaybook(const QString& id);

    /// Validates the edited playbook and stores it (a new version if it changed). On any
    /// problem lists them all and stores nothing. Returns true when stored.
    bool save();
    /// Drops the edits: reloads the stored version.
    void revert();
    /// Validates every file first; stores them only if all are valid. Lists every problem.
    bool importFiles(const QStringList& paths);
    /// Writes the edited playbook (validated, canonical form) to `path`.
    bool exportTo(const QString& path);

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* problems() const { return m_problems; }
    VersionsTab* versions() const { return m_versions; }
    PlaybookListModel* playbookModel() const { return m_listModel; }
    ReviewDueModel* dueModel() const { return m_dueModel; }
    QTableView* dueView() const { return m_due; }
    /// Records the selected overdue playbook or template as reviewed and current (with `note`),
    /// so its next review is one interval away. Returns the error text, if any.
    std::optional<QString> markSelectedReviewed(const QString& note);

signals:
    /// A template on the review list was activated: the window shows it on the Templates page.
    void templateActivated(const QString& id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void importDialog();
    void exportDialog();
    void updateHeader();
    void showProblems(const QString& source, const std::vector<crisis::Problem>& problems);
    void setStatus(const QString& text, bool error);
    void restoreSelection();

    Desk& m_desk;
    PlaybookDocument* m_doc;
    PlaybookListModel* m_listModel;
    ReviewDueModel* m_dueModel;
    TemplatesTab* m_templatesTab;
    QTableView* m_list;
    QTableView* m_due;
    QLabel* m_title;
    QLabel* m_status;
    QTabWidget* m_tabs;
    VersionsTab* m_versions;
    QTreeWidget* m_problems;
    QPushButton* m_save;
    QPushButton* m_revert;
};
