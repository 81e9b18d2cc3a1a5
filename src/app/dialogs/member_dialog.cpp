#include "member_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

MemberDialog::MemberDialog(Desk& desk, std::optional<crisis::Member> existing, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(m_existing ? tr("Edit team member") : tr("Add team member"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (const auto role : crisis::knownRoles) {
        const auto id = QString::fromUtf8(role.data(), static_cast<int>(role.size()));
        m_role->addItem(labels::role(id), id);
    }
    m_standing = new QComboBox;
    m_standing->setObjectName(QStringLiteral("standing"));
    m_standing->addItem(tr("Primary: holds the role"), false);
    m_standing->addItem(tr("Backup: steps in when there is no primary"), true);
    m_contact = new QLineEdit;
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setPlaceholderText(tr("Phone, e-mail or messenger handle"));
    if (m_existing) {
        m_name->setText(QString::fromStdString(m_existing->name));
        m_role->setCurrentIndex(m_role->findData(QString::fromStdString(m_existing->role)));
        m_contact->setText(QString::fromStdString(m_existing->contact));
        m_standing->setCurrentIndex(m_existing->backup ? 1 : 0);
    } else {
        suggestStanding();
        connect(m_role, &QComboBox::currentIndexChanged, this, &MemberDialog::suggestStanding);
    }
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Standing"), m_standing);
    form->addRow(tr("Contact"), m_contact);
    auto* buttons = okCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void MemberDialog::accept() {
    crisis::Member member = m_existing.value_or(crisis::Member{});
    member.name = m_name->text().trimmed().toStdString();
    member.role = m_role->currentData().toString().toStdString();
    member.contact = m_contact->text().trimmed().toStdString();
    member.backup = m_standing->currentData().toBool();
    const auto error = m_desk.run([&] {
        if (m_existing)
            m_desk.store().updateMember(member);
        else
            m_desk.store().addMember(member);
    });
    if (error) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void MemberDialog::suggestStanding() {
    const std::string role = m_role->currentData().toString().toStdString();
    bool hasPrimary = false;
    try {
        for (const auto& m : m_desk.store().members())
            hasPrimary = hasPrimary || (m.role == role && !m.backup);
    } catch (const std::exception&) {
    }
    m_standing->setCurrentIndex(hasPrimary ? 1 : 0);
}
