#pragma once
// The scenarios a drill can be started from: built in and imported, latest version of each.

#include <crisis/drill_service.hpp>

#include <QAbstractTableModel>

#include <map>

class ScenarioListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, PlaybookColumn, InjectsColumn, VersionColumn, SourceColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DescriptionRole };

    explicit ScenarioListModel(QObject* parent = nullptr);
    /// Keeps the highest version of each scenario id, in id order. `playbookNames` (by playbook id)
    /// names the playbook each drill opens with.
    void setScenarios(std::vector<crisis::ScenarioEntry> scenarios, crisis::Language lang,
                      std::map<std::string, QString> playbookNames = {});
    const crisis::ScenarioEntry* scenario(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<crisis::ScenarioEntry> m_scenarios;
    crisis::Language m_lang = crisis::Language::En;
    std::map<std::string, QString> m_playbookNames;
};
