#pragma once
// The common shape of the Clocks, Checklists, Tasks and Templates tabs: a table of one list
// of the edited playbook, Add / Remove / Move up / Move down, and a form for the selected
// element. Subclasses fill the form and turn it back into an edit command; the selection
// follows the edited element across the model resets that every change causes.

#include <QWidget>

class ElementTableModel;
class PlaybookDocument;
class QFormLayout;
class QPushButton;
class QTableView;

class ElementTab : public QWidget {
    Q_OBJECT
public:
    ElementTab(PlaybookDocument& doc, ElementTableModel* model, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    /// Selects a row (and shows it in the form).
    void selectRow(int row);
    int currentRow() const;

protected:
    /// Fills the form from `row`, or clears and disables it for -1.
    virtual void loadForm(int row) = 0;
    /// Pushes a command adding a new element at `row`.
    virtual void addElement(int row) = 0;
    virtual void removeElement(int row) = 0;
    virtual void moveElement(int from, int to) = 0;
    /// Call at the end of a subclass constructor, after the form is filled with fields.
    void finishSetup(bool movable);
    /// Re-reads the form after the document changed (e.g. the checklist phase switched).
    void reloadForm();
    QFormLayout* form() const { return m_form; }
    /// Place for extra controls above the table (e.g. a phase picker).
    void addHeader(QWidget* widget);

    PlaybookDocument& m_doc;
    ElementTableModel* m_model;

private:
    void documentChanged();

    QTableView* m_view;
    QFormLayout* m_form;
    QWidget* m_formBox;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    int m_keepRow = 0;
};
