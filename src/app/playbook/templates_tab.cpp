#include "templates_tab.hpp"

#include "element_table_model.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QStringListModel>

TemplatesTab::TemplatesTab(PlaybookDocument& doc, QWidget* parent)
    : ElementTab(doc, new ElementTableModel(doc, ElementTableModel::Kind::Templates, crisis::Language::En),
                 parent) {
    m_model->setParent(this);
    setObjectName(QStringLiteral("templatesTab"));
    m_newId = form_fields::lineEdit("newTemplateId");
    m_newId->setPlaceholderText(tr("template id, e.g. cyber-breach.social-post.holding.en"));
    m_known = new QStringListModel(this);
    auto* completer = new QCompleter(m_known, m_newId);
    completer->setFilterMode(Qt::MatchContains);
    m_newId->setCompleter(completer);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("templateNote"));
    m_note->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_note->hide();
    // The id field names the template Add links; it is not tied to the selected row.
    addHeader(m_newId);
    addHeader(m_note);
    finishSetup(false);
}

void TemplatesTab::loadForm(int) {}

void TemplatesTab::addElement(int row) {
    const auto id = form_fields::text(m_newId);
    if (id.empty())
        return;
    if (!m_known->stringList().isEmpty() && !m_known->stringList().contains(QString::fromStdString(id))) {
        m_note->setText(tr("No template \"%1\" in the kit in effect: import it on the Templates page first.")
                            .arg(QString::fromStdString(id)));
        m_note->show();
        return;
    }
    m_note->hide();
    m_doc.addTemplate(id, row);
    m_newId->clear();
}

void TemplatesTab::removeElement(int row) {
    m_doc.removeTemplate(row);
}

void TemplatesTab::moveElement(int, int) {}

void TemplatesTab::setKnownTemplates(const QStringList& ids) {
    m_known->setStringList(ids);
}
