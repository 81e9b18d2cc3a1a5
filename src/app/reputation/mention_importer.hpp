#pragma once
// Imports a mentions file into an incident the way the console does it: a column mapping for
// unknown CSV layouts, parsing off the GUI thread with progress and cancel, every bad row
// listed by line, and nothing stored on any error unless the user keeps the good rows.
// Unattended mode (the watched folder) asks nothing: documented columns, all or nothing.

#include <crisis/mention.hpp>

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

class Desk;
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
};

class MentionImporter : public QObject {
    Q_OBJECT
public:
    enum class Mode { Interactive, Unattended };

    /// Dialogs are parented to `dialogParent` (interactive mode only).
    MentionImporter(Desk& desk, QWidget* dialogParent, QObject* parent = nullptr);

    ImportReport importFile(std::int64_t incident, const QString& path, Mode mode);

    /// Test seams for the interactive questions: answer without showing a dialog.
    std::function<std::optional<crisis::MentionColumns>(const std::vector<std::string>&)> askColumns;
    std::function<bool(const QStringList& problems, int goodRows)> askKeepGoodRows;

private:
    crisis::MentionParse parse(const std::string& data, crisis::MentionFormat format,
                               const crisis::MentionColumns& columns, bool showProgress);
    Desk& m_desk;
    QWidget* m_dialogParent;
};
