#pragma once
// The trainer's inject queue: every inject of the drill's scenario in file order with its time,
// delivery and state; the next one to fire by itself is highlighted.

#include <crisis/drill_service.hpp>

#include <QAbstractTableModel>

#include <optional>

class InjectQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, IdColumn, SynopsisColumn, DeliveryColumn, ToColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, NextRole };

    explicit InjectQueueModel(QObject* parent = nullptr);

    /// Shows `status` (nullopt: no drill) in `lang`; `playbook` names what injects expect.
    void setStatus(const std::optional<crisis::DrillStatus>& status, const crisis::Playbook* playbook,
                   crisis::Language lang);
    /// The row of an inject id, or -1.
    int rowOf(const QString& injectId) const;
    /// The inject that fires next by itself (empty when none).
    QString nextInject() const { return m_next; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        crisis::Inject inject;
        crisis::InjectState state;
        QString expected;
    };
    std::vector<Row> m_rows;
    crisis::Instant m_start;
    crisis::Language m_lang = crisis::Language::En;
    QString m_next;
    std::optional<crisis::Instant> m_nextAt;
};
