#include "playbook_diff_model.hpp"

#include <QColor>

PlaybookDiffModel::PlaybookDiffModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlaybookDiffModel::setChanges(std::vector<crisis::PlaybookChange> changes) {
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int PlaybookDiffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int PlaybookDiffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookDiffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& change = m_changes[static_cast<std::size_t>(index.row())];
    using Kind = crisis::PlaybookChange::Kind;
    if (role == Qt::ForegroundRole && index.column() == KindColumn)
        return QColor(change.kind == Kind::Added     ? QStringLiteral("#1e7b34")
                      : change.kind == Kind::Removed ? QStringLiteral("#b03a2e")
                      : change.kind == Kind::Moved   ? QStringLiteral("#1f5f99")
                                                     : QStringLiteral("#9a6700"));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        // A move shows where from and where to (positions from 1, as the editor's lists number them).
        return change.kind == Kind::Added     ? tr("added")
               : change.kind == Kind::Removed ? tr("removed")
               : change.kind == Kind::Moved   ? tr("moved %1 → %2").arg(change.from + 1).arg(change.to + 1)
                                              : tr("changed");
    case PathColumn:
        return QString::fromStdString(change.path);
    case BeforeColumn:
        return QString::fromStdString(change.before);
    case AfterColumn:
        return QString::fromStdString(change.after);
    default:
        return {};
    }
}

QVariant PlaybookDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case PathColumn:
        return tr("Path");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}
