#pragma once
// A watched folder per incident: files exported by listening tools into it are imported as
// they appear (unattended: documented columns, all or nothing). A file is imported once its
// size has stayed the same between two looks, so a file still being written is left alone.

#include "mention_importer.hpp"

#include <QFileSystemWatcher>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class FolderWatch : public QObject {
    Q_OBJECT
public:
    FolderWatch(Desk& desk, MentionImporter& importer, QObject* parent = nullptr);

    /// Watches `folder` for `incident` (empty: stop). Files already there are imported too.
    void setFolder(std::int64_t incident, const QString& folder);
    QString folder(std::int64_t incident) const;
    /// Imports what is ready now; with `requireStable` only files whose size did not change
    /// since the previous look.
    void scan(bool requireStable = true);

    /// Persistence hooks (the console stores them in its settings): folders by incident and
    /// the signatures of files already imported.
    std::function<void(const QVariantMap& folders, const QStringList& done)> save;
    void restore(const QVariantMap& folders, const QStringList& done);

signals:
    void fileImported(std::int64_t incident, const QString& file, const ImportReport& report);

private:
    void rewatch();
    void persist();
    Desk& m_desk;
    MentionImporter& m_importer;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QMap<std::int64_t, QString> m_folders;
    QSet<QString> m_done;          ///< path|size|mtime of imported (or refused) files
    QMap<QString, qint64> m_sizes; ///< last seen size per path
};
