#pragma once
// The edited playbook's reputation rule: spike detection, attention thresholds and when
// sentiment counts as recovered. Any field edited pushes one command with the whole rule.

#include <QWidget>

class DurationEdit;
class PlaybookDocument;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

class ReputationTab : public QWidget {
    Q_OBJECT
public:
    explicit ReputationTab(PlaybookDocument& doc, QWidget* parent = nullptr);

private:
    void load();
    void commit();

    PlaybookDocument& m_doc;
    DurationEdit* m_bucket;
    DurationEdit* m_baseline;
    QDoubleSpinBox* m_k;
    QSpinBox* m_minimumCount;
    DurationEdit* m_cooldown;
    QDoubleSpinBox* m_dipMargin;
    QDoubleSpinBox* m_recoveryMargin;
    DurationEdit* m_recoveryWindow;
    QSpinBox* m_highReach;
    QLineEdit* m_watchWords;
};
