#pragma once
// Message templates the edited playbook links to, by template id.

#include "element_tab.hpp"

class QLineEdit;

class TemplatesTab : public ElementTab {
    Q_OBJECT
public:
    explicit TemplatesTab(PlaybookDocument& doc, QWidget* parent = nullptr);

protected:
    void loadForm(int row) override;
    void addElement(int row) override;
    void removeElement(int row) override;
    void moveElement(int from, int to) override;

private:
    QLineEdit* m_newId;
};
