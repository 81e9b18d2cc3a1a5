#pragma once
// A watched folder per incident: files exported by listening tools into it are imported as
// they appear (unattended: all or nothing). A file is imported once its size has stayed the
// same between two looks, so a file still being written is left alone. The first file of a
// folder that needs a column mapping asks for one; the watch remembers it for that folder and
// later files whose header it fits are imported without asking.

#include "mention_importer.hpp"

#include <QFileSystemWatcher>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

class FolderWatch : public QObject {
    Q_OBJECT
public:
    FolderWatch(Desk& desk, MentionImporter& importer, QObject* parent = nullptr);

    /// Watches `folder` for `incident` (empty: stop). Files already there are imported too.
    void setFolder(std::int64_t incident, const QString& folder);
    QString folder(std::int64_t incident) const;
    /// The column mapping remembered for `folder`, if any.
    std::optional<crisis::MentionColumns> mapping(const QString& folder) const;
    /// Imports what is ready now; with `requireStable` only files whose size did not change
    /// since the previous look.
    void scan(bool requireStable = true);

    /// What to persist (the console keeps it in its preferences, per database): folders by
    /// incident, the signatures of files already imported, the mappings by folder.
    QVariantMap state() const;
    /// Puts back a state() saved earlier and looks at the folders soon.
    void restore(const QVariantMap& state);

signals:
    void fileImported(std::int64_t incident, const QString& file, const ImportReport& report);
    /// state() changed: a folder, a mapping or the files done.
    void stateChanged(const QVariantMap& state);

private:
    void rewatch();
    Desk& m_desk;
    MentionImporter& m_importer;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QMap<std::int64_t, QString> m_folders;
    QMap<QString, crisis::MentionColumns> m_mappings; ///< by folder
    QSet<QString> m_done;                             ///< path|size|mtime of imported (or refused) files
    QMap<QString, qint64> m_sizes;                    ///< last seen size per path
};
