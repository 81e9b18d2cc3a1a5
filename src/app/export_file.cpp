#include "export_file.hpp"

#include <QCoreApplication>
#include <QSaveFile>

std::optional<QString> writeExportFile(const QString& path, const std::string& body) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(body.data(), static_cast<qint64>(body.size())) != static_cast<qint64>(body.size()) ||
        !file.commit())
        return QCoreApplication::translate("ExportFile", "Could not write %1: %2")
            .arg(path, file.errorString());
    return std::nullopt;
}
