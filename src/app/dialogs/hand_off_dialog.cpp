#include "hand_off_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <crisis/team.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HandOffDialog::HandOffDialog(Desk& desk, std::int64_t incident, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_incident(incident) {
    setObjectName(QStringLiteral("handOffDialog"));
    setWindowTitle(tr("Hand off a role"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (const auto role : crisis::knownRoles) {
        const auto id = QString::fromUtf8(role.data(), static_cast<int>(role.size()));
        m_role->addItem(labels::role(id), id);
    }
    m_current = new QLabel;
    m_current->setObjectName(QStringLiteral("currentHolder"));
    m_to = new QComboBox;
    m_to->setObjectName(QStringLiteral("newHolder"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. end of shift, needed for the press conference"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* hint = new QLabel(tr("The role's open tasks go to the new holder; done tasks keep who did them."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: gray;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Held now by"), m_current);
    form->addRow(tr("New holder"), m_to);
    form->addRow(tr("Reason"), m_reason);
    auto* buttons = okCancelButtons(this, tr("Hand off"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_role, &QComboBox::currentIndexChanged, this, &HandOffDialog::fillHolders);
    fillHolders();
}

void HandOffDialog::fillHolders() {
    const std::string role = m_role->currentData().toString().toStdString();
    std::string holder;
    std::vector<crisis::Member> members;
    try {
        const auto incident = m_desk.store().incident(m_incident);
        if (const auto* current = incident.holderOf(role))
            holder = current->holder;
        members = m_desk.store().members();
    } catch (const crisis::Error& e) {
        m_error->setText(QString::fromStdString(e.describe(m_desk.language())));
        m_error->show();
    }
    m_current->setText(holder.empty() ? tr("nobody") : QString::fromStdString(holder));
    m_to->clear();
    // The role's own people first (primary, then backups), then everyone else on the roster.
    std::stable_partition(members.begin(), members.end(),
                          [&](const crisis::Member& m) { return m.role == role; });
    for (const auto& m : members) {
        if (m.name == holder)
            continue;
        QString label = QString::fromStdString(m.name) + QStringLiteral(" · ") +
                        labels::role(QString::fromStdString(m.role));
        if (m.role == role)
            label += QStringLiteral(" · ") + (m.backup ? tr("backup") : tr("primary"));
        m_to->addItem(label, QString::fromStdString(m.name));
    }
}

void HandOffDialog::accept() {
    const auto role = m_role->currentData().toString().toStdString();
    const auto to = m_to->currentData().toString().toStdString();
    const auto reason = m_reason->text().trimmed().toStdString();
    if (const auto error = m_desk.run([&] { m_desk.service().handOff(m_incident, role, to, reason); })) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
