#include "folder_watch.hpp"

#include "../desk.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

FolderWatch::FolderWatch(Desk& desk, MentionImporter& importer, QObject* parent)
    : QObject(parent), m_desk(desk), m_importer(importer) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(1500);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(&m_settle, &QTimer::timeout, this, [this] { scan(true); });
}

void FolderWatch::restore(const QVariantMap& folders, const QStringList& done) {
    m_folders.clear();
    for (auto it = folders.begin(); it != folders.end(); ++it)
        m_folders.insert(it.key().toLongLong(), it.value().toString());
    m_done = QSet<QString>(done.begin(), done.end());
    rewatch();
    m_settle.start();
}

void FolderWatch::setFolder(std::int64_t incident, const QString& folder) {
    if (folder.isEmpty())
        m_folders.remove(incident);
    else
        m_folders.insert(incident, folder);
    rewatch();
    persist();
    if (!folder.isEmpty())
        m_settle.start();
}

QString FolderWatch::folder(std::int64_t incident) const {
    return m_folders.value(incident);
}

void FolderWatch::rewatch() {
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    for (const auto& f : m_folders)
        if (QDir(f).exists())
            m_watcher.addPath(f);
}

void FolderWatch::persist() {
    if (!save)
        return;
    QVariantMap folders;
    for (auto it = m_folders.begin(); it != m_folders.end(); ++it)
        folders.insert(QString::number(it.key()), it.value());
    save(folders, QStringList(m_done.begin(), m_done.end()));
}

void FolderWatch::scan(bool requireStable) {
    bool waiting = false;
    bool changed = false;
    for (auto it = m_folders.begin(); it != m_folders.end(); ++it) {
        const QDir dir(it.value());
        const auto files = dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.json"),
                                              QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson")},
                                             QDir::Files, QDir::Name);
        for (const QFileInfo& file : files) {
            const QString signature = QStringLiteral("%1|%2|%3")
                                          .arg(file.absoluteFilePath())
                                          .arg(file.size())
                                          .arg(file.lastModified().toMSecsSinceEpoch());
            if (m_done.contains(signature))
                continue;
            const qint64 before = m_sizes.value(file.absoluteFilePath(), -1);
            m_sizes.insert(file.absoluteFilePath(), file.size());
            if (requireStable && before != file.size()) {
                waiting = true; // look again once it settles
                continue;
            }
            const auto report =
                m_importer.importFile(it.key(), file.absoluteFilePath(), MentionImporter::Mode::Unattended);
            // A refused file is not retried until it changes: its report says why.
            m_done.insert(signature);
            changed = true;
            emit fileImported(it.key(), file.fileName(), report);
        }
    }
    if (changed)
        persist();
    if (waiting)
        m_settle.start();
}
