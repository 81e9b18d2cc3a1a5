#pragma once
// Paints one incident of the left pane on two lines: "#id title" and "severity · phase",
// with a coloured bar for the worst clock.

#include <QStyledItemDelegate>

class IncidentDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
