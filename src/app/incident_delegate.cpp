#include "incident_delegate.hpp"

#include "models/incident_list_model.hpp"

#include <QApplication>
#include <QPainter>

void IncidentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor background = index.data(Qt::BackgroundRole).value<QBrush>().color();
    painter->fillRect(option.rect, selected ? option.palette.highlight().color() : background);
    const QColor bar = background == Qt::white ? QColor(0xBD, 0xC3, 0xC7) : background.darker(150);
    painter->fillRect(QRect(option.rect.left(), option.rect.top(), 5, option.rect.height()), bar);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    const QString second = text.section(QLatin1Char('\n'), 1);
    const QRect area = option.rect.adjusted(10, 4, -6, -4);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    painter->setPen(selected ? option.palette.highlightedText().color() : option.palette.text().color());
    painter->setFont(bold);
    painter->drawText(QRect(area.left(), area.top(), area.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(first, Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    if (!selected)
        painter->setPen(QColor(0x4A, 0x4A, 0x4A));
    painter->drawText(
        QRect(area.left(), area.top() + boldMetrics.height() + 2, area.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(second, Qt::ElideRight, area.width()));
    painter->setPen(QColor(0xDD, 0xDD, 0xDD));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QSize IncidentDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    QFont bold = option.font;
    bold.setBold(true);
    return {200, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 12};
}
