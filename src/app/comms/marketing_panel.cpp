#include "marketing_panel.hpp"

#include "dialogs/ok_cancel.hpp"

#include "../desk.hpp"
#include "marketing_model.hpp"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

crisis::Instant instantOf(const QDateTime& dt) {
    return crisis::Instant{crisis::Duration{dt.toMSecsSinceEpoch()}};
}

} // namespace

MarketingPanel::MarketingPanel(Desk& desk, QWidget* parent) : QWidget(parent), m_desk(desk) {
    setObjectName(QStringLiteral("marketingPanel"));
    m_model = new MarketingModel(desk, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("marketingItems"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(MarketingModel::NameColumn, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("addMarketing"));
    auto* import = new QPushButton(tr("Import CSV…"));
    import->setObjectName(QStringLiteral("importMarketing"));
    import->setToolTip(tr("Columns name, channel, scheduled_at, and optionally ends_at and crisis (yes/no)"));
    m_pause = new QPushButton(tr("Pause non-crisis marketing"));
    m_pause->setObjectName(QStringLiteral("pauseMarketing"));
    m_resume = new QPushButton(tr("Resume what this incident paused"));
    m_resume->setObjectName(QStringLiteral("resumeMarketing"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("marketingStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    const auto show = [this](const std::optional<QString>& error) {
        if (error)
            QMessageBox::warning(this, tr("Not done"), *error);
    };
    connect(add, &QPushButton::clicked, this, &MarketingPanel::addInteractively);
    connect(import, &QPushButton::clicked, this, &MarketingPanel::importInteractively);
    connect(m_pause, &QPushButton::clicked, this, [this, show] { show(pause()); });
    connect(m_resume, &QPushButton::clicked, this, [this, show] { show(resume()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MarketingPanel::refresh);
    refresh();
}

void MarketingPanel::setIncident(std::int64_t incident) {
    m_incident = incident;
    refresh();
}

void MarketingPanel::setUtc(bool utc) {
    m_utc = utc;
    m_model->setUtc(utc);
}

void MarketingPanel::refresh() {
    int paused = 0, upcoming = 0;
    bool open = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto* i = m_model->item(r);
        paused += i->paused && i->pausedBy == m_incident;
        upcoming += !i->crisis && !i->paused && crisis::isUpcoming(*i, m_desk.now());
    }
    bool drill = false;
    try {
        if (m_incident != 0) {
            const auto incident = m_desk.store().incident(m_incident);
            open = incident.isOpen();
            drill = incident.drill;
        }
    } catch (const crisis::Error&) {
    }
    m_pause->setEnabled(open);
    m_resume->setEnabled(paused > 0);
    if (m_incident == 0)
        m_status->setText(tr("%n item(s) in the register.", nullptr, m_model->rowCount()));
    else if (drill)
        m_status->setText(tr("A drill rehearses the pause: it is logged and ticked, but no real campaign is "
                             "stopped (%1 upcoming non-crisis item(s)).")
                              .arg(upcoming));
    else
        m_status->setText(tr("%1 paused for incident #%2; %3 upcoming non-crisis item(s) still scheduled.")
                              .arg(paused)
                              .arg(m_incident)
                              .arg(upcoming));
}

std::optional<QString> MarketingPanel::add(const crisis::MarketingItem& item) {
    return m_desk.run([&] { m_desk.marketing().add(item); });
}

std::optional<QString> MarketingPanel::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const QByteArray data = file.readAll();
    return m_desk.run([&] {
        m_desk.marketing().import(std::string_view(data.constData(), static_cast<std::size_t>(data.size())),
                                  QFileInfo(path).fileName().toStdString());
    });
}

std::optional<QString> MarketingPanel::pause() {
    const auto id = m_incident;
    return m_desk.run([&] { m_desk.marketing().pause(id); });
}

std::optional<QString> MarketingPanel::resume() {
    const auto id = m_incident;
    return m_desk.run([&] { m_desk.marketing().resume(id); });
}

void MarketingPanel::addInteractively() {
    MarketingItemDialog dialog(
        m_desk.now(), m_utc, [this](const crisis::MarketingItem& item) { return add(item); }, this);
    dialog.exec();
}

void MarketingPanel::importInteractively() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import marketing register"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const auto error = importFile(path))
        QMessageBox::warning(this, tr("Nothing imported"), *error);
}

MarketingItemDialog::MarketingItemDialog(
    crisis::Instant now, bool utc, std::function<std::optional<QString>(const crisis::MarketingItem&)> store,
    QWidget* parent)
    : QDialog(parent), m_store(std::move(store)) {
    setWindowTitle(tr("Add campaign or post"));
    setObjectName(QStringLiteral("marketingItemDialog"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("marketingName"));
    m_name->setPlaceholderText(tr("e.g. Spring sale newsletter"));
    m_channel = new QLineEdit;
    m_channel->setObjectName(QStringLiteral("marketingChannel"));
    m_channel->setPlaceholderText(tr("e.g. newsletter, instagram, tmall banner"));
    const auto start = QDateTime::fromMSecsSinceEpoch(now.time_since_epoch().count(), Qt::UTC).addDays(1);
    const auto make = [&](const char* name) {
        auto* edit = new QDateTimeEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
        edit->setDateTime(utc ? start : start.toLocalTime());
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm") +
                               (utc ? QStringLiteral(" 'UTC'") : QString()));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_scheduled = make("marketingScheduled");
    m_ends = make("marketingEnds");
    m_ends->setEnabled(false);
    m_hasEnd = new QCheckBox(tr("A campaign that runs until"));
    connect(m_hasEnd, &QCheckBox::toggled, m_ends, &QWidget::setEnabled);
    m_crisis = new QCheckBox(tr("Part of the crisis response (never paused)"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_ends, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Goes out / starts"), m_scheduled);
    form->addRow(QString(), endRow);
    form->addRow(QString(), m_crisis);
    auto* buttons = okCancelButtons(this, tr("Add"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

crisis::MarketingItem MarketingItemDialog::item() const {
    crisis::MarketingItem i;
    i.name = m_name->text().trimmed().toStdString();
    i.channel = m_channel->text().trimmed().toStdString();
    i.scheduledAt = instantOf(m_scheduled->dateTime());
    if (m_hasEnd->isChecked())
        i.endsAt = instantOf(m_ends->dateTime());
    i.crisis = m_crisis->isChecked();
    return i;
}

void MarketingItemDialog::accept() {
    if (const auto error = m_store(item())) {
        m_error->setText(*error);
        m_error->show();
        return;
    }
    QDialog::accept();
}
