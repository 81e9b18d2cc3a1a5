#include "folder_watch.hpp"

#include "../desk.hpp"
#include "column_mapping_dialog.hpp"

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

QVariantMap FolderWatch::state() const {
    QVariantMap folders;
    for (auto it = m_folders.begin(); it != m_folders.end(); ++it)
        folders.insert(QString::number(it.key()), it.value());
    QVariantMap mappings;
    for (auto it = m_mappings.begin(); it != m_mappings.end(); ++it)
        mappings.insert(it.key(), ColumnMappingDialog::toVariant(it.value()));
    return {{QStringLiteral("folders"), folders},
            {QStringLiteral("done"), QStringList(m_done.begin(), m_done.end())},
            {QStringLiteral("mappings"), mappings}};
}

void FolderWatch::restore(const QVariantMap& state) {
    m_folders.clear();
    const QVariantMap folders = state.value(QStringLiteral("folders")).toMap();
    for (auto it = folders.begin(); it != folders.end(); ++it)
        m_folders.insert(it.key().toLongLong(), it.value().toString());
    const QStringList done = state.value(QStringLiteral("done")).toStringList();
    m_done = QSet<QString>(done.begin(), done.end());
    m_mappings.clear();
    const QVariantMap mappings = state.value(QStringLiteral("mappings")).toMap();
    for (auto it = mappings.begin(); it != mappings.end(); ++it)
        m_mappings.insert(it.key(), ColumnMappingDialog::fromVariant(it.value().toMap()));
    rewatch();
    if (!m_folders.isEmpty())
        m_settle.start();
}

void FolderWatch::setFolder(std::int64_t incident, const QString& folder) {
    if (folder.isEmpty())
        m_folders.remove(incident);
    else
        m_folders.insert(incident, folder);
    rewatch();
    emit stateChanged(state());
    if (!folder.isEmpty())
        m_settle.start();
}

QString FolderWatch::folder(std::int64_t incident) const {
    return m_folders.value(incident);
}

std::optional<crisis::MentionColumns> FolderWatch::mapping(const QString& folder) const {
    const auto it = m_mappings.find(folder);
    if (it == m_mappings.end())
        return std::nullopt;
    return *it;
}

void FolderWatch::rewatch() {
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    for (const auto& f : m_folders)
        if (QDir(f).exists())
            m_watcher.addPath(f);
}

void FolderWatch::scan(bool requireStable) {
    if (m_importer.busy()) { // an import's progress loop let the timer fire: look again later
        m_settle.start();
        return;
    }
    bool waiting = false;
    bool changed = false;
    for (auto it = m_folders.begin(); it != m_folders.end(); ++it) {
        const QString folder = it.value();
        const QDir dir(folder);
        const auto files = dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.json"),
                                              QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson")},
                                             QDir::Files, QDir::Name);
        bool declined = false; // the user dismissed the mapping question: ask once per look
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
            if (declined && file.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
                continue;
            const auto report = m_importer.importFile(it.key(), file.absoluteFilePath(),
                                                      MentionImporter::Mode::Unattended, mapping(folder));
            if (report.cancelled) {
                // No mapping chosen: not imported, not refused; the next look asks again.
                declined = true;
                emit fileImported(it.key(), file.fileName(), report);
                continue;
            }
            if (report.columns)
                m_mappings.insert(folder, *report.columns);
            // A refused file is not retried until it changes: its report says why.
            m_done.insert(signature);
            changed = true;
            emit fileImported(it.key(), file.fileName(), report);
        }
    }
    if (changed)
        emit stateChanged(state());
    if (waiting)
        m_settle.start();
}
