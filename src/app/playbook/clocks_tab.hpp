#pragma once
// Clocks of the edited playbook: id, names, start event, duration, how the clock is met,
// warning fractions, and whether it is a regulatory deadline with its reference.

#include "element_tab.hpp"

#include <crisis/messages.hpp>
#include <crisis/playbook.hpp>

class DurationEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;

class ClocksTab : public ElementTab {
    Q_OBJECT
public:
    ClocksTab(PlaybookDocument& doc, crisis::Language lang, QWidget* parent = nullptr);

protected:
    void loadForm(int row) override;
    void addElement(int row) override;
    void removeElement(int row) override;
    void moveElement(int from, int to) override;

private:
    void commit();

    QLineEdit* m_id;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameZh;
    QLineEdit* m_start;
    DurationEdit* m_duration;
    QComboBox* m_metBy;
    QLineEdit* m_warnings;
    QCheckBox* m_regulatory;
    QLineEdit* m_reference;
};
