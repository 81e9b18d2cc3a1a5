#include "templates_page.hpp"

#include "../desk.hpp"
#include "../dropped_files.hpp"
#include "../export_file.hpp"
#include "template_labels.hpp"
#include "template_list_model.hpp"

#include <crisis/template.hpp>
#include <crisis/template_kit.hpp>

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QComboBox* filterCombo(const char* objectName, const QString& all) {
    auto* combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    combo->addItem(all, QString());
    return combo;
}

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

} // namespace

TemplatesPage::TemplatesPage(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new TemplateListModel(desk, this)) {
    setObjectName(QStringLiteral("templatesPage"));
    setAcceptDrops(true);

    m_crisisType = filterCombo("filterCrisisType", tr("All crisis types"));
    for (const auto type : crisis::knownCrisisTypes)
        m_crisisType->addItem(template_labels::crisisType(fromView(type)), fromView(type));
    m_channel = filterCombo("filterChannel", tr("All channels"));
    for (const auto channel : crisis::knownChannels)
        m_channel->addItem(template_labels::channel(fromView(channel)), fromView(channel));
    m_language = filterCombo("filterLanguage", tr("Both languages"));
    m_language->addItem(template_labels::language(crisis::Language::En), QStringLiteral("en"));
    m_language->addItem(template_labels::language(crisis::Language::Zh), QStringLiteral("zh"));
    auto* importButton = new QPushButton(tr("Import kit…"));
    importButton->setObjectName(QStringLiteral("importKit"));
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportKit"));
    exportButton->setToolTip(tr("Writes the kit in effect, or only the crisis type chosen in the filter"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_crisisType);
    top->addWidget(m_channel);
    top->addWidget(m_language);
    top->addStretch();
    top->addWidget(importButton);
    top->addWidget(exportButton);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("templates"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(TemplateListModel::TitleColumn, QHeaderView::Stretch);
    for (int c = TemplateListModel::CrisisTypeColumn; c < TemplateListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto* dropHint = new QLabel(tr("Drop template kit .json files here to import them (docs/templates.md)."));
    dropHint->setStyleSheet(QStringLiteral("color: gray;"));
    m_problems = new QTreeWidget;
    m_problems->setObjectName(QStringLiteral("kitProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({tr("File"), tr("Where"), tr("Problem")});
    m_problems->setMaximumHeight(160);
    m_problems->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("kitStatus"));
    m_status->setWordWrap(true);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(dropHint);
    leftLayout->addWidget(m_problems);
    leftLayout->addWidget(m_status);

    m_id = new QLabel;
    m_id->setObjectName(QStringLiteral("templateId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setStyleSheet(QStringLiteral("color: gray;"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setReadOnly(true);

    m_incident = new QComboBox;
    m_incident->setObjectName(QStringLiteral("previewIncident"));
    auto* values = new QFormLayout;
    values->addRow(tr("Incident"), m_incident);
    for (const auto name : crisis::placeholderVocabulary) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("value-") + fromView(name));
        edit->setClearButtonEnabled(true);
        values->addRow(template_labels::placeholder(fromView(name)), edit);
        m_values.emplace(std::string(name), edit);
        connect(edit, &QLineEdit::textChanged, this, &TemplatesPage::updatePreview);
    }
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_length = new QLabel;
    m_length->setObjectName(QStringLiteral("lengthCounter"));
    m_previewProblems = new QLabel;
    m_previewProblems->setObjectName(QStringLiteral("previewProblems"));
    m_previewProblems->setWordWrap(true);
    m_previewProblems->setTextFormat(Qt::PlainText);
    m_previewProblems->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    auto* previewBox =
        new QGroupBox(tr("Preview for an incident (values typed here override the incident's and "
                         "the organisation's; nothing is stored)"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(values);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_length);
    previewLayout->addWidget(m_previewProblems);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_id);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_body, 1);
    rightLayout->addWidget(previewBox, 2);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 700});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    for (auto* combo : {m_crisisType, m_channel, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &TemplatesPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TemplatesPage::showCurrent);
    // A reload (after any command) loses the selection: put it back.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_shown);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        showCurrent();
    });
    connect(m_incident, &QComboBox::currentIndexChanged, this, &TemplatesPage::updatePreview);
    connect(&desk, &Desk::dataChanged, this, &TemplatesPage::reloadIncidents);
    connect(importButton, &QPushButton::clicked, this, &TemplatesPage::importDialog);
    connect(exportButton, &QPushButton::clicked, this, &TemplatesPage::exportDialog);

    reloadIncidents();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

void TemplatesPage::setFilter(const QString& crisisType, const QString& channel, const QString& language) {
    const QSignalBlocker a(m_crisisType), b(m_channel), c(m_language);
    m_crisisType->setCurrentIndex(std::max(0, m_crisisType->findData(crisisType)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    applyFilter();
}

void TemplatesPage::applyFilter() {
    m_model->setFilter(m_crisisType->currentData().toString(), m_channel->currentData().toString(),
                       m_language->currentData().toString());
    if (m_model->rowOf(m_shown) < 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void TemplatesPage::selectTemplate(const QString& id) {
    if (m_model->rowOf(id) < 0)
        setFilter({}, {}, {});
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

QString TemplatesPage::currentId() const {
    const auto* r = m_model->record(m_view->currentIndex().row());
    return r ? QString::fromStdString(r->tmpl.id) : QString();
}

void TemplatesPage::showCurrent() {
    const auto* r = m_model->record(m_view->currentIndex().row());
    m_shown = r ? QString::fromStdString(r->tmpl.id) : QString();
    if (!r) {
        m_id->clear();
        m_title->setText(tr("No template selected"));
        m_body->clear();
    } else {
        m_id->setText(m_shown + QStringLiteral(" · ") +
                      (r->shipped() ? tr("shipped kit") : tr("imported, version %1").arg(r->version)) +
                      QStringLiteral(" · ") +
                      tr("review every %1").arg(QString::fromStdString(r->tmpl.reviewInterval.toString())));
        m_title->setText(QString::fromStdString(r->tmpl.title));
        m_body->setPlainText(QString::fromStdString(r->tmpl.body));
    }
    updatePreview();
}

void TemplatesPage::setIncident(std::int64_t incident) {
    const int index = m_incident->findData(QVariant::fromValue<qlonglong>(incident));
    if (incident != 0 && index >= 0)
        m_incident->setCurrentIndex(index);
}

void TemplatesPage::reloadIncidents() {
    const QVariant previous = m_incident->currentData();
    const QSignalBlocker block(m_incident);
    m_incident->clear();
    try {
        for (const auto& incident : m_desk.store().incidents(true))
            m_incident->addItem(
                QStringLiteral("#%1 %2").arg(incident.id).arg(QString::fromStdString(incident.title)),
                QVariant::fromValue<qlonglong>(incident.id));
    } catch (const std::exception&) {
    }
    const int index = m_incident->findData(previous);
    m_incident->setCurrentIndex(index >= 0 ? index : 0);
    updatePreview();
}

void TemplatesPage::updatePreview() {
    m_preview->clear();
    m_previewProblems->clear();
    m_length->clear();
    const auto* r = m_model->record(m_model->rowOf(m_shown));
    if (!r)
        return;
    if (m_incident->count() == 0) {
        m_previewProblems->setText(tr("Open an incident to preview this template for it."));
        return;
    }
    const auto lang = m_desk.language();
    try {
        const auto incident = m_desk.store().incident(m_incident->currentData().toLongLong());
        const auto profile = m_desk.store().organisation();
        std::map<std::string, std::string> overrides;
        const auto defaults = crisis::templateValues(incident, profile, {});
        for (const auto& [name, edit] : m_values) {
            const auto it = defaults.find(name);
            edit->setPlaceholderText(it == defaults.end() ? tr("type a value")
                                                          : QString::fromStdString(it->second));
            if (!edit->text().trimmed().isEmpty())
                overrides[name] = edit->text().toStdString();
        }
        crisis::MessageTemplate unlimited = r->tmpl;
        try {
            const auto result = crisis::renderForIncident(r->tmpl, incident, profile, overrides);
            m_preview->setPlainText(QString::fromStdString(result.text));
        } catch (const crisis::ValidationError&) {
            throw;
        } catch (const crisis::Error& e) {
            // Too long for the channel: show the text anyway, so the user sees how much to cut.
            unlimited.channel = "customer-email";
            m_preview->setPlainText(QString::fromStdString(
                crisis::renderForIncident(unlimited, incident, profile, overrides).text));
            m_previewProblems->setText(QString::fromStdString(e.describe(lang)));
        }
        const std::string text = m_preview->toPlainText().toStdString();
        const auto length = crisis::codePointCount(text);
        const auto limit = crisis::channelLimit(r->tmpl.channel, text);
        if (limit) {
            m_length->setText(tr("%1 / %2 characters").arg(length).arg(*limit));
            m_length->setStyleSheet(length > *limit ? QStringLiteral("color: #b03a2e; font-weight: bold;")
                                                    : QString());
        } else {
            m_length->setText(tr("%1 characters (no limit for this channel)").arg(length));
            m_length->setStyleSheet(QString());
        }
    } catch (const crisis::ValidationError& e) {
        QStringList lines;
        for (const auto& p : e.problems())
            lines << QStringLiteral("%1: %2").arg(QString::fromStdString(p.pointer),
                                                  QString::fromStdString(crisis::render(p.message, lang)));
        m_previewProblems->setText(
            tr("Not rendered: %n problem(s)", nullptr, static_cast<int>(lines.size())) +
            QStringLiteral("\n") + lines.join(QStringLiteral("\n")));
    } catch (const crisis::Error& e) {
        m_previewProblems->setText(QString::fromStdString(e.describe(lang)));
    }
}

bool TemplatesPage::importFiles(const QStringList& paths) {
    m_problems->clear();
    m_problems->hide();
    std::vector<crisis::KitFile> files;
    for (const auto& path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            setStatus(tr("Cannot read %1: %2").arg(path, f.errorString()), true);
            return false;
        }
        files.push_back({QFileInfo(path).fileName().toStdString(), f.readAll().toStdString()});
    }
    if (files.empty())
        return false;
    try {
        const auto result = crisis::importTemplateKits(m_desk.store(), files, m_desk.now());
        setStatus(QString::fromStdString(
                      crisis::text("cli.kit_imported", m_desk.language(),
                                   {std::to_string(result.added), std::to_string(result.replaced),
                                    std::to_string(result.unchanged)})),
                  false);
        m_desk.refresh();
        return true;
    } catch (const crisis::ValidationError& e) {
        showProblems(e);
    } catch (const crisis::Error& e) {
        setStatus(QString::fromStdString(e.describe(m_desk.language())), true);
    }
    return false;
}

void TemplatesPage::showProblems(const crisis::ValidationError& error) {
    const auto lang = m_desk.language();
    for (const auto& p : error.problems()) {
        // With several files each pointer starts with "file: ".
        QString file = QString::fromStdString(error.source());
        QString where = QString::fromStdString(p.pointer);
        if (const int colon = where.indexOf(QStringLiteral(": ")); colon > 0) {
            file = where.left(colon);
            where = where.mid(colon + 2);
        }
        auto* item = new QTreeWidgetItem({file, where.isEmpty() ? QStringLiteral("/") : where,
                                          QString::fromStdString(crisis::render(p.message, lang))});
        m_problems->addTopLevelItem(item);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->show();
    setStatus(tr("Nothing was imported: %n problem(s).", nullptr, static_cast<int>(error.problems().size())),
              true);
}

bool TemplatesPage::exportTo(const QString& path) {
    try {
        const auto body = crisis::templateKitToJson(crisis::kitInEffect(m_desk.store()),
                                                    m_crisisType->currentData().toString().toStdString());
        if (const auto error = writeExportFile(path, body)) {
            setStatus(*error, true);
            return false;
        }
    } catch (const crisis::Error& e) {
        setStatus(QString::fromStdString(e.describe(m_desk.language())), true);
        return false;
    }
    setStatus(tr("Exported to %1.").arg(path), false);
    return true;
}

void TemplatesPage::importDialog() {
    const auto paths = QFileDialog::getOpenFileNames(this, tr("Import template kits"), QString(),
                                                     tr("Template kits (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void TemplatesPage::exportDialog() {
    const QString type = m_crisisType->currentData().toString();
    const QString name =
        (type.isEmpty() ? QStringLiteral("templates") : type + QStringLiteral("-templates")) +
        QStringLiteral(".json");
    const auto path =
        QFileDialog::getSaveFileName(this, tr("Export template kit"), name, tr("Template kits (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void TemplatesPage::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QStringLiteral("color: #1e7e34;"));
}

void TemplatesPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedJsonFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TemplatesPage::dropEvent(QDropEvent* event) {
    const auto paths = droppedJsonFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}
