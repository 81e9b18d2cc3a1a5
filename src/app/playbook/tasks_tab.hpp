#pragma once
// Task templates of the edited playbook: id, title in both languages, owner role, due offset.

#include "element_tab.hpp"

#include <crisis/messages.hpp>

class DurationEdit;
class QComboBox;
class QLineEdit;

class TasksTab : public ElementTab {
    Q_OBJECT
public:
    TasksTab(PlaybookDocument& doc, crisis::Language lang, QWidget* parent = nullptr);

protected:
    void loadForm(int row) override;
    void addElement(int row) override;
    void removeElement(int row) override;
    void moveElement(int from, int to) override;

private:
    void commit();

    QLineEdit* m_id;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleZh;
    QComboBox* m_role;
    DurationEdit* m_due;
};
