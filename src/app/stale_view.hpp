#pragma once
// Refreshes a view from the core only when it can be seen. Views that re-read the core on
// every change would slow a busy console down; instead a change marks the view stale and it
// re-reads when it is shown (or at once if it is on screen).

#include <QObject>

#include <functional>

class QWidget;

class StaleView : public QObject {
    Q_OBJECT
public:
    /// Watches `view` (which owns this object) and calls `refresh` as described.
    StaleView(QWidget* view, std::function<void()> refresh);

public slots:
    /// The data behind the view changed.
    void markStale();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_refresh;
    bool m_stale = true;
};
