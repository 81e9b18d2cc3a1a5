#pragma once
// Exit checklists of the edited playbook, one phase at a time: id and text in both languages.

#include "element_tab.hpp"

#include <crisis/messages.hpp>

class QComboBox;
class QLineEdit;

class ChecklistsTab : public ElementTab {
    Q_OBJECT
public:
    ChecklistsTab(PlaybookDocument& doc, crisis::Language lang, QWidget* parent = nullptr);
    QComboBox* phaseBox() const { return m_phase; }

protected:
    void loadForm(int row) override;
    void addElement(int row) override;
    void removeElement(int row) override;
    void moveElement(int from, int to) override;

private:
    void commit();

    QComboBox* m_phase;
    QLineEdit* m_id;
    QLineEdit* m_textEn;
    QLineEdit* m_textZh;
};
