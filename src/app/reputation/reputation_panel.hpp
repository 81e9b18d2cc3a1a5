#pragma once
// The reputation tab of an incident: import (file dialog, drag and drop, watched folder), the
// unified inbox with its filters and actions, charts, and the review figures.

#include "mention_importer.hpp"

#include <crisis/inbox.hpp>

#include <QWidget>

#include <cstdint>
#include <memory>

class Desk;
class FolderWatch;
class InboxModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;
class QToolButton;
class ReputationCharts;

class ReputationPanel : public QWidget {
    Q_OBJECT
public:
    ReputationPanel(Desk& desk, QWidget* parent = nullptr);
    ~ReputationPanel() override;

    void setIncident(std::int64_t incident);
    void setUtc(bool utc);

    /// Imports `path` as the user would (dialogs in interactive mode).
    ImportReport importFile(const QString& path,
                            MentionImporter::Mode mode = MentionImporter::Mode::Interactive);

    MentionImporter& importer() { return *m_importer; }
    FolderWatch& folderWatch() { return *m_watch; }
    InboxModel* inbox() const { return m_inbox; }
    QTableView* inboxView() const { return m_view; }
    ReputationCharts* charts() const { return m_charts; }
    QLabel* metricsLabel() const { return m_metrics; }
    QLabel* statusLabel() const { return m_status; }
    QCheckBox* attentionOnly() const { return m_attention; }
    QComboBox* channelFilter() const { return m_channel; }
    QComboBox* sentimentFilter() const { return m_sentiment; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* assignee() const { return m_member; }
    QTabWidget* views() const { return m_views; }

    QToolButton* lexiconButton() const { return m_lexicon; }
    QLabel* lexiconLabel() const { return m_lexicons; }
    /// Adds an extra sentiment lexicon as "Add lexicon…" does after its file dialog; returns
    /// the error text (every bad line) with nothing changed, and shows the outcome inline.
    std::optional<QString> addLexiconFile(const QString& path);

    /// Inbox actions on the selected row (return the error text, if any).
    std::optional<QString> assignSelected();
    std::optional<QString> resolveSelected(crisis::InboxState state);
    std::optional<QString> replySelected(const QString& text, const QString& templateId);

public slots:
    void chooseFile();
    void chooseFolder();
    void chooseLexicon();
    void replyToSelected();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void showLexicons();
    void refresh();
    void report(const QString& file, const ImportReport& r);
    const crisis::InboxItem* selected() const;

    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    bool m_dirty = true;
    std::unique_ptr<MentionImporter> m_importer;
    FolderWatch* m_watch;
    InboxModel* m_inbox;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    ReputationCharts* m_charts;
    QTabWidget* m_views;
    QLabel* m_metrics;
    QLabel* m_recovery;
    QLabel* m_status;
    QLabel* m_folder;
    QCheckBox* m_attention;
    QComboBox* m_channel;
    QComboBox* m_sentiment;
    QComboBox* m_state;
    QSpinBox* m_minReach;
    QComboBox* m_member;
    QPushButton* m_import;
    QToolButton* m_lexicon;
    QLabel* m_lexicons;
};
