#pragma once
// What a drag and drop brings: the local .json files among its URLs (playbooks, template kits).

#include <QStringList>

class QMimeData;

/// The local files ending in .json (any case) among `mime`'s URLs, in order.
QStringList droppedJsonFiles(const QMimeData* mime);
