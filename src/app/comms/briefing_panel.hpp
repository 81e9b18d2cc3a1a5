#pragma once
// The internal briefing of an incident: send it to the roster (the playbook's internal-briefing
// template, rendered strictly, its gaps typed in a dialog) and see, briefing by briefing, who
// has acknowledged it and who has not.

#include <crisis/briefing.hpp>

#include <QAbstractTableModel>
#include <QDialog>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class Desk;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

/// The recipients of one briefing and when each acknowledged.
class BriefingRecipientsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, ContactColumn, AcknowledgedColumn, RecordedByColumn, ColumnCount };
    explicit BriefingRecipientsModel(QObject* parent = nullptr);

    void setBriefing(const std::optional<crisis::Briefing>& briefing);
    void setUtc(bool utc);
    const crisis::BriefingRecipient* recipient(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<crisis::Briefing> m_briefing;
    bool m_utc = false;
};

class BriefingPanel : public QWidget {
    Q_OBJECT
public:
    explicit BriefingPanel(Desk& desk, QWidget* parent = nullptr);

    void setIncident(std::int64_t incident);
    void setUtc(bool utc);
    /// Records that the recipient on `row` of the shown briefing has read it.
    std::optional<QString> acknowledgeRow(int row);

    QComboBox* briefings() const { return m_briefings; }
    BriefingRecipientsModel* recipients() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* progressLabel() const { return m_progress; }
    QPlainTextEdit* textView() const { return m_text; }

public slots:
    void sendInteractively();
    void refresh();

private:
    void showBriefing();

    Desk& m_desk;
    std::int64_t m_incident = 0;
    std::vector<crisis::Briefing> m_list;
    QComboBox* m_briefings;
    BriefingRecipientsModel* m_model;
    QTableView* m_view;
    QLabel* m_progress;
    QPlainTextEdit* m_text;
    QPushButton* m_send;
    QPushButton* m_ack;
};

/// Sends the internal briefing: language, template, the values the incident and the
/// organisation profile do not give, and a live preview that lists every gap.
class SendBriefingDialog : public QDialog {
    Q_OBJECT
public:
    SendBriefingDialog(Desk& desk, std::int64_t incident, QWidget* parent = nullptr);

    /// The field typed for placeholder `name`, or nullptr.
    QLineEdit* field(const QString& name) const;
    QPlainTextEdit* preview() const { return m_preview; }
    QComboBox* languageBox() const { return m_language; }
    /// The id of the briefing sent (0 until accepted).
    std::int64_t sent() const { return m_sent; }
    void accept() override;

private:
    void rebuildFields();
    void updatePreview();
    crisis::BriefingRequest request() const;

    Desk& m_desk;
    std::int64_t m_incident;
    std::int64_t m_sent = 0;
    QComboBox* m_language;
    QFormLayout* m_fields;
    std::map<QString, QLineEdit*> m_values;
    QPlainTextEdit* m_preview;
    QLabel* m_error;
    QPushButton* m_ok;
};
