#pragma once
// Imports a mentions file into an incident the way the console does it: a column mapping for
// unknown CSV layouts, parsing and sentiment scoring off the GUI thread with progress and
// cancel, every bad row listed by line, and nothing stored on any error unless the user keeps
// the good rows. The write is one transaction; cancelling before it stores nothing.
// Unattended mode (the watched folder) shows no progress and asks nothing, except a column
// mapping for a layout it has none for (the watch remembers the answer per folder).

#include <crisis/mention.hpp>

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

class Desk;
class QProgressDialog;
class QWidget;

struct ImportReport {
    bool stored = false;
    bool cancelled = false;
    int added = 0;
    int duplicates = 0;
    int rejected = 0;
    int alerts = 0;
    QStringList problems; ///< "line N: why", every bad row
    QString error;        ///< why nothing was stored, if not a user's choice
    /// The column mapping used, when the file needed one (asked or given).
    std::optional<crisis::MentionColumns> columns;
};

class MentionImporter : public QObject {
    Q_OBJECT
public:
    enum class Mode { Interactive, Unattended };
    /// What the worker is doing, for progress.
    enum class Stage { Reading, Scoring, Storing };

    /// Dialogs are parented to `dialogParent`.
    MentionImporter(Desk& desk, QWidget* dialogParent, QObject* parent = nullptr);

    /// Imports `path`. `columns`: a mapping to use when the file's CSV header needs one and it
    /// fits (the watched folder's remembered one); otherwise the user is asked.
    ImportReport importFile(std::int64_t incident, const QString& path, Mode mode,
                            const std::optional<crisis::MentionColumns>& columns = {});
    /// True while an import runs (its progress loop lets timers fire: no second one starts).
    bool busy() const { return m_busy; }
    /// The progress dialog of the running interactive import, else nullptr.
    QProgressDialog* progressDialog() const { return m_progress; }
    /// Milliseconds before the progress dialog shows (QProgressDialog::minimumDuration).
    void setProgressDelay(int ms) { m_progressDelay = ms; }

    /// Test seams for the interactive questions: answer without showing a dialog.
    std::function<std::optional<crisis::MentionColumns>(const std::vector<std::string>&)> askColumns;
    std::function<bool(const QStringList& problems, int goodRows)> askKeepGoodRows;
    /// Called on the GUI thread after each progress update (done of total, in the stage's unit).
    std::function<void(Stage stage, std::size_t done, std::size_t total)> onProgress;

private:
    ImportReport importOrThrow(std::int64_t incident, const QString& path, Mode mode,
                               const std::optional<crisis::MentionColumns>& columns);
    // Runs `work` on a worker thread, keeping the GUI painting and relaying its progress.
    // Returns false when the user cancelled.
    bool offThread(Stage stage, const std::function<bool(const crisis::ImportProgress&)>& work);
    void showStage(Stage stage, std::size_t done, std::size_t total);

    Desk& m_desk;
    QWidget* m_dialogParent;
    QProgressDialog* m_progress = nullptr;
    int m_progressDelay = 400;
    bool m_busy = false;
    std::atomic<bool> m_cancel{false};
};
