#include "dashboard_page.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../stale_view.hpp"

#include <crisis/error.hpp>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

QString spanOrDash(const std::optional<crisis::Duration>& span) {
    return span ? labels::span(*span) : QStringLiteral("–");
}

QString meanExit(const crisis::GroupFigures& g, crisis::Phase phase) {
    const auto it = g.meanPhaseExit.find(phase);
    return it == g.meanPhaseExit.end() ? QStringLiteral("–") : labels::span(it->second);
}

} // namespace

// --- DashboardModel --------------------------------------------------------------------------

void DashboardModel::setFigures(const crisis::FigureSet& f) {
    beginResetModel();
    m_rows.clear();
    m_rows.push_back({tr("All closed incidents"), f.all, true});
    for (const auto& [type, g] : f.byType)
        m_rows.push_back({tr("Type: %1").arg(QString::fromStdString(type)), g});
    for (const auto& [severity, g] : f.bySeverity)
        m_rows.push_back({tr("Severity %1").arg(severity), g});
    for (const auto& [month, g] : f.byMonth)
        m_rows.push_back({tr("Month %1").arg(QString::fromStdString(month)), g});
    endResetModel();
}

int DashboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto& g = r.figures;
    if (role == Qt::FontRole && r.heading) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != GroupColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case GroupColumn:
        return r.group;
    case CountColumn:
        return g.count;
    case AcknowledgeColumn:
        return spanOrDash(g.meanAcknowledge);
    case IdentifyColumn:
        return meanExit(g, crisis::Phase::Identify);
    case AnalyzeColumn:
        return meanExit(g, crisis::Phase::Analyze);
    case RespondColumn:
        return meanExit(g, crisis::Phase::Respond);
    case ClocksMetColumn: {
        const auto share = g.shareMet();
        return share ? tr("%1% of %2").arg(qRound(*share * 100)).arg(g.clocksJudged) : QStringLiteral("–");
    }
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Group"),
                                             QT_TR_NOOP("Incidents"),
                                             QT_TR_NOOP("Acknowledged after"),
                                             QT_TR_NOOP("Identify done after"),
                                             QT_TR_NOOP("Analyze done after"),
                                             QT_TR_NOOP("Respond done after"),
                                             QT_TR_NOOP("Clocks met in time")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

// --- DashboardPage ---------------------------------------------------------------------------

DashboardPage::DashboardPage(Desk& desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new DashboardModel(this)) {
    setObjectName(QStringLiteral("dashboardPage"));
    m_stale = new StaleView(this, [this] { refresh(); });
    m_population = new QComboBox;
    m_population->setObjectName(QStringLiteral("population"));
    m_population->addItem(tr("Real incidents"));
    m_population->addItem(tr("Drills"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("dashboard"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DashboardModel::GroupColumn, QHeaderView::Stretch);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_trend = new QChartView(new QChart);
    m_trend->setObjectName(QStringLiteral("dashboardTrend"));
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(220);
    m_reminders = new QListWidget;
    m_reminders->setObjectName(QStringLiteral("reminders"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show")));
    top->addWidget(m_population);
    top->addWidget(m_summary, 1);
    auto* remindersBox = new QWidget;
    auto* rl = new QVBoxLayout(remindersBox);
    rl->setContentsMargins(0, 0, 0, 0);
    auto* remindersTitle = new QLabel(tr("Improvement items past due (double-click to open the incident)"));
    remindersTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    rl->addWidget(remindersTitle);
    rl->addWidget(m_reminders);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_trend);
    split->addWidget(remindersBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_population, &QComboBox::currentIndexChanged, this, [this] {
        const auto& set = m_population->currentIndex() == 0 ? m_figures.real : m_figures.drills;
        m_model->setFigures(set);
        showTrend(set);
    });
    connect(m_reminders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit incidentActivated(item->data(Qt::UserRole).toLongLong()); });
    connect(&desk, &Desk::dataChanged, m_stale, &StaleView::markStale);
    connect(&desk, &Desk::clocksChanged, m_stale, &StaleView::markStale);
}

QChart* DashboardPage::trendChart() const {
    return m_trend->chart();
}

void DashboardPage::setUtc(bool utc) {
    m_utc = utc;
    m_stale->markStale();
}

void DashboardPage::refresh() {
    std::vector<crisis::ImprovementReminder> reminders;
    try {
        m_figures = m_desk.review().dashboard();
        reminders = m_desk.review().reminders();
    } catch (const crisis::Error& e) {
        m_summary->setText(QString::fromStdString(e.describe(m_desk.language())));
        return;
    }
    const auto& set = m_population->currentIndex() == 0 ? m_figures.real : m_figures.drills;
    m_model->setFigures(set);
    showTrend(set);
    m_summary->setText(tr("%1 real incident(s) and %2 drill(s) closed")
                           .arg(m_figures.real.all.count)
                           .arg(m_figures.drills.all.count));
    m_reminders->clear();
    for (const auto& r : reminders) {
        auto* item = new QListWidgetItem(
            tr("#%1 %2 — %3 (%4), due %5")
                .arg(r.incident)
                .arg(QString::fromStdString(r.incidentTitle), QString::fromStdString(r.item.action),
                     labels::role(QString::fromStdString(r.item.owner)), labels::time(r.item.due, m_utc)));
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(r.incident));
        item->setBackground(QBrush(labels::clockColor(crisis::ClockState::Overdue)));
        m_reminders->addItem(item);
    }
    if (reminders.empty())
        m_reminders->addItem(tr("None: every improvement item is done or not yet due."));
}

void DashboardPage::showTrend(const crisis::FigureSet& figures) {
    QChart* chart = m_trend->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Trend by month of T0"));
    QStringList months;
    auto* met = new QBarSet(tr("Clocks met in time (%)"));
    auto* ack = new QLineSeries;
    ack->setName(tr("Mean time to acknowledge (min)"));
    ack->setPointsVisible(true); // a single month is a point, not a line
    int x = 0;
    double maxAck = 1;
    for (const auto& [month, g] : figures.byMonth) {
        months << QString::fromStdString(month);
        const auto share = g.shareMet();
        *met << (share ? *share * 100 : 0);
        if (g.meanAcknowledge) {
            const double minutes = std::chrono::duration<double, std::ratio<60>>(*g.meanAcknowledge).count();
            ack->append(x, minutes);
            maxAck = std::max(maxAck, minutes);
        }
        ++x;
    }
    auto* bars = new QBarSeries;
    bars->append(met);
    chart->addSeries(bars);
    chart->addSeries(ack);
    auto* categories = new QBarCategoryAxis;
    categories->append(months);
    chart->addAxis(categories, Qt::AlignBottom);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(percent, Qt::AlignLeft);
    auto* minutes = new QValueAxis;
    minutes->setRange(0, maxAck * 1.2);
    minutes->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(minutes, Qt::AlignRight);
    bars->attachAxis(categories);
    bars->attachAxis(percent);
    ack->attachAxis(categories);
    ack->attachAxis(minutes);
    chart->legend()->setAlignment(Qt::AlignBottom);
}
