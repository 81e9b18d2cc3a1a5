#pragma once
// Settings: database file (open another, recent files), identity, language (follow the
// system by default), time display (local or UTC).

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QRadioButton;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Choices {
        QString database;
        QString identity;
        QString language; ///< "system", "en" or "zh"
        bool utc = false;
    };

    SettingsDialog(const Choices& current, const QStringList& recentDatabases, const QStringList& teamNames,
                   QWidget* parent = nullptr);
    Choices choices() const;

private:
    QComboBox* m_database;
    QComboBox* m_identity;
    QComboBox* m_language;
    QRadioButton* m_local;
    QRadioButton* m_utc;
};
