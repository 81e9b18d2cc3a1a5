#pragma once
// Table models of the review tab over core values: the answers to the review questions, the
// improvement plan and the review figures. The panel reads the core and hands them the values.

#include <crisis/messages.hpp>
#include <crisis/review.hpp>
#include <crisis/review_metrics.hpp>

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

/// One row per (question, team) answer; a question nobody answered yet is one row too.
class AnswersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QuestionColumn, TeamColumn, AnswerColumn, AuthorColumn, TimeColumn, ColumnCount };
    enum Role { QuestionRole = Qt::UserRole + 1, TeamRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setReview(const crisis::ReviewState& review, bool utc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString question;
        std::optional<crisis::ReviewAnswer> answer;
    };
    std::vector<Row> m_rows;
    bool m_utc = false;
};

/// The improvement plan; open items past due are marked.
class ImprovementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        FindingColumn,
        ActionColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ProposalColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole, HasProposalRole, AcceptedRole };

    using QAbstractTableModel::QAbstractTableModel;
    /// `proposals` holds the one-line description of each item's proposal (empty: none).
    void setItems(std::vector<crisis::ImprovementItem> items, std::vector<QString> proposals,
                  crisis::Instant now, bool utc);
    const crisis::ImprovementItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<crisis::ImprovementItem> m_items;
    std::vector<QString> m_proposals;
    crisis::Instant m_now;
    bool m_utc = false;
};

/// The review figures as (metric, value, outcome) rows, coloured by outcome.
class FiguresModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MetricColumn, ValueColumn, OutcomeColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setMetrics(const crisis::ReviewMetrics& metrics, crisis::Language language);
    /// The value shown for the row whose metric text is `metric` (for tests).
    QString value(const QString& metric) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString metric;
        QString value;
        std::optional<crisis::TargetOutcome> outcome;
        bool heading = false;
    };
    std::vector<Row> m_rows;
};
