#pragma once
// The marketing register beside an incident: add a campaign or post, import a register CSV,
// pause every non-crisis item for the incident in one step (logged, the respond item ticked) and
// resume what it paused.

#include <crisis/marketing_item.hpp>

#include <QDialog>
#include <QWidget>

#include <functional>
#include <optional>

class Desk;
class MarketingModel;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class MarketingPanel : public QWidget {
    Q_OBJECT
public:
    explicit MarketingPanel(Desk& desk, QWidget* parent = nullptr);

    void setIncident(std::int64_t incident);
    void setUtc(bool utc);

    /// The commands behind the buttons; each returns the error text, if any.
    std::optional<QString> add(const crisis::MarketingItem& item);
    std::optional<QString> importFile(const QString& path);
    std::optional<QString> pause();
    std::optional<QString> resume();

    MarketingModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }

public slots:
    void addInteractively();
    void importInteractively();

private:
    void refresh();

    Desk& m_desk;
    std::int64_t m_incident = 0;
    bool m_utc = false;
    MarketingModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QPushButton* m_pause;
    QPushButton* m_resume;
};

/// Adds one campaign or post by hand.
class MarketingItemDialog : public QDialog {
    Q_OBJECT
public:
    /// `store` runs when the user confirms: its error keeps the dialog open and is shown in it.
    MarketingItemDialog(crisis::Instant now, bool utc,
                        std::function<std::optional<QString>(const crisis::MarketingItem&)> store,
                        QWidget* parent = nullptr);
    crisis::MarketingItem item() const;
    void accept() override;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* channelEdit() const { return m_channel; }

private:
    QLineEdit* m_name;
    QLineEdit* m_channel;
    QDateTimeEdit* m_scheduled;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_ends;
    QCheckBox* m_crisis;
    QLabel* m_error;
    std::function<std::optional<QString>(const crisis::MarketingItem&)> m_store;
};
