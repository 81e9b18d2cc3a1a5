#pragma once
// The event timeline with filters: scope (this incident or all), kind, actor and a text search.

#include <QWidget>

class Desk;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;
class TimelineModel;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(Desk& desk, QWidget* parent = nullptr);
    void setIncident(std::int64_t id);
    void setUtc(bool utc);
    /// Puts the keyboard focus in the search field.
    void focusSearch();
    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void applyFilter();
    void refillChoices();

    Desk& m_desk;
    std::int64_t m_incident = 0;
    TimelineModel* m_model;
    QComboBox* m_scope;
    QComboBox* m_kind;
    QComboBox* m_actor;
    QLineEdit* m_search;
    QTableView* m_view;
    QTimer* m_searchDelay;
};
