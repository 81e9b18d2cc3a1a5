#include "scenario_list_model.hpp"

ScenarioListModel::ScenarioListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioListModel::setScenarios(std::vector<crisis::ScenarioEntry> scenarios, crisis::Language lang,
                                     std::map<std::string, QString> playbookNames) {
    beginResetModel();
    m_lang = lang;
    m_playbookNames = std::move(playbookNames);
    m_scenarios.clear();
    // The list comes sorted by id then version: the last of each id is the one a drill plays.
    for (auto& entry : scenarios) {
        if (!m_scenarios.empty() && m_scenarios.back().scenario.id == entry.scenario.id)
            m_scenarios.back() = std::move(entry);
        else
            m_scenarios.push_back(std::move(entry));
    }
    endResetModel();
}

const crisis::ScenarioEntry* ScenarioListModel::scenario(int row) const {
    return row >= 0 && row < rowCount() ? &m_scenarios[static_cast<std::size_t>(row)] : nullptr;
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

int ScenarioListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& e = m_scenarios[static_cast<std::size_t>(index.row())];
    const auto& sc = e.scenario;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return QString::fromStdString(sc.title.in(m_lang));
        case PlaybookColumn:
            if (const auto it = m_playbookNames.find(sc.playbook); it != m_playbookNames.end())
                return it->second;
            return QString::fromStdString(sc.playbook);
        case InjectsColumn:
            return static_cast<int>(sc.injects.size());
        case VersionColumn:
            return sc.version;
        case SourceColumn:
            return e.builtIn ? tr("built-in") : tr("imported");
        default:
            return {};
        }
    }
    if (role == IdRole)
        return QString::fromStdString(sc.id);
    if (role == DescriptionRole || role == Qt::ToolTipRole)
        return QString::fromStdString(sc.description.in(m_lang));
    return {};
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Scenario");
    case PlaybookColumn:
        return tr("Playbook");
    case InjectsColumn:
        return tr("Injects");
    case VersionColumn:
        return tr("Version");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}
