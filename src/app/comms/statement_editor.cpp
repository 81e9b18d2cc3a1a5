#include "statement_editor.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../templates/template_labels.hpp"
#include "finding_list_model.hpp"
#include "statement_dialogs.hpp"

#include <crisis/template.hpp>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

// Byte offsets of the core are UTF-8; Qt's positions count UTF-16 units.
int qtPosition(const std::string& utf8, std::size_t offset) {
    return static_cast<int>(
        QString::fromUtf8(utf8.data(), static_cast<qsizetype>(std::min(offset, utf8.size()))).size());
}

} // namespace

StatementEditor::StatementEditor(Desk& desk, QWidget* parent) : QWidget(parent), m_desk(desk) {
    setObjectName(QStringLiteral("statementEditor"));
    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("statementTemplate"));
    m_templates->setMinimumContentsLength(28);
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_new = new QPushButton(tr("New"));
    m_new->setObjectName(QStringLiteral("newStatement"));
    m_new->setToolTip(tr("Draft a new statement from the chosen template, or a blank one"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("statementChannel"));
    for (const auto c : crisis::knownChannels)
        m_channel->addItem(
            template_labels::channel(QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size()))),
            QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size())));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("statementLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_to = new QLineEdit;
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_to->setPlaceholderText(tr("e.g. All customers"));
    m_from = new QLineEdit;
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_from->setPlaceholderText(tr("e.g. Customer care team"));
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("statementSubject"));
    m_message = new QPlainTextEdit;
    m_message->setObjectName(QStringLiteral("statementMessage"));
    m_message->setTabChangesFocus(true);
    m_reply = new QLineEdit;
    m_reply->setObjectName(QStringLiteral("statementReply"));
    m_reply->setPlaceholderText(tr("How readers answer, e.g. support@… or the hotline"));
    m_length = new QLabel;
    m_length->setObjectName(QStringLiteral("statementLength"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("statementState"));
    m_state->setWordWrap(true);
    m_checkSummary = new QLabel;
    m_checkSummary->setObjectName(QStringLiteral("statementCheckSummary"));
    m_checkSummary->setWordWrap(true);
    m_approvals = new QLabel;
    m_approvals->setObjectName(QStringLiteral("statementApprovals"));
    m_approvals->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("statementError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    m_findings = new FindingListModel(this);
    m_findingsView = new QListView;
    m_findingsView->setObjectName(QStringLiteral("statementFindings"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setWordWrap(true);
    m_findingsView->setMinimumWidth(260);
    m_save = new QPushButton(tr("Save draft"));
    m_save->setObjectName(QStringLiteral("saveStatement"));
    m_submit = new QPushButton(tr("Submit for review"));
    m_submit->setObjectName(QStringLiteral("submitStatement"));
    m_approve = new QPushButton(tr("Approve…"));
    m_approve->setObjectName(QStringLiteral("approveStatement"));
    m_publish = new QPushButton(tr("Publish…"));
    m_publish->setObjectName(QStringLiteral("publishStatement"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Template")));
    top->addWidget(m_templates, 1);
    top->addWidget(m_new);
    auto* channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(m_language);
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_to, 1);
    addressRow->addWidget(new QLabel(tr("From")));
    addressRow->addWidget(m_from, 1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Channel"), channelRow);
    form->addRow(tr("To"), addressRow);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Message"), m_message);
    form->addRow(QString(), m_length);
    form->addRow(tr("Reply"), m_reply);

    auto* checks = new QVBoxLayout;
    auto* checksTitle = new QLabel(tr("Checks (five Cs)"));
    checksTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    checks->addWidget(checksTitle);
    checks->addWidget(m_checkSummary);
    checks->addWidget(m_findingsView, 1);
    checks->addWidget(m_state);
    checks->addWidget(m_approvals);

    auto* body = new QHBoxLayout;
    body->addLayout(form, 3);
    body->addLayout(checks, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(); // the buttons keep their size when there is no error to show
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_publish);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    // The checks are pure and quick, but not every keystroke needs them.
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(250);
    connect(&m_checkTimer, &QTimer::timeout, this, &StatementEditor::recheck);
    const auto edited = [this] {
        updateLength();
        updateButtons();
        m_checkTimer.start();
    };
    for (auto* line : {m_to, m_from, m_subject, m_reply})
        connect(line, &QLineEdit::textChanged, this, edited);
    connect(m_message, &QPlainTextEdit::textChanged, this, edited);
    connect(m_channel, &QComboBox::currentIndexChanged, this, edited);
    connect(m_findingsView, &QListView::clicked, this,
            [this](const QModelIndex& i) { selectFinding(i.row()); });
    connect(m_new, &QPushButton::clicked, this, [this] { report(startNew()); });
    connect(m_save, &QPushButton::clicked, this, [this] { report(save()); });
    connect(m_submit, &QPushButton::clicked, this, [this] { report(submit()); });
    connect(m_approve, &QPushButton::clicked, this, &StatementEditor::approveInteractively);
    connect(m_publish, &QPushButton::clicked, this, &StatementEditor::publishInteractively);
    showStatement(std::nullopt);
}

void StatementEditor::setIncident(std::int64_t incident) {
    m_incident = incident;
    fillTemplates();
    showStatement(std::nullopt);
    setEnabled(incident != 0);
}

void StatementEditor::setUtc(bool utc) {
    m_utc = utc;
    showStatement(m_statement);
}

void StatementEditor::fillTemplates() {
    m_templates->clear();
    m_templates->addItem(tr("Blank statement"), QString());
    if (m_incident == 0)
        return;
    try {
        // Templates in the user's language first: they are the ones most often used.
        auto kit = m_desk.statements().templatesFor(m_incident);
        std::stable_sort(kit.begin(), kit.end(), [&](const auto& a, const auto& b) {
            return (a.language == m_desk.language()) > (b.language == m_desk.language());
        });
        for (const auto& t : kit)
            if (t.channel != "faq-reply" && t.channel != "chatbot-reply")
                m_templates->addItem(QStringLiteral("%1 · %2 (%3)")
                                         .arg(template_labels::channel(QString::fromStdString(t.channel)),
                                              QString::fromStdString(t.title),
                                              QString::fromLatin1(crisis::languageCode(t.language).data())),
                                     QString::fromStdString(t.id));
    } catch (const crisis::Error&) {
    }
}

void StatementEditor::setFields(const crisis::StatementContent& c) {
    const QSignalBlocker blocks[] = {QSignalBlocker(m_to),      QSignalBlocker(m_from),
                                     QSignalBlocker(m_subject), QSignalBlocker(m_message),
                                     QSignalBlocker(m_reply),   QSignalBlocker(m_channel)};
    m_to->setText(QString::fromStdString(c.to));
    m_from->setText(QString::fromStdString(c.from));
    m_subject->setText(QString::fromStdString(c.subject));
    m_message->setPlainText(QString::fromStdString(c.message));
    m_reply->setText(QString::fromStdString(c.reply));
    for (auto* line : {m_to, m_from, m_subject, m_reply})
        line->setCursorPosition(0); // show the start of a long address, not its end
    const int channel = m_channel->findData(QString::fromStdString(c.channel));
    m_channel->setCurrentIndex(channel >= 0 ? channel : 0);
}

void StatementEditor::showStatement(const std::optional<crisis::Statement>& statement) {
    m_statement = statement;
    m_id = statement ? statement->id : 0;
    m_error->hide();
    if (statement) {
        setFields(statement->content());
        m_language->setCurrentIndex(statement->language == "zh" ? 1 : 0);
    } else {
        crisis::StatementContent blank;
        blank.channel = "social-post";
        setFields(blank);
        m_language->setCurrentIndex(m_desk.language() == crisis::Language::Zh ? 1 : 0);
    }
    m_language->setEnabled(!statement); // fixed once drafted
    const bool editable = !statement || statement->state != crisis::StatementState::Published;
    for (auto* line : {m_to, m_from, m_subject, m_reply})
        line->setReadOnly(!editable);
    m_message->setReadOnly(!editable);
    m_channel->setEnabled(editable);

    if (!statement) {
        m_state->setText(tr("New statement: not saved yet."));
        m_approvals->clear();
    } else {
        const auto& s = *statement;
        QString state =
            tr("#%1 · %2 · revision %3 of %4, %5 by %6")
                .arg(s.id)
                .arg(labels::statementState(s.state))
                .arg(s.current().number)
                .arg(s.revisions.size())
                .arg(labels::time(s.current().at, m_utc), QString::fromStdString(s.current().actor));
        if (s.published)
            state += QStringLiteral("\n") + tr("Published %1 to %2")
                                                .arg(labels::time(s.published->at, m_utc),
                                                     QString::fromStdString(s.published->audience));
        m_state->setText(state);
        QStringList given;
        for (const auto& a : s.currentApprovals())
            given << tr("%1 (%2, %3)")
                             .arg(labels::role(QString::fromStdString(a.role)),
                                  QString::fromStdString(a.actor), labels::time(a.at, m_utc)) +
                         (a.overrides.empty()
                              ? QString()
                              : QStringLiteral(" — ") + tr("overrode %n finding(s): %1", nullptr,
                                                           static_cast<int>(a.overrides.size()))
                                                            .arg(QString::fromStdString(a.reason)));
        QStringList missing;
        std::vector<std::string> approvers;
        try {
            approvers = m_desk.statements().approvers(s.incident);
        } catch (const crisis::Error&) {
        }
        for (const auto& r : s.missingApprovals(approvers))
            missing << labels::role(QString::fromStdString(r));
        QString text = tr("Approved by: %1").arg(given.isEmpty() ? tr("nobody yet") : given.join(tr("; ")));
        if (!missing.isEmpty() && !s.published)
            text += QStringLiteral("\n") + tr("Still to approve: %1").arg(missing.join(tr(", ")));
        m_approvals->setText(text);
    }
    updateLength();
    updateButtons();
    recheck();
}

crisis::StatementContent StatementEditor::content() const {
    crisis::StatementContent c;
    c.channel = m_channel->currentData().toString().toStdString();
    c.to = m_to->text().trimmed().toStdString();
    c.from = m_from->text().trimmed().toStdString();
    c.subject = m_subject->text().trimmed().toStdString();
    c.message = m_message->toPlainText().toStdString();
    c.reply = m_reply->text().trimmed().toStdString();
    return c;
}

bool StatementEditor::isModified() const {
    if (!m_statement) {
        const auto c = content();
        return !c.message.empty() || !c.subject.empty() || !c.to.empty() || !c.from.empty() ||
               !c.reply.empty();
    }
    return content() != m_statement->content();
}

void StatementEditor::updateLength() {
    const auto message = m_message->toPlainText().toStdString();
    const auto length = crisis::codePointCount(message);
    const auto limit = crisis::channelLimit(m_channel->currentData().toString().toStdString(), message);
    if (limit) {
        m_length->setText(tr("%1 / %2 characters").arg(length).arg(*limit));
        m_length->setStyleSheet(length > *limit ? QStringLiteral("color: #b03a2e; font-weight: bold;")
                                                : QString());
    } else {
        m_length->setText(tr("%1 characters (no limit on this channel)").arg(length));
        m_length->setStyleSheet(QString());
    }
}

void StatementEditor::updateButtons() {
    using crisis::StatementState;
    const bool published = m_statement && m_statement->state == StatementState::Published;
    const bool modified = isModified();
    m_save->setEnabled(m_incident != 0 && !published && modified);
    m_save->setText(m_statement && m_statement->state != StatementState::Draft && modified
                        ? tr("Save as new revision")
                        : tr("Save draft"));
    m_save->setToolTip(
        m_statement && !m_statement->currentApprovals().empty()
            ? tr("Saving makes the approvals given so far lapse: the new revision needs approval "
                 "again.")
            : QString());
    m_submit->setEnabled(m_statement && m_statement->state == StatementState::Draft && !modified);
    m_approve->setEnabled(m_statement && m_statement->state == StatementState::InReview && !modified);
    m_publish->setEnabled(m_statement && m_statement->state == StatementState::Approved && !modified);
}

void StatementEditor::recheck() {
    m_checkTimer.stop();
    if (m_incident == 0 || (m_statement && m_statement->state == crisis::StatementState::Published)) {
        m_findings->setFindings({});
        m_checkSummary->setText(
            m_statement ? tr("Published: the text is final. A correction is a new statement.") : QString());
        return;
    }
    try {
        m_findings->setFindings(m_desk.statements().check(m_incident, content(), m_desk.language(), m_id));
    } catch (const crisis::Error&) {
        m_findings->setFindings({});
    }
    const int found = m_findings->rowCount();
    m_checkSummary->setText(
        found == 0
            ? tr("No findings: the text passes every check.")
            : tr("%n finding(s) to fix, or to override with a reason when approving.", nullptr, found));
    m_checkSummary->setStyleSheet(found == 0 ? QStringLiteral("color: #2e7d32;")
                                             : QStringLiteral("color: #8a5a00;"));
}

void StatementEditor::selectFinding(int row) {
    const auto& all = m_findings->findings();
    if (row < 0 || row >= static_cast<int>(all.size()))
        return;
    const auto& f = all[static_cast<std::size_t>(row)];
    if (f.span.empty())
        return;
    const auto c = content();
    if (f.field == "title") {
        const int start = qtPosition(c.subject, f.offset);
        m_subject->setFocus();
        m_subject->setSelection(start, static_cast<int>(QString::fromStdString(f.span).size()));
        return;
    }
    const int start = qtPosition(c.message, f.offset);
    QTextCursor cursor(m_message->document());
    cursor.setPosition(start);
    cursor.setPosition(start + static_cast<int>(QString::fromStdString(f.span).size()),
                       QTextCursor::KeepAnchor);
    m_message->setTextCursor(cursor);
    m_message->setFocus();
}

void StatementEditor::report(const std::optional<QString>& error) {
    if (error) {
        m_error->setText(*error);
        m_error->show();
    } else {
        m_error->hide();
    }
}

std::optional<QString> StatementEditor::startNew() {
    if (beforeNew && !beforeNew())
        return std::nullopt;
    const QString templateId = m_templates->currentData().toString();
    if (templateId.isEmpty()) {
        emit statementChanged(0);
        m_subject->setFocus();
        return std::nullopt;
    }
    crisis::DraftRequest r;
    r.templateId = templateId.toStdString();
    std::int64_t id = 0;
    if (auto error = m_desk.run([&] { id = m_desk.statements().draft(m_incident, r); }))
        return error;
    emit statementChanged(id);
    return std::nullopt;
}

std::optional<QString> StatementEditor::save() {
    const auto c = content();
    std::int64_t id = m_id;
    const auto error = m_desk.run([&] {
        if (id == 0) {
            crisis::DraftRequest r;
            r.content = c;
            r.language = m_language->currentData().toString().toStdString();
            id = m_desk.statements().draft(m_incident, r);
        } else {
            m_desk.statements().revise(id, c);
        }
    });
    if (error)
        return error;
    emit statementChanged(id);
    return std::nullopt;
}

std::optional<QString> StatementEditor::submit() {
    const auto id = m_id;
    if (auto error = m_desk.run([&] { m_desk.statements().submit(id); }))
        return error;
    emit statementChanged(id);
    return std::nullopt;
}

std::optional<QString> StatementEditor::approve(const QString& role, const QString& reason) {
    const auto id = m_id;
    const int revision = m_statement ? m_statement->current().number : 0;
    if (auto error = m_desk.run(
            [&] { m_desk.statements().approve(id, role.toStdString(), revision, reason.toStdString()); }))
        return error;
    emit statementChanged(id);
    return std::nullopt;
}

std::optional<QString> StatementEditor::publish(const crisis::PublishRequest& request) {
    const auto id = m_id;
    if (auto error = m_desk.run([&] { m_desk.statements().publish(id, request); }))
        return error;
    emit statementChanged(id);
    return std::nullopt;
}

void StatementEditor::approveInteractively() {
    if (!m_statement)
        return;
    QStringList roles;
    try {
        for (const auto& r : m_desk.statements().rolesToApprove(m_id))
            roles << QString::fromStdString(r);
    } catch (const crisis::Error& e) {
        report(QString::fromStdString(e.describe(m_desk.language())));
        return;
    }
    if (roles.isEmpty()) {
        report(tr("%1 holds none of the approver roles this statement still needs. Choose who you are in "
                  "Settings.")
                   .arg(m_desk.actor()));
        return;
    }
    recheck();
    ApproveDialog dialog(roles, m_findings->findings(), m_statement->current().number, this);
    if (dialog.exec() == QDialog::Accepted)
        report(approve(dialog.role(), dialog.reason()));
}

void StatementEditor::publishInteractively() {
    if (!m_statement)
        return;
    // Without approvers nobody has accepted the findings yet: the publisher does, with a reason.
    std::vector<crisis::Finding> findings;
    bool approvers = true;
    if (auto error =
            m_desk.run([&] { approvers = !m_desk.statements().approvers(m_statement->incident).empty(); })) {
        report(error);
        return;
    }
    if (!approvers) {
        recheck();
        findings = m_findings->findings();
    }
    PublishDialog dialog(QString::fromStdString(m_statement->content().channel),
                         QString::fromStdString(m_statement->content().to), findings, this);
    if (dialog.exec() == QDialog::Accepted)
        report(publish(dialog.request()));
}
