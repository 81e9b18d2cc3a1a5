#pragma once
// The live score of a drill as three tables: each expected action (on time, late, missed,
// pending with the time taken), the incident's clocks met or missed, and the objectives with
// their outcome counts and the evaluators' ratings.

#include <crisis/drill_service.hpp>
#include <crisis/playbook.hpp>

#include <QAbstractTableModel>

#include <optional>

/// One row per inject that expects an action (when it was delivered is in the row's tooltip).
class ExpectedResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        InjectColumn,
        ExpectedColumn,
        DeadlineColumn,
        AnsweredColumn,
        TakenColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role { OutcomeRole = Qt::UserRole + 1 };

    explicit ExpectedResultsModel(QObject* parent = nullptr);
    /// `playbook` names checklist items and tasks; nullptr when there is no drill.
    void setStatus(const std::optional<crisis::DrillStatus>& status, const crisis::Playbook* playbook,
                   crisis::Language lang);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        crisis::ExpectedResult result;
        QString expected;
    };
    std::vector<Row> m_rows;
    crisis::Instant m_start;
};

/// The drill incident's clocks as the score judges them.
class ScoreClocksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DueColumn, MetColumn, StateColumn, ColumnCount };

    explicit ScoreClocksModel(QObject* parent = nullptr);
    void setStatus(const std::optional<crisis::DrillStatus>& status, crisis::Language lang);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<crisis::DrillClockResult> m_clocks;
    crisis::Instant m_start;
    crisis::Language m_lang = crisis::Language::En;
};

/// The objectives: outcome counts, mean time taken and every evaluator's rating.
class ObjectivesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ObjectiveColumn,
        OnTimeColumn,
        LateColumn,
        MissedColumn,
        MeanColumn,
        RatingsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ObjectivesModel(QObject* parent = nullptr);
    void setStatus(const std::optional<crisis::DrillStatus>& status, crisis::Language lang);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString id;
        QString text;
        crisis::ObjectiveScore score;
    };
    std::vector<Row> m_rows;
};
