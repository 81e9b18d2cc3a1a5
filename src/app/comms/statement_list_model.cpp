#include "statement_list_model.hpp"

#include "../desk.hpp"
#include "../labels.hpp"
#include "../templates/template_labels.hpp"

#include <QBrush>
#include <QColor>

StatementListModel::StatementListModel(Desk& desk, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &StatementListModel::reload);
}

void StatementListModel::setIncident(std::int64_t incident) {
    m_incident = incident;
    reload();
}

void StatementListModel::setUtc(bool utc) {
    m_utc = utc;
    if (!m_statements.empty())
        emit dataChanged(index(0, PublishedColumn), index(rowCount() - 1, PublishedColumn));
}

void StatementListModel::reload() {
    beginResetModel();
    m_statements.clear();
    m_approvers.clear();
    if (m_incident != 0) {
        try {
            m_statements = m_desk.statements().list(m_incident);
            m_approvers = m_desk.statements().approvers(m_incident);
        } catch (const crisis::Error&) {
            // the incident went away with a database switch: an empty list
        }
    }
    endResetModel();
}

const crisis::Statement* StatementListModel::statement(int row) const {
    return row >= 0 && row < rowCount() ? &m_statements[static_cast<std::size_t>(row)] : nullptr;
}

int StatementListModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < m_statements.size(); ++i)
        if (m_statements[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int StatementListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_statements.size());
}

int StatementListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementListModel::data(const QModelIndex& index, int role) const {
    const crisis::Statement* s = index.isValid() ? statement(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == IdRole)
        return QVariant::fromValue<qlonglong>(s->id);
    if (role == StateRole)
        return static_cast<int>(s->state);
    if (role == Qt::BackgroundRole && index.column() == StateColumn) {
        switch (s->state) {
        case crisis::StatementState::Published:
            return QBrush(QColor(0xC8, 0xE6, 0xC9));
        case crisis::StatementState::Approved:
            return QBrush(QColor(0xDC, 0xED, 0xC8));
        case crisis::StatementState::InReview:
            return QBrush(QColor(0xFC, 0xE3, 0xA6));
        case crisis::StatementState::Draft:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn)
        return tr("%1 · %2 · revision %3")
            .arg(template_labels::channel(QString::fromStdString(s->content().channel)),
                 s->published ? tr("published %1").arg(labels::time(s->published->at, m_utc))
                              : labels::statementState(s->state))
            .arg(s->current().number);
    if (role == Qt::ToolTipRole && index.column() == ApprovalsColumn) {
        QStringList given;
        for (const auto& a : s->currentApprovals())
            given << tr("%1: %2").arg(labels::role(QString::fromStdString(a.role)),
                                      QString::fromStdString(a.actor));
        return given.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QVariant::fromValue<qlonglong>(s->id);
    case SubjectColumn: {
        const auto& c = s->content();
        const QString subject =
            QString::fromStdString(c.subject.empty() ? c.message : c.subject).simplified();
        return subject.size() > 80 ? subject.left(79) + QChar(0x2026) : subject;
    }
    case ChannelColumn:
        return template_labels::channel(QString::fromStdString(s->content().channel));
    case StateColumn:
        return labels::statementState(s->state);
    case ApprovalsColumn:
        return QStringLiteral("%1/%2").arg(s->currentApprovals().size()).arg(m_approvers.size());
    case PublishedColumn:
        return s->published ? labels::time(s->published->at, m_utc) : QString();
    default:
        return {};
    }
}

QVariant StatementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("#"),         QT_TR_NOOP("Subject"),
                                             QT_TR_NOOP("Channel"),   QT_TR_NOOP("State"),
                                             QT_TR_NOOP("Approvals"), QT_TR_NOOP("Published")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
