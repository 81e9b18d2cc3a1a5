#pragma once
// The current phase's exit checklist of one incident, as tick boxes. Ticking runs the core
// command; a refused tick reports its message through errorOccurred and changes nothing.

#include <crisis/phase_machine.hpp>

#include <QAbstractListModel>

class Desk;

class ChecklistModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ChecklistModel(Desk& desk, QObject* parent = nullptr);

    void setIncident(std::int64_t id);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void reload();

signals:
    void errorOccurred(const QString& message);

private:
    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_open = false;
    std::vector<crisis::ChecklistStatus> m_items;
};
