#include "stale_view.hpp"

#include <QEvent>
#include <QWidget>

StaleView::StaleView(QWidget* view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh)) {
    view->installEventFilter(this);
}

void StaleView::markStale() {
    m_stale = true;
    if (m_view->isVisible()) {
        m_stale = false;
        m_refresh();
    }
}

bool StaleView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
