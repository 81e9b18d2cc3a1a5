#include "start_drill_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "scenario_list_model.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

StartDrillDialog::StartDrillDialog(Desk& desk, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_model(new ScenarioListModel(this)) {
    setWindowTitle(tr("Start drill"));
    setObjectName(QStringLiteral("startDrillDialog"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("scenarios"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(ScenarioListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ScenarioListModel::PlaybookColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(190);
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 3);

    m_speed = new QSpinBox;
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(1, 120);
    m_speed->setValue(60);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setMaximumWidth(m_speed->fontMetrics().horizontalAdvance(QStringLiteral("0000×")) + 48);
    m_speed->setToolTip(tr("60×: one real minute is one drill hour; the first 24 hours play in 24 minutes"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->setCurrentIndex(desk.language() == crisis::Language::Zh ? 1 : 0);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));

    auto* form = new QFormLayout;
    form->addRow(tr("Clock speed"), m_speed);
    form->addRow(tr("Injects in"), m_language);
    form->addRow(tr("Title"), m_title);
    m_buttons = okCancelButtons(this, tr("Start drill"));
    auto* import = m_buttons->addButton(tr("Import scenario…"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importScenario"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import scenario"), QString(),
                                                          tr("Scenario files (*.json)"));
        if (!path.isEmpty())
            importScenario(path);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StartDrillDialog::showDescription);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Scenario")));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 520);
    reloadScenarios();
    m_view->setFocus();
}

void StartDrillDialog::reloadScenarios(const QString& select) {
    std::map<std::string, QString> names;
    try {
        for (const auto& record : m_desk.store().playbooks())
            names.emplace(record.playbook.id,
                          QString::fromStdString(record.playbook.name.in(m_desk.language())));
        m_model->setScenarios(m_desk.drills().scenarios(), m_desk.language(), std::move(names));
    } catch (const crisis::Error& e) {
        m_error->setText(QString::fromStdString(e.describe(m_desk.language())));
        m_error->show();
    }
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->index(i, 0).data(ScenarioListModel::IdRole).toString() == select)
            row = i;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_model->rowCount() > 0);
}

std::optional<QString> StartDrillDialog::importScenario(const QString& path) {
    QFile file(path);
    std::optional<QString> error;
    QString imported;
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else {
        const QByteArray data = file.readAll();
        error = m_desk.run([&] {
            const auto entry = m_desk.drills().importScenario(
                std::string_view(data.constData(), static_cast<std::size_t>(data.size())),
                QFileInfo(path).fileName().toStdString());
            imported = QString::fromStdString(entry.scenario.id);
        });
    }
    if (error) {
        m_error->setText(*error); // every problem with its JSON pointer; nothing was stored
        m_error->show();
        return error;
    }
    m_error->hide();
    reloadScenarios(imported);
    return std::nullopt;
}

void StartDrillDialog::showDescription() {
    const auto* entry = m_model->scenario(m_view->currentIndex().row());
    m_description->setText(entry ? QString::fromStdString(entry->scenario.description.in(m_desk.language()))
                                 : QString());
    m_title->setPlaceholderText(entry ? QString::fromStdString(entry->scenario.title.in(m_desk.language()))
                                      : QString());
}

void StartDrillDialog::accept() {
    const auto* entry = m_model->scenario(m_view->currentIndex().row());
    if (!entry) {
        m_error->setText(tr("Choose a scenario."));
        m_error->show();
        return;
    }
    crisis::DrillStartRequest request;
    request.scenario = entry->scenario.id;
    request.speed = m_speed->value();
    request.title = m_title->text().trimmed().toStdString();
    request.language = crisis::languageFromLocale(m_language->currentData().toString().toStdString());
    std::int64_t id = 0;
    if (const auto error = m_desk.run([&] { id = m_desk.drills().start(request); })) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    m_created = id;
    QDialog::accept();
}
