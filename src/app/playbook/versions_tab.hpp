#pragma once
// Differences between two stored versions of the selected playbook (crisis::diffPlaybooks).

#include <QWidget>

#include <string>

class Desk;
class PlaybookDiffModel;
class QComboBox;
class QTableView;

class VersionsTab : public QWidget {
    Q_OBJECT
public:
    explicit VersionsTab(Desk& desk, QWidget* parent = nullptr);
    /// Offers versions 1..latest of `playbookId`; compares the last two by default.
    void setPlaybook(const std::string& playbookId, int latest);
    /// Shows the changes from version `from` to version `to`.
    void compare(int from, int to);
    PlaybookDiffModel* model() const { return m_model; }

private:
    void update();

    Desk& m_desk;
    std::string m_id;
    QComboBox* m_from;
    QComboBox* m_to;
    PlaybookDiffModel* m_model;
    QTableView* m_view;
};
