#include "general_tab.hpp"

#include "../labels.hpp"
#include "duration_edit.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <crisis/team.hpp>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using Field = PlaybookDocument::Field;

void TextBox::focusOutEvent(QFocusEvent* event) {
    QPlainTextEdit::focusOutEvent(event);
    emit editingFinished();
}

namespace {

QString q(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

TextBox* textBox(const char* objectName) {
    auto* box = new TextBox;
    box->setObjectName(QLatin1String(objectName));
    box->setTabChangesFocus(true);
    box->setMaximumHeight(90);
    return box;
}

} // namespace

GeneralTab::GeneralTab(PlaybookDocument& doc, QWidget* parent) : QWidget(parent), m_doc(doc) {
    setObjectName(QStringLiteral("generalTab"));
    m_id = new QLabel;
    m_id->setObjectName(QStringLiteral("playbookId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("crisisType"));
    for (const auto type : crisis::knownCrisisTypes)
        m_type->addItem(q(type), q(type));
    m_origin = new QComboBox;
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->addItem(tr("internal (self-inflicted)"), QStringLiteral("internal"));
    m_origin->addItem(tr("external"), QStringLiteral("external"));
    m_origin->addItem(tr("either"), QStringLiteral("either"));
    m_nameEn = form_fields::lineEdit("nameEn");
    m_nameZh = form_fields::lineEdit("nameZh");
    m_descriptionEn = textBox("descriptionEn");
    m_descriptionZh = textBox("descriptionZh");
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("owner"));
    for (const auto role : crisis::knownRoles)
        m_owner->addItem(labels::role(q(role)), q(role));
    m_review = new DurationEdit;
    m_review->setObjectName(QStringLiteral("reviewInterval"));

    auto* form = new QFormLayout;
    // Fields keep their natural height; spare room goes below the form, not between rows.
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addStretch();
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Crisis type"), m_type);
    form->addRow(tr("Origin"), m_origin);
    form->addRow(tr("Name (English)"), m_nameEn);
    form->addRow(tr("Name (Chinese)"), m_nameZh);
    form->addRow(tr("Description (English)"), m_descriptionEn);
    form->addRow(tr("Description (Chinese)"), m_descriptionZh);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Review every"), m_review);

    const auto onCombo = [this](QComboBox* box, Field field) {
        connect(box, &QComboBox::activated, this,
                [this, box, field] { m_doc.setField(field, box->currentData().toString().toStdString()); });
    };
    onCombo(m_type, Field::CrisisType);
    onCombo(m_origin, Field::Origin);
    onCombo(m_owner, Field::Owner);
    const auto onLine = [this](QLineEdit* edit, Field field) {
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, field] { m_doc.setField(field, form_fields::text(edit)); });
    };
    onLine(m_nameEn, Field::NameEn);
    onLine(m_nameZh, Field::NameZh);
    const auto onText = [this](TextBox* box, Field field) {
        connect(box, &TextBox::editingFinished, this,
                [this, box, field] { m_doc.setField(field, box->toPlainText().trimmed().toStdString()); });
    };
    onText(m_descriptionEn, Field::DescriptionEn);
    onText(m_descriptionZh, Field::DescriptionZh);
    connect(m_review, &DurationEdit::editingFinished, this,
            [this] { m_doc.setField(Field::ReviewInterval, m_review->value()); });
    connect(&doc, &PlaybookDocument::changed, this, &GeneralTab::load);
    load();
}

void GeneralTab::load() {
    const auto& pb = m_doc.playbook();
    m_id->setText(QString::fromStdString(pb.id));
    m_type->setCurrentIndex(m_type->findData(QString::fromStdString(pb.crisisType)));
    m_origin->setCurrentIndex(m_origin->findData(QString::fromStdString(pb.origin)));
    m_nameEn->setText(QString::fromStdString(pb.name.en));
    m_nameZh->setText(QString::fromStdString(pb.name.zh));
    // Replacing the text of a box being typed in would move its cursor: only when it differs.
    if (m_descriptionEn->toPlainText() != QString::fromStdString(pb.description.en))
        m_descriptionEn->setPlainText(QString::fromStdString(pb.description.en));
    if (m_descriptionZh->toPlainText() != QString::fromStdString(pb.description.zh))
        m_descriptionZh->setPlainText(QString::fromStdString(pb.description.zh));
    m_owner->setCurrentIndex(m_owner->findData(QString::fromStdString(pb.owner)));
    m_review->setValue(pb.reviewInterval);
}
