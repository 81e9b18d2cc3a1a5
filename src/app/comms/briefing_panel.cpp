#include "briefing_panel.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../templates/template_labels.hpp"

#include <crisis/template.hpp>

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BriefingRecipientsModel::BriefingRecipientsModel(QObject* parent) : QAbstractTableModel(parent) {}

void BriefingRecipientsModel::setBriefing(const std::optional<crisis::Briefing>& briefing) {
    beginResetModel();
    m_briefing = briefing;
    endResetModel();
}

void BriefingRecipientsModel::setUtc(bool utc) {
    m_utc = utc;
    if (rowCount() > 0)
        emit dataChanged(index(0, AcknowledgedColumn), index(rowCount() - 1, AcknowledgedColumn));
}

const crisis::BriefingRecipient* BriefingRecipientsModel::recipient(int row) const {
    return m_briefing && row >= 0 && row < rowCount() ? &m_briefing->recipients[static_cast<std::size_t>(row)]
                                                      : nullptr;
}

int BriefingRecipientsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_briefing ? 0 : static_cast<int>(m_briefing->recipients.size());
}

int BriefingRecipientsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BriefingRecipientsModel::data(const QModelIndex& index, int role) const {
    const auto* r = index.isValid() ? recipient(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::BackgroundRole && index.column() == AcknowledgedColumn)
        return QBrush(r->acknowledgedAt ? QColor(0xC8, 0xE6, 0xC9) : QColor(0xFC, 0xE3, 0xA6));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(r->name);
    case RoleColumn:
        return labels::role(QString::fromStdString(r->role));
    case ContactColumn:
        return QString::fromStdString(r->contact);
    case AcknowledgedColumn:
        return r->acknowledgedAt ? labels::time(*r->acknowledgedAt, m_utc) : tr("not yet");
    case RecordedByColumn:
        return r->recordedBy == r->name ? QString() : QString::fromStdString(r->recordedBy);
    default:
        return {};
    }
}

QVariant BriefingRecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Role"), QT_TR_NOOP("Contact"),
                                             QT_TR_NOOP("Acknowledged"), QT_TR_NOOP("Recorded by")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

BriefingPanel::BriefingPanel(Desk& desk, QWidget* parent) : QWidget(parent), m_desk(desk) {
    setObjectName(QStringLiteral("briefingPanel"));
    m_send = new QPushButton(tr("Send internal briefing…"));
    m_send->setObjectName(QStringLiteral("sendBriefing"));
    m_briefings = new QComboBox;
    m_briefings->setObjectName(QStringLiteral("briefingChoice"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("briefingProgress"));
    m_model = new BriefingRecipientsModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("briefingRecipients"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(BriefingRecipientsModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("briefingText"));
    m_text->setReadOnly(true);
    m_ack = new QPushButton(tr("Mark as acknowledged"));
    m_ack->setObjectName(QStringLiteral("acknowledgeBriefing"));
    m_ack->setToolTip(tr("Records that the selected member has read the briefing (on their behalf when it is "
                         "not you)"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_send);
    top->addWidget(m_briefings, 1);
    top->addWidget(m_progress);
    auto* body = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    auto* ackRow = new QHBoxLayout;
    ackRow->addStretch(1);
    ackRow->addWidget(m_ack);
    left->addLayout(ackRow);
    body->addLayout(left, 3);
    body->addWidget(m_text, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_send, &QPushButton::clicked, this, &BriefingPanel::sendInteractively);
    connect(m_briefings, &QComboBox::currentIndexChanged, this, &BriefingPanel::showBriefing);
    connect(m_ack, &QPushButton::clicked, this, [this] {
        const auto rows = m_view->selectionModel()->selectedRows();
        if (const auto error = acknowledgeRow(rows.isEmpty() ? -1 : rows.front().row()))
            QMessageBox::warning(this, tr("Not done"), *error);
    });
    connect(&desk, &Desk::dataChanged, this, &BriefingPanel::refresh);
}

void BriefingPanel::setIncident(std::int64_t incident) {
    m_incident = incident;
    refresh();
    setEnabled(incident != 0);
}

void BriefingPanel::setUtc(bool utc) {
    m_model->setUtc(utc);
    refresh();
}

void BriefingPanel::refresh() {
    const auto keep = m_briefings->currentData().toLongLong();
    m_list.clear();
    if (m_incident != 0) {
        try {
            m_list = m_desk.briefings().list(m_incident);
        } catch (const crisis::Error&) {
        }
    }
    {
        const QSignalBlocker block(m_briefings);
        m_briefings->clear();
        for (auto it = m_list.rbegin(); it != m_list.rend(); ++it) // newest first
            m_briefings->addItem(tr("#%1 %2 · sent %3")
                                     .arg(it->id)
                                     .arg(QString::fromStdString(it->title), labels::time(it->sentAt, false)),
                                 QVariant::fromValue<qlonglong>(it->id));
        const int index = m_briefings->findData(QVariant::fromValue<qlonglong>(keep));
        m_briefings->setCurrentIndex(index >= 0 ? index : 0);
    }
    showBriefing();
}

void BriefingPanel::showBriefing() {
    const auto id = m_briefings->currentData().toLongLong();
    const auto it =
        std::find_if(m_list.begin(), m_list.end(), [&](const crisis::Briefing& b) { return b.id == id; });
    if (it == m_list.end()) {
        m_model->setBriefing(std::nullopt);
        m_text->clear();
        m_progress->setText(tr("No briefing sent yet."));
        m_ack->setEnabled(false);
        return;
    }
    m_model->setBriefing(*it);
    m_text->setPlainText(QString::fromStdString(it->title + "\n\n" + it->text));
    m_progress->setText(tr("%1 of %2 acknowledged").arg(it->acknowledged()).arg(it->recipients.size()));
    m_progress->setStyleSheet(it->complete() ? QStringLiteral("color: #2e7d32; font-weight: bold;")
                                             : QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_ack->setEnabled(!it->complete());
}

std::optional<QString> BriefingPanel::acknowledgeRow(int row) {
    const auto* r = m_model->recipient(row);
    if (!r)
        return tr("Select the member who has read the briefing.");
    const auto briefing = m_briefings->currentData().toLongLong();
    const auto member = r->name;
    return m_desk.run([&] { m_desk.briefings().acknowledge(briefing, member); });
}

void BriefingPanel::sendInteractively() {
    SendBriefingDialog dialog(m_desk, m_incident, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int index = m_briefings->findData(QVariant::fromValue<qlonglong>(dialog.sent()));
        if (index >= 0)
            m_briefings->setCurrentIndex(index);
    }
}

SendBriefingDialog::SendBriefingDialog(Desk& desk, std::int64_t incident, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_incident(incident) {
    setWindowTitle(tr("Send internal briefing"));
    setObjectName(QStringLiteral("sendBriefingDialog"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("briefingLanguage"));
    m_language->addItem(tr("English"), static_cast<int>(crisis::Language::En));
    m_language->addItem(tr("Chinese"), static_cast<int>(crisis::Language::Zh));
    m_language->setCurrentIndex(desk.language() == crisis::Language::Zh ? 1 : 0);
    m_fields = new QFormLayout;
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("briefingPreview"));
    m_preview->setReadOnly(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("briefingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    auto* buttons = okCancelButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Send to the whole team"));
    auto* form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_fields);
    layout->addWidget(new QLabel(tr("Preview")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 620);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SendBriefingDialog::rebuildFields);
    rebuildFields();
}

QLineEdit* SendBriefingDialog::field(const QString& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? nullptr : it->second;
}

void SendBriefingDialog::rebuildFields() {
    std::map<QString, QString> typed;
    for (const auto& [name, edit] : m_values)
        typed[name] = edit->text();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_values.clear();
    try {
        const auto language = static_cast<crisis::Language>(m_language->currentData().toInt());
        const auto tmpl = m_desk.briefings().briefingTemplate(m_incident, language);
        const auto incident = m_desk.store().incident(m_incident);
        const auto known = crisis::communicationValues(incident, m_desk.store().organisation(), {});
        // Fields for what neither the record nor the profile gives, and for the record's figure so
        // it can be corrected.
        for (const auto& name : crisis::placeholdersIn(tmpl.title + "\n" + tmpl.body)) {
            const auto value = known.find(name);
            if (value != known.end() && name != "customers_affected")
                continue;
            const QString key = QString::fromStdString(name);
            auto* edit = new QLineEdit;
            edit->setObjectName(QStringLiteral("briefing_") + key);
            edit->setText(typed.count(key)       ? typed[key]
                          : value != known.end() ? QString::fromStdString(value->second)
                                                 : QString());
            connect(edit, &QLineEdit::textChanged, this, &SendBriefingDialog::updatePreview);
            m_fields->addRow(template_labels::placeholder(key), edit);
            m_values[key] = edit;
        }
    } catch (const crisis::Error& e) {
        m_error->setText(QString::fromStdString(e.describe(m_desk.language())));
    }
    updatePreview();
}

crisis::BriefingRequest SendBriefingDialog::request() const {
    crisis::BriefingRequest r;
    r.language = static_cast<crisis::Language>(m_language->currentData().toInt());
    for (const auto& [name, edit] : m_values)
        if (!edit->text().trimmed().isEmpty())
            r.values[name.toStdString()] = edit->text().trimmed().toStdString();
    return r;
}

void SendBriefingDialog::updatePreview() {
    try {
        const auto r = request();
        const auto tmpl = m_desk.briefings().briefingTemplate(m_incident, r.language);
        const auto rendered = crisis::renderForIncident(tmpl, m_desk.store().incident(m_incident),
                                                        m_desk.store().organisation(), r.values);
        m_preview->setPlainText(QString::fromStdString(rendered.title + "\n\n" + rendered.text));
        m_error->clear();
        m_ok->setEnabled(true);
    } catch (const crisis::Error& e) {
        m_preview->clear();
        m_error->setText(QString::fromStdString(e.describe(m_desk.language())));
        m_ok->setEnabled(false);
    }
}

void SendBriefingDialog::accept() {
    const auto r = request();
    std::int64_t id = 0;
    if (const auto error = m_desk.run([&] { id = m_desk.briefings().send(m_incident, r); })) {
        m_error->setText(*error);
        return;
    }
    m_sent = id;
    QDialog::accept();
}
