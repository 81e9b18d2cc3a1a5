#include "templates_tab.hpp"

#include "element_table_model.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <QFormLayout>

TemplatesTab::TemplatesTab(PlaybookDocument& doc, QWidget* parent)
    : ElementTab(doc, new ElementTableModel(doc, ElementTableModel::Kind::Templates, crisis::Language::En),
                 parent) {
    m_model->setParent(this);
    setObjectName(QStringLiteral("templatesTab"));
    m_newId = form_fields::lineEdit("newTemplateId");
    m_newId->setPlaceholderText(tr("template id, e.g. cyber-breach-holding-en"));
    // The id field names the template Add links; it is not tied to the selected row.
    addHeader(m_newId);
    finishSetup(false);
}

void TemplatesTab::loadForm(int) {}

void TemplatesTab::addElement(int row) {
    const auto id = form_fields::text(m_newId);
    if (id.empty())
        return;
    m_doc.addTemplate(id, row);
    m_newId->clear();
}

void TemplatesTab::removeElement(int row) {
    m_doc.removeTemplate(row);
}

void TemplatesTab::moveElement(int, int) {}
