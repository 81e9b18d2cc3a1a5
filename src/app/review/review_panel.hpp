#pragma once
// The review tab of an incident: the four review questions answered per team, the improvement
// plan (add, done, accept a playbook proposal), the figures computed from the log, free notes,
// the exports (after-action report, timeline, ICS-214) and the replay.

#include "review_export.hpp"

#include <QWidget>

#include <cstdint>
#include <optional>

class AnswersModel;
class Desk;
class FiguresModel;
class ImprovementModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class StaleView;

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(Desk& desk, QWidget* parent = nullptr);
    void setIncident(std::int64_t incident);
    void setUtc(bool utc);

    AnswersModel* answers() const { return m_answers; }
    ImprovementModel* improvements() const { return m_improvements; }
    FiguresModel* figures() const { return m_figures; }
    QTableView* answersView() const { return m_answersView; }
    QTableView* improvementsView() const { return m_improvementsView; }
    QTabWidget* sections() const { return m_sections; }
    QListWidget* notes() const { return m_notes; }
    QLineEdit* noteEdit() const { return m_noteEdit; }
    QLabel* summary() const { return m_summary; }

    /// Actions on the selected improvement item (return the error text, if any).
    std::optional<QString> completeSelected();
    /// Stores the selected item's proposal as a new playbook version, without asking.
    std::optional<QString> acceptSelected();
    /// Adds the text of the note field as a note.
    std::optional<QString> addNote();
    /// Writes an export of the current incident to `path`.
    std::optional<QString> exportTo(ReviewExport kind, const QString& path);

signals:
    /// The user asked to play the incident back.
    void replayRequested(std::int64_t incident);

public slots:
    void answerSelected();
    void addImprovement();
    void confirmAcceptSelected();
    void chooseExport(ReviewExport kind);

private:
    void refresh();
    void updateButtons();
    void report(const QString& error);

    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    StaleView* m_stale = nullptr;
    AnswersModel* m_answers;
    ImprovementModel* m_improvements;
    FiguresModel* m_figures;
    QLabel* m_summary;
    QTabWidget* m_sections;
    QTableView* m_answersView;
    QTableView* m_improvementsView;
    QTableView* m_figuresView;
    QSpinBox* m_before; ///< sentiment window before T0, hours
    QSpinBox* m_after;  ///< after closing, hours
    QListWidget* m_notes;
    QLineEdit* m_noteEdit;
    QPushButton* m_answer;
    QPushButton* m_add;
    QPushButton* m_done;
    QPushButton* m_accept;
    QPushButton* m_noteButton;
    QPushButton* m_export; ///< with a menu of the exports
    QPushButton* m_replay;
};
