#include "statement_dialogs.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../labels.hpp"
#include "../templates/template_labels.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The findings being overridden, [C] text each, a few rows high.
QListWidget* findingList(const std::vector<crisis::Finding>& findings) {
    auto* list = new QListWidget;
    list->setObjectName(QStringLiteral("overriddenFindings"));
    for (const auto& f : findings)
        list->addItem(
            QStringLiteral("[%1] %2").arg(labels::fiveC(f.protects), QString::fromStdString(f.text)));
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(6, static_cast<int>(findings.size())) + 8);
    return list;
}

} // namespace

ApproveDialog::ApproveDialog(const QStringList& roles, const std::vector<crisis::Finding>& findings,
                             int revision, QWidget* parent)
    : QDialog(parent), m_needsReason(!findings.empty()) {
    setWindowTitle(tr("Approve statement"));
    setObjectName(QStringLiteral("approveDialog"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("approveRole"));
    for (const auto& r : roles)
        m_role->addItem(labels::role(r), r);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Approve revision %1 as").arg(revision), m_role);
    layout->addLayout(form);

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    if (m_needsReason) {
        auto* heading =
            new QLabel(tr("The checks found %n problem(s). Approving anyway overrides them: say why. "
                          "The findings and your reason are logged with the approval.",
                          nullptr, static_cast<int>(findings.size())));
        heading->setWordWrap(true);
        layout->addWidget(heading);
        layout->addWidget(findingList(findings));
        layout->addWidget(new QLabel(tr("Reason for the override (required)")));
        m_reason->setPlaceholderText(
            tr("e.g. The figure comes from the regulator's notice; legal confirmed it."));
        layout->addWidget(m_reason);
    } else {
        m_reason->hide();
        auto* clean = new QLabel(tr("The checks found nothing to flag in this revision."));
        layout->addWidget(clean);
    }
    m_buttons = okCancelButtons(this, m_needsReason ? tr("Override and approve") : tr("Approve"));
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ApproveDialog::update);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    update();
}

QString ApproveDialog::role() const {
    return m_role->currentData().toString();
}

QString ApproveDialog::reason() const {
    return m_needsReason ? m_reason->toPlainText().trimmed() : QString();
}

void ApproveDialog::update() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_role->count() > 0 && (!m_needsReason || !reason().isEmpty()));
}

PublishDialog::PublishDialog(const QString& channel, const QString& audience,
                             const std::vector<crisis::Finding>& findings, QWidget* parent)
    : QDialog(parent), m_needsReason(!findings.empty()) {
    setWindowTitle(tr("Publish statement"));
    setObjectName(QStringLiteral("publishDialog"));
    auto* channelLabel = new QLabel(template_labels::channel(channel));
    channelLabel->setObjectName(QStringLiteral("publishChannel"));
    m_audience = new QLineEdit(audience);
    m_audience->setObjectName(QStringLiteral("publishAudience"));
    m_audience->setPlaceholderText(tr("Who it is for, e.g. Customers in the EU"));
    m_link = new QLineEdit;
    m_link->setObjectName(QStringLiteral("publishLink"));
    m_link->setPlaceholderText(tr("Where it can be read (optional)"));
    m_external =
        new QCheckBox(tr("Public (counts as a public statement for the acknowledgement and update clocks)"));
    m_external->setObjectName(QStringLiteral("publishExternal"));
    m_external->setChecked(channel != QLatin1String("internal-briefing"));
    auto* form = new QFormLayout;
    form->addRow(tr("Channel"), channelLabel);
    form->addRow(tr("Audience"), m_audience);
    form->addRow(tr("Link"), m_link);
    form->addRow(QString(), m_external);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("publishReason"));
    if (m_needsReason) {
        auto* heading =
            new QLabel(tr("Nobody approves statements in this playbook, and the checks found %n "
                          "problem(s). Publishing anyway overrides them: say why. The findings and "
                          "your reason are logged with the publication.",
                          nullptr, static_cast<int>(findings.size())));
        heading->setWordWrap(true);
        layout->addWidget(heading);
        layout->addWidget(findingList(findings));
        layout->addWidget(new QLabel(tr("Reason for the override (required)")));
        layout->addWidget(m_reason);
    } else {
        m_reason->hide();
    }
    m_buttons = okCancelButtons(this, m_needsReason ? tr("Override and publish") : tr("Publish"));
    connect(m_audience, &QLineEdit::textChanged, this, &PublishDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &PublishDialog::update);
    update();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void PublishDialog::update() {
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_audience->text().trimmed().isEmpty() &&
                     (!m_needsReason || !m_reason->toPlainText().trimmed().isEmpty()));
}

crisis::PublishRequest PublishDialog::request() const {
    crisis::PublishRequest r;
    r.audience = m_audience->text().trimmed().toStdString();
    r.link = m_link->text().trimmed().toStdString();
    r.external = m_external->isChecked();
    if (m_needsReason)
        r.reason = m_reason->toPlainText().trimmed().toStdString();
    return r;
}
