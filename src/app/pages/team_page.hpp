#pragma once
// The team view: members, roles, primary or backup, contacts (add, edit and remove with
// validation), and beside them each role's coverage: its primary and its backups.

#include <QWidget>

class Desk;
class QTableView;
class RoleCoverageModel;
class TeamModel;

class TeamPage : public QWidget {
    Q_OBJECT
public:
    explicit TeamPage(Desk& desk, QWidget* parent = nullptr);
    TeamModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    RoleCoverageModel* coverage() const { return m_coverage; }

    void addMember();
    void editSelected();
    void removeSelected();

private:
    Desk& m_desk;
    TeamModel* m_model;
    RoleCoverageModel* m_coverage;
    QTableView* m_view;
};
