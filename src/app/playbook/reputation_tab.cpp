#include "reputation_tab.hpp"

#include "duration_edit.hpp"
#include "form_fields.hpp"
#include "playbook_document.hpp"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace {

DurationEdit* duration(const char* objectName) {
    auto* edit = new DurationEdit;
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

// Wider than the format allows on purpose: out-of-range values are shown by validation.
QDoubleSpinBox* number(const char* objectName, double max) {
    auto* box = new QDoubleSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0, max);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    return box;
}

QSpinBox* count(const char* objectName) {
    auto* box = new QSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0, std::numeric_limits<int>::max());
    return box;
}

} // namespace

ReputationTab::ReputationTab(PlaybookDocument& doc, QWidget* parent) : QWidget(parent), m_doc(doc) {
    setObjectName(QStringLiteral("reputationTab"));
    m_bucket = duration("bucket");
    m_baseline = duration("baseline");
    m_k = number("k", 100);
    m_minimumCount = count("minimumCount");
    m_cooldown = duration("cooldown");
    m_dipMargin = number("dipMargin", 10);
    m_recoveryMargin = number("recoveryMargin", 10);
    m_recoveryWindow = duration("recoveryWindow");
    m_highReach = count("highReach");
    m_watchWords = form_fields::lineEdit("watchWords");
    m_watchWords->setPlaceholderText(tr("comma-separated, e.g. boycott, 抵制"));

    auto* form = new QFormLayout;
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addStretch();
    form->addRow(tr("Volume bucket"), m_bucket);
    form->addRow(tr("Baseline before a bucket"), m_baseline);
    form->addRow(tr("Spike above mean + k·σ, k ="), m_k);
    form->addRow(tr("Smallest bucket that can spike"), m_minimumCount);
    form->addRow(tr("Quiet time after an alert"), m_cooldown);
    form->addRow(tr("Sentiment dip margin"), m_dipMargin);
    form->addRow(tr("Recovery margin"), m_recoveryMargin);
    form->addRow(tr("Recovered after"), m_recoveryWindow);
    form->addRow(tr("High reach (needs attention)"), m_highReach);
    form->addRow(tr("Watch words"), m_watchWords);

    for (auto* edit : {m_bucket, m_baseline, m_cooldown, m_recoveryWindow})
        connect(edit, &DurationEdit::editingFinished, this, &ReputationTab::commit);
    for (auto* box : {m_k, m_dipMargin, m_recoveryMargin})
        connect(box, &QDoubleSpinBox::editingFinished, this, &ReputationTab::commit);
    for (auto* box : {m_minimumCount, m_highReach})
        connect(box, &QSpinBox::editingFinished, this, &ReputationTab::commit);
    connect(m_watchWords, &QLineEdit::editingFinished, this, &ReputationTab::commit);
    connect(&doc, &PlaybookDocument::changed, this, &ReputationTab::load);
    load();
}

void ReputationTab::load() {
    const auto& r = m_doc.playbook().reputation;
    const QSignalBlocker blocks[] = {QSignalBlocker(m_k), QSignalBlocker(m_minimumCount),
                                     QSignalBlocker(m_dipMargin), QSignalBlocker(m_recoveryMargin),
                                     QSignalBlocker(m_highReach)};
    m_bucket->setValue(r.bucket);
    m_baseline->setValue(r.baseline);
    m_k->setValue(r.k);
    m_minimumCount->setValue(r.minimumCount);
    m_cooldown->setValue(r.cooldown);
    m_dipMargin->setValue(r.dipMargin);
    m_recoveryMargin->setValue(r.recoveryMargin);
    m_recoveryWindow->setValue(r.recoveryWindow);
    m_highReach->setValue(static_cast<int>(std::min<long long>(r.highReach, m_highReach->maximum())));
    QStringList words;
    for (const auto& w : r.watchWords)
        words << QString::fromStdString(w);
    m_watchWords->setText(words.join(QStringLiteral(", ")));
}

void ReputationTab::commit() {
    crisis::ReputationRule r = m_doc.playbook().reputation;
    r.bucket = m_bucket->value();
    r.baseline = m_baseline->value();
    // Spin boxes round to their decimals: keep the stored value unless the user changed it.
    if (std::abs(m_k->value() - r.k) >= 0.005)
        r.k = m_k->value();
    r.minimumCount = m_minimumCount->value();
    r.cooldown = m_cooldown->value();
    if (std::abs(m_dipMargin->value() - r.dipMargin) >= 0.005)
        r.dipMargin = m_dipMargin->value();
    if (std::abs(m_recoveryMargin->value() - r.recoveryMargin) >= 0.005)
        r.recoveryMargin = m_recoveryMargin->value();
    r.recoveryWindow = m_recoveryWindow->value();
    if (m_highReach->value() != std::min<long long>(r.highReach, m_highReach->maximum()))
        r.highReach = m_highReach->value();
    r.watchWords.clear();
    for (const QString& word : m_watchWords->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!word.trimmed().isEmpty())
            r.watchWords.push_back(word.trimmed().toStdString());
    m_doc.setReputation(r);
}
