#pragma once
// "My tasks" for team leads: the tasks assigned to me, or to my role, across open incidents,
// overdue first; tick them here. Who I am comes from the settings and is remembered.

#include <QWidget>

class Desk;
class QCheckBox;
class QLabel;
class QTableView;
class TaskTableModel;

class MyTasksPage : public QWidget {
    Q_OBJECT
public:
    MyTasksPage(Desk& desk, bool allOfRole, QWidget* parent = nullptr);
    TaskTableModel* model() const { return m_model; }
    /// Re-reads who "I" am (the desk's actor) and my role on the roster.
    void refreshIdentity();
    void setUtc(bool utc);

signals:
    void allOfRoleChanged(bool on);

private:
    Desk& m_desk;
    TaskTableModel* m_model;
    QLabel* m_who;
    QCheckBox* m_allOfRole;
    QTableView* m_view;
};
