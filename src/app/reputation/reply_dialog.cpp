#include "reply_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include <crisis/error.hpp>
#include <crisis/template.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReplyDialog::ReplyDialog(const crisis::InboxItem& item, const crisis::Incident& incident,
                         const std::string& crisisType, const crisis::OrganisationProfile& profile,
                         crisis::Language lang, std::vector<crisis::MessageTemplate> kit, QWidget* parent)
    : QDialog(parent), m_incident(incident), m_profile(profile), m_lang(lang), m_kit(std::move(kit)) {
    setWindowTitle(tr("Reply to %1").arg(QString::fromStdString(item.mention.author)));
    setObjectName(QStringLiteral("replyDialog"));
    resize(560, 380);
    auto* original = new QLabel(QString::fromStdString(item.mention.text));
    original->setWordWrap(true);
    original->setTextFormat(Qt::PlainText);
    original->setStyleSheet(QStringLiteral("color: #555; border-left: 3px solid #aaa; padding-left: 6px;"));
    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("cannedReplies"));
    m_templates->addItem(tr("(free text)"), QString());
    const bool zh = item.mention.language.rfind("zh", 0) == 0;
    for (const auto& t : m_kit) {
        if (t.crisisType != crisisType || (t.channel != "faq-reply" && t.channel != "chatbot-reply"))
            continue;
        const QString label = QStringLiteral("%1 · %2").arg(
            QString::fromStdString(t.title),
            t.language == crisis::Language::Zh ? QStringLiteral("中文") : QStringLiteral("EN"));
        // The mention's language first.
        const bool preferred = (t.language == crisis::Language::Zh) == zh;
        if (preferred)
            m_templates->insertItem(1, label, QString::fromStdString(t.id));
        else
            m_templates->addItem(label, QString::fromStdString(t.id));
    }
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("replyText"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("replyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_buttons = okCancelButtons(this, tr("Record reply"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(original);
    layout->addWidget(m_templates);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_templates, &QComboBox::currentIndexChanged, this, &ReplyDialog::fill);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        // Nothing goes out with a {{placeholder}} still in it.
        const QString text = m_text->toPlainText();
        const bool unresolved = !crisis::placeholdersIn(text.toStdString()).empty();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && !unresolved);
        if (unresolved && m_problem->text().isEmpty())
            m_problem->setText(tr("Fill in every {{placeholder}} before recording the reply."));
        else if (!unresolved &&
                 m_problem->text() == tr("Fill in every {{placeholder}} before recording the reply."))
            m_problem->clear();
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ReplyDialog::fill() {
    m_problem->clear();
    const QString id = templateId();
    if (id.isEmpty())
        return;
    for (const auto& t : m_kit) {
        if (QString::fromStdString(t.id) != id)
            continue;
        try {
            m_text->setPlainText(
                QString::fromStdString(crisis::renderForIncident(t, m_incident, m_profile, {}).text));
        } catch (const crisis::Error& e) {
            // Unfilled placeholders: show the raw body to complete by hand, and say what is missing.
            m_text->setPlainText(QString::fromStdString(t.body));
            m_problem->setText(QString::fromStdString(e.describe(m_lang)));
        }
        return;
    }
}

QString ReplyDialog::text() const {
    return m_text->toPlainText().trimmed();
}

QString ReplyDialog::templateId() const {
    return m_templates->currentData().toString();
}
