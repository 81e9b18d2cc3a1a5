#include "finding_list_model.hpp"

#include "../labels.hpp"

#include <QBrush>
#include <QColor>

FindingListModel::FindingListModel(QObject* parent) : QAbstractListModel(parent) {}

void FindingListModel::setFindings(std::vector<crisis::Finding> findings) {
    if (findings == m_findings)
        return; // typing without changing the findings must not reset the selection
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& f = m_findings[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("[%1] %2").arg(labels::fiveC(f.protects), QString::fromStdString(f.text));
    case Qt::ToolTipRole:
        return f.span.empty() ? tr("Something is missing from the whole statement.")
                              : tr("Click to select “%1” in the text.").arg(QString::fromStdString(f.span));
    case Qt::ForegroundRole:
        return QBrush(QColor(0x8A, 0x5A, 0x00));
    case CodeRole:
        return QString::fromStdString(f.code);
    case FieldRole:
        return QString::fromStdString(f.field);
    case OffsetRole:
        return QVariant::fromValue<qulonglong>(f.offset);
    case SpanRole:
        return QString::fromStdString(f.span);
    case FiveCRole:
        return static_cast<int>(f.protects);
    default:
        return {};
    }
}
