#include "element_table_model.hpp"

#include "../labels.hpp"
#include "playbook_document.hpp"

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

ElementTableModel::ElementTableModel(PlaybookDocument& doc, Kind kind, crisis::Language lang, QObject* parent)
    : QAbstractTableModel(parent), m_doc(doc), m_kind(kind), m_lang(lang) {
    connect(&doc, &PlaybookDocument::changed, this, &ElementTableModel::reset);
}

void ElementTableModel::setPhase(crisis::Phase phase) {
    m_phase = phase;
    reset();
}

void ElementTableModel::reset() {
    beginResetModel();
    endResetModel();
}

int ElementTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    const auto& pb = m_doc.playbook();
    switch (m_kind) {
    case Kind::Clocks:
        return static_cast<int>(pb.clocks.size());
    case Kind::Checklist:
        return static_cast<int>(pb.checklist(m_phase).size());
    case Kind::Tasks:
        return static_cast<int>(pb.tasks.size());
    case Kind::Templates:
        return static_cast<int>(pb.templates.size());
    }
    return 0;
}

int ElementTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Clocks:
        return 6;
    case Kind::Checklist:
        return 2;
    case Kind::Tasks:
        return 4;
    case Kind::Templates:
        return 1;
    }
    return 0;
}

QStringList ElementTableModel::row(int r) const {
    const auto& pb = m_doc.playbook();
    const auto i = static_cast<std::size_t>(r);
    switch (m_kind) {
    case Kind::Clocks: {
        const auto& c = pb.clocks[i];
        QStringList warnings;
        for (double w : c.warnings)
            warnings << QString::number(w);
        const QString metBy =
            c.metByPhaseExit ? tr("leaving %1").arg(labels::phase(*c.metByPhaseExit)) : tr("mark");
        return {q(c.id),    q(c.name.in(m_lang)) + (c.regulatory ? QStringLiteral("  §") : QString()),
                q(c.start), q(c.duration.toString()),
                metBy,      warnings.join(QStringLiteral(", "))};
    }
    case Kind::Checklist: {
        const auto& item = pb.checklist(m_phase)[i];
        return {q(item.id), q(item.text.in(m_lang))};
    }
    case Kind::Tasks: {
        const auto& t = pb.tasks[i];
        return {q(t.id), q(t.title.in(m_lang)), labels::role(q(t.role)), q(t.due.toString())};
    }
    case Kind::Templates:
        return {q(pb.templates[i])};
    }
    return {};
}

QVariant ElementTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return row(index.row()).value(index.column());
}

QVariant ElementTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    QStringList headers;
    switch (m_kind) {
    case Kind::Clocks:
        headers = {tr("Id"), tr("Name"), tr("Starts at"), tr("Duration"), tr("Met by"), tr("Warnings")};
        break;
    case Kind::Checklist:
        headers = {tr("Id"), tr("Item")};
        break;
    case Kind::Tasks:
        headers = {tr("Id"), tr("Title"), tr("Owner role"), tr("Due after T0")};
        break;
    case Kind::Templates:
        headers = {tr("Template id")};
        break;
    }
    return headers.value(section);
}
