#pragma once
// The figures a crisis manager shows the board: every closed incident (drills in their own
// view) grouped by crisis type, severity and month of T0 — mean time to acknowledge and to each
// phase exit, share of clocks met — with the trend over months as a chart, and the improvement
// items past due across all incidents (the reminders).

#include <crisis/review_dashboard.hpp>
#include <crisis/review_service.hpp>

#include <QAbstractTableModel>
#include <QWidget>

class Desk;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class StaleView;

/// One row per group of a FigureSet: all, then each crisis type, severity and month.
class DashboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        CountColumn,
        AcknowledgeColumn,
        IdentifyColumn,
        AnalyzeColumn,
        RespondColumn,
        ClocksMetColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setFigures(const crisis::FigureSet& figures);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString group;
        crisis::GroupFigures figures;
        bool heading = false;
    };
    std::vector<Row> m_rows;
};

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Desk& desk, QWidget* parent = nullptr);
    void setUtc(bool utc);

    DashboardModel* model() const { return m_model; }
    QComboBox* population() const { return m_population; }
    QChart* trendChart() const;
    QListWidget* reminders() const { return m_reminders; }
    QLabel* summary() const { return m_summary; }

signals:
    /// Open this incident's review.
    void incidentActivated(std::int64_t incident);

private:
    void refresh();
    void showTrend(const crisis::FigureSet& figures);

    Desk& m_desk;
    bool m_utc = false;
    StaleView* m_stale = nullptr;
    crisis::DashboardFigures m_figures;
    DashboardModel* m_model;
    QComboBox* m_population;
    QTableView* m_view;
    QChartView* m_trend;
    QListWidget* m_reminders;
    QLabel* m_summary;
};
