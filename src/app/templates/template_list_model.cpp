#include "template_list_model.hpp"

#include "../desk.hpp"
#include "template_labels.hpp"

#include <crisis/template_kit.hpp>

#include <QDateTime>

TemplateListModel::TemplateListModel(Desk& desk, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk) {
    connect(&desk, &Desk::dataChanged, this, &TemplateListModel::reload);
    reload();
}

void TemplateListModel::setFilter(const QString& crisisType, const QString& channel,
                                  const QString& language) {
    m_crisisType = crisisType;
    m_channel = channel;
    m_language = language;
    reload();
}

void TemplateListModel::reload() {
    beginResetModel();
    m_rows.clear();
    try {
        m_setUp = m_desk.store().setUpAt();
        for (auto& record : crisis::effectiveTemplates(m_desk.store())) {
            const auto& t = record.tmpl;
            if ((!m_crisisType.isEmpty() && QString::fromStdString(t.crisisType) != m_crisisType) ||
                (!m_channel.isEmpty() && QString::fromStdString(t.channel) != m_channel) ||
                (!m_language.isEmpty() &&
                 QLatin1String(crisis::languageCode(t.language).data()) != m_language))
                continue;
            m_rows.push_back(std::move(record));
        }
    } catch (const std::exception&) {
        // A locked database shows an empty list; the next change reloads.
    }
    endResetModel();
}

const crisis::TemplateRecord* TemplateListModel::record(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int TemplateListModel::rowOf(const QString& id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (QString::fromStdString(m_rows[i].tmpl.id) == id)
            return static_cast<int>(i);
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole || role == Qt::ToolTipRole)
        return QString::fromStdString(r.tmpl.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return QString::fromStdString(r.tmpl.title);
    case CrisisTypeColumn:
        return template_labels::crisisType(QString::fromStdString(r.tmpl.crisisType));
    case ChannelColumn:
        return template_labels::channel(QString::fromStdString(r.tmpl.channel));
    case LanguageColumn:
        return template_labels::language(r.tmpl.language);
    case SourceColumn:
        return r.shipped() ? tr("shipped") : tr("imported v%1").arg(r.version);
    case ReviewColumn: {
        const auto since = r.importedAt ? r.importedAt : m_setUp;
        if (!since)
            return {};
        const auto due = r.tmpl.reviewInterval.addTo(*since);
        return QDateTime::fromMSecsSinceEpoch(due.time_since_epoch().count(), Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd"));
    }
    default:
        return {};
    }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static constexpr const char* titles[] = {QT_TR_NOOP("Title"),   QT_TR_NOOP("Crisis type"),
                                             QT_TR_NOOP("Channel"), QT_TR_NOOP("Language"),
                                             QT_TR_NOOP("Source"),  QT_TR_NOOP("Review due")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}
