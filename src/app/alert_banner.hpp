#pragma once
// A non-modal banner at the top of the window listing what needs attention now (clocks in
// warning or overdue, overdue tasks). It never blocks work; Dismiss hides it until a new
// alert is raised.

#include <crisis/incident_service.hpp>

#include <QFrame>

class QLabel;
class QPushButton;

class AlertBanner : public QFrame {
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);

    /// Shows the current due items; `fresh` says whether any alert is newly raised (which
    /// re-shows a dismissed banner).
    void setItems(const std::vector<crisis::DueItem>& items, bool fresh, crisis::Language lang);
    /// A one-off notice (e.g. a message spike) shown with the due items until dismissed.
    void showNotice(std::int64_t incident, const QString& text, bool severe);
    QString text() const;
    bool dismissed() const { return m_dismissed; }

signals:
    void incidentActivated(std::int64_t incident);

private:
    QLabel* m_label;
    QPushButton* m_show;
    QPushButton* m_dismiss;
    bool m_dismissed = false;
    std::int64_t m_firstIncident = 0;
    QString m_dueText;
    QString m_notice;
    bool m_noticeSevere = false;
    void render(bool anyOverdue);
};
