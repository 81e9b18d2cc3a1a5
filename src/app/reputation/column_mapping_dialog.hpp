#pragma once
// Maps the columns of a CSV file from another listening tool onto the documented mention
// fields (docs/mentions-format.md). Time, channel and text are required.

#include <crisis/mention.hpp>

#include <QDialog>
#include <QVariantMap>

#include <map>

class QComboBox;
class QDialogButtonBox;

class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    ColumnMappingDialog(const std::vector<std::string>& header, QWidget* parent = nullptr);

    /// The chosen mapping (unmapped optional fields get a name no file uses).
    crisis::MentionColumns columns() const;
    /// The combo box of a field ("time", "channel", ...), for tests.
    QComboBox* combo(const QString& field) const;

    /// Best guess of the column for each field from common export layouts.
    static crisis::MentionColumns guess(const std::vector<std::string>& header);
    /// Whether a mapping chosen for another file fits this header: every column it names
    /// (the unmapped optional fields aside) is there.
    static bool fits(const crisis::MentionColumns& columns, const std::vector<std::string>& header);
    /// A mapping as "field" -> "column" (unmapped fields left out), to remember it, and back.
    static QVariantMap toVariant(const crisis::MentionColumns& columns);
    static crisis::MentionColumns fromVariant(const QVariantMap& map);

private:
    void validate();
    std::map<QString, QComboBox*> m_combos;
    QDialogButtonBox* m_buttons;
};
