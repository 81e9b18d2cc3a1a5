#pragma once
// A crisis::DueOffset as an amount and a unit. It holds any amount a spin box can, so an
// offset beyond the format's ten-year limit can be typed and is then reported by validation
// with its JSON pointer instead of being silently clamped.

#include <crisis/playbook.hpp>

#include <QWidget>

class QComboBox;
class QSpinBox;

class DurationEdit : public QWidget {
    Q_OBJECT
public:
    explicit DurationEdit(QWidget* parent = nullptr);
    crisis::DueOffset value() const;
    /// Shows `offset` without emitting editingFinished.
    void setValue(const crisis::DueOffset& offset);
    QSpinBox* amountBox() const { return m_amount; }
    QComboBox* unitBox() const { return m_unit; }

signals:
    /// The user finished changing the amount or picked a unit.
    void editingFinished();

private:
    QSpinBox* m_amount;
    QComboBox* m_unit;
};
