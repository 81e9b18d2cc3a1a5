#include "improvement_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"

#include <crisis/error.hpp>
#include <crisis/team.hpp>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

void addRoles(QComboBox* box) {
    for (const auto role : crisis::knownRoles) {
        const auto id = QString::fromLatin1(role.data(), static_cast<int>(role.size()));
        box->addItem(labels::role(id), id);
    }
}

} // namespace

ImprovementDialog::ImprovementDialog(Desk& desk, std::int64_t incident, bool utc, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_incident(incident) {
    setObjectName(QStringLiteral("improvementDialog"));
    setWindowTitle(tr("Add an improvement item"));
    try {
        const auto inc = desk.store().incident(incident);
        if (const auto latest = desk.store().playbook(inc.playbookId))
            m_playbook = latest->playbook;
    } catch (const crisis::Error&) {
    }

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setPlaceholderText(tr("optional, e.g. faster-holding-statement (made from the finding)"));
    m_finding = new QLineEdit;
    m_finding->setObjectName(QStringLiteral("finding"));
    m_finding->setPlaceholderText(tr("What the review found"));
    m_action = new QPlainTextEdit;
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setPlaceholderText(tr("What will be done about it"));
    m_action->setMaximumHeight(80);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    try {
        for (const auto& m : desk.store().members())
            m_owner->addItem(qs(m.name) + QStringLiteral(" (") + labels::role(qs(m.role)) +
                                 QStringLiteral(")"),
                             qs(m.name));
    } catch (const crisis::Error&) {
    }
    addRoles(m_owner);
    m_due = new QDateTimeEdit;
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    m_due->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm") +
                            (utc ? QStringLiteral(" 'UTC'") : QString()));
    // Two weeks is long enough to do something and short enough to be remembered.
    const auto now = QDateTime::fromMSecsSinceEpoch(desk.now().time_since_epoch().count(), Qt::UTC);
    m_due->setDateTime((utc ? now : now.toLocalTime()).addDays(14));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Change a clock's duration"));
    m_kind->addItem(tr("Change a clock's warning thresholds"));
    m_kind->addItem(tr("Add an exit-checklist item"));
    m_kind->addItem(tr("Add a task for every new incident"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildClockPage(false));
    m_pages->addWidget(buildClockPage(true));
    m_pages->addWidget(buildChecklistPage());
    m_pages->addWidget(buildTaskPage());
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_proposalBox = new QGroupBox(tr("Propose a change to the playbook (%1)").arg(qs(m_playbook.id)));
    m_proposalBox->setObjectName(QStringLiteral("proposal"));
    m_proposalBox->setCheckable(true);
    m_proposalBox->setChecked(false);
    auto* proposalLayout = new QVBoxLayout(m_proposalBox);
    proposalLayout->addWidget(m_kind);
    proposalLayout->addWidget(m_pages);
    auto* hint = new QLabel(tr("The playbook owner (%1) accepts it as a new version; incidents keep theirs.")
                                .arg(labels::role(qs(m_playbook.owner))));
    hint->setWordWrap(true);
    proposalLayout->addWidget(hint);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Finding"), m_finding);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Due"), m_due);
    form->addRow(tr("Id"), m_id);
    auto* buttons = okCancelButtons(this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [this, ok] {
        ok->setEnabled(!m_finding->text().trimmed().isEmpty() &&
                       !m_action->toPlainText().trimmed().isEmpty());
    };
    connect(m_finding, &QLineEdit::textChanged, this, updateOk);
    connect(m_action, &QPlainTextEdit::textChanged, this, updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_proposalBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateOk();
}

QWidget* ImprovementDialog::buildClockPage(bool warnings) {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto* clock = new QComboBox;
    clock->setObjectName(warnings ? QStringLiteral("warningClock") : QStringLiteral("clock"));
    for (const auto& c : m_playbook.clocks)
        clock->addItem(qs(c.name.in(m_desk.language())), qs(c.id));
    auto* value = new QLineEdit;
    if (warnings) {
        value->setObjectName(QStringLiteral("warnings"));
        value->setPlaceholderText(tr("fractions of the duration, e.g. 0.5, 0.8"));
        m_warningClock = clock;
        m_warnings = value;
        const auto fill = [this] {
            if (const auto* c = m_playbook.clock(m_warningClock->currentData().toString().toStdString())) {
                QStringList parts;
                for (const double w : c->warnings)
                    parts << QString::number(w);
                m_warnings->setText(parts.join(QStringLiteral(", ")));
            }
        };
        connect(clock, &QComboBox::currentIndexChanged, this, fill);
        fill();
    } else {
        value->setObjectName(QStringLiteral("duration"));
        value->setPlaceholderText(tr("e.g. 20m, 2h, 3d, 4bd, 1mo"));
        m_clock = clock;
        m_duration = value;
        const auto fill = [this] {
            if (const auto* c = m_playbook.clock(m_clock->currentData().toString().toStdString()))
                m_duration->setText(qs(c->duration.toString()));
        };
        connect(clock, &QComboBox::currentIndexChanged, this, fill);
        fill();
    }
    form->addRow(tr("Clock"), clock);
    form->addRow(warnings ? tr("Warnings") : tr("Duration"), value);
    return page;
}

QWidget* ImprovementDialog::buildChecklistPage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_phase = new QComboBox;
    m_phase->setObjectName(QStringLiteral("phase"));
    for (const auto phase : {crisis::Phase::Identify, crisis::Phase::Analyze, crisis::Phase::Respond,
                             crisis::Phase::Reputation, crisis::Phase::Review})
        m_phase->addItem(labels::phase(phase), QString::fromLatin1(crisis::phaseName(phase).data()));
    m_itemId = new QLineEdit;
    m_itemId->setObjectName(QStringLiteral("itemId"));
    m_itemId->setPlaceholderText(tr("kebab-case id, e.g. legal-review"));
    m_itemEn = new QLineEdit;
    m_itemZh = new QLineEdit;
    form->addRow(tr("Phase"), m_phase);
    form->addRow(tr("Item id"), m_itemId);
    form->addRow(tr("Text (English)"), m_itemEn);
    form->addRow(tr("Text (Chinese)"), m_itemZh);
    return page;
}

QWidget* ImprovementDialog::buildTaskPage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_taskId = new QLineEdit;
    m_taskId->setPlaceholderText(tr("kebab-case id, e.g. brief-call-centre"));
    m_taskEn = new QLineEdit;
    m_taskZh = new QLineEdit;
    m_taskRole = new QComboBox;
    addRoles(m_taskRole);
    m_taskDue = new QLineEdit(QStringLiteral("2h"));
    m_taskDue->setPlaceholderText(tr("after T0, e.g. 30m, 2h, 1d"));
    form->addRow(tr("Task id"), m_taskId);
    form->addRow(tr("Title (English)"), m_taskEn);
    form->addRow(tr("Title (Chinese)"), m_taskZh);
    form->addRow(tr("Role"), m_taskRole);
    form->addRow(tr("Due after T0"), m_taskDue);
    return page;
}

void ImprovementDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->show();
}

std::optional<std::optional<crisis::PlaybookProposal>> ImprovementDialog::proposal() {
    if (!m_proposalBox->isChecked())
        return std::optional<crisis::PlaybookProposal>{};
    const auto offset = [this](const QLineEdit* edit) -> std::optional<crisis::DueOffset> {
        const auto parsed = crisis::DueOffset::parse(edit->text().trimmed().toStdString());
        if (!parsed)
            showError(tr("“%1” is not a duration; write e.g. 20m, 2h, 3d, 4bd or 1mo.").arg(edit->text()));
        return parsed;
    };
    switch (static_cast<Kind>(m_kind->currentIndex())) {
    case Kind::ClockDuration: {
        const auto d = offset(m_duration);
        if (!d)
            return std::nullopt;
        return std::optional<crisis::PlaybookProposal>(
            crisis::SetClockDuration{m_clock->currentData().toString().toStdString(), *d});
    }
    case Kind::ClockWarnings: {
        std::vector<double> warnings;
        for (const QString& part : m_warnings->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double w = part.trimmed().toDouble(&ok);
            if (!ok) {
                showError(tr("“%1” is not a fraction; write e.g. 0.5, 0.8.").arg(part.trimmed()));
                return std::nullopt;
            }
            warnings.push_back(w);
        }
        return std::optional<crisis::PlaybookProposal>(
            crisis::SetClockWarnings{m_warningClock->currentData().toString().toStdString(), warnings});
    }
    case Kind::ChecklistItem: {
        crisis::AddChecklistItem add;
        add.phase = *crisis::phaseFromName(m_phase->currentData().toString().toStdString());
        add.item = {m_itemId->text().trimmed().toStdString(),
                    {m_itemEn->text().trimmed().toStdString(), m_itemZh->text().trimmed().toStdString()}};
        return std::optional<crisis::PlaybookProposal>(add);
    }
    case Kind::TaskTemplate: {
        const auto d = offset(m_taskDue);
        if (!d)
            return std::nullopt;
        crisis::AddTaskTemplate add;
        add.task = {m_taskId->text().trimmed().toStdString(),
                    {m_taskEn->text().trimmed().toStdString(), m_taskZh->text().trimmed().toStdString()},
                    m_taskRole->currentData().toString().toStdString(),
                    *d};
        return std::optional<crisis::PlaybookProposal>(add);
    }
    }
    return std::nullopt;
}

void ImprovementDialog::accept() {
    m_error->hide();
    const auto change = proposal();
    if (!change)
        return;
    const QString typed = m_owner->currentText().trimmed();
    const int picked = m_owner->findText(typed);
    const QString owner = picked >= 0 ? m_owner->itemData(picked).toString() : typed;
    crisis::ImprovementRequest request;
    request.id = m_id->text().trimmed().toStdString();
    request.finding = m_finding->text().trimmed().toStdString();
    request.action = m_action->toPlainText().trimmed().toStdString();
    request.owner = owner.toStdString();
    request.due = crisis::Instant(std::chrono::milliseconds(m_due->dateTime().toMSecsSinceEpoch()));
    request.proposal = *change;
    std::string added;
    if (const auto error = m_desk.run([&] { added = m_desk.review().addImprovement(m_incident, request); })) {
        showError(*error);
        return;
    }
    m_addedId = QString::fromStdString(added);
    QDialog::accept();
}
