#include "dropped_files.hpp"

#include <QMimeData>
#include <QUrl>

QStringList droppedJsonFiles(const QMimeData* mime) {
    QStringList paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    return paths;
}
