#include "duration_edit.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

#include <limits>

DurationEdit::DurationEdit(QWidget* parent) : QWidget(parent) {
    m_amount = new QSpinBox;
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setRange(0, std::numeric_limits<int>::max());
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("unit"));
    using Unit = crisis::DueOffset::Unit;
    m_unit->addItem(tr("minutes"), static_cast<int>(Unit::Minutes));
    m_unit->addItem(tr("hours"), static_cast<int>(Unit::Hours));
    m_unit->addItem(tr("days"), static_cast<int>(Unit::Days));
    m_unit->addItem(tr("business days"), static_cast<int>(Unit::BusinessDays));
    m_unit->addItem(tr("months"), static_cast<int>(Unit::Months));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_unit);
    connect(m_amount, &QSpinBox::editingFinished, this, &DurationEdit::editingFinished);
    connect(m_unit, &QComboBox::activated, this, &DurationEdit::editingFinished);
}

crisis::DueOffset DurationEdit::value() const {
    return {m_amount->value(), static_cast<crisis::DueOffset::Unit>(m_unit->currentData().toInt())};
}

void DurationEdit::setValue(const crisis::DueOffset& offset) {
    const QSignalBlocker blockAmount(m_amount);
    const QSignalBlocker blockUnit(m_unit);
    m_amount->setValue(static_cast<int>(std::min<long long>(offset.amount, m_amount->maximum())));
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(offset.unit)));
}
