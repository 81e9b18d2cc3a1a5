#pragma once
// The team view: members, roles, contacts; add, edit and remove with validation.

#include <QWidget>

class Desk;
class QTableView;
class TeamModel;

class TeamPage : public QWidget {
    Q_OBJECT
public:
    explicit TeamPage(Desk& desk, QWidget* parent = nullptr);
    TeamModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addMember();
    void editSelected();
    void removeSelected();

private:
    Desk& m_desk;
    TeamModel* m_model;
    QTableView* m_view;
};
