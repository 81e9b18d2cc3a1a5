#pragma once
// Message templates the edited playbook links to, by template id. The id field completes the
// ids of the kit in effect; an id outside it is refused with a note.

#include "element_tab.hpp"

class QLabel;
class QLineEdit;
class QStringListModel;

class TemplatesTab : public ElementTab {
    Q_OBJECT
public:
    explicit TemplatesTab(PlaybookDocument& doc, QWidget* parent = nullptr);
    /// The template ids of the kit in effect (crisis::kitInEffect), offered and checked.
    void setKnownTemplates(const QStringList& ids);

protected:
    void loadForm(int row) override;
    void addElement(int row) override;
    void removeElement(int row) override;
    void moveElement(int from, int to) override;

private:
    QLineEdit* m_newId;
    QLabel* m_note;
    QStringListModel* m_known;
};
