#pragma once
// The kit in effect (shipped templates with the imported ones on top) as a table, filtered by
// crisis type, channel and language: title, type, channel, language, where the text comes
// from (shipped, or the imported version) and when its review falls due.

#include <crisis/template.hpp>

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class Desk;

class TemplateListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CrisisTypeColumn,
        ChannelColumn,
        LanguageColumn,
        SourceColumn,
        ReviewColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit TemplateListModel(Desk& desk, QObject* parent = nullptr);

    /// Empty strings match everything.
    void setFilter(const QString& crisisType, const QString& channel, const QString& language);
    /// The template shown in `row`, or nullptr.
    const crisis::TemplateRecord* record(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

public slots:
    void reload();

private:
    Desk& m_desk;
    QString m_crisisType;
    QString m_channel;
    QString m_language;
    std::vector<crisis::TemplateRecord> m_rows;
    std::optional<crisis::Instant> m_setUp;
};
