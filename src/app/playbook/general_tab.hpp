#pragma once
// The edited playbook's top-level fields: crisis type, origin, names and descriptions in both
// languages, the owner role and the review interval. The id is shown, not edited: a new id
// would be a new playbook.

#include <crisis/messages.hpp>

#include <QPlainTextEdit>
#include <QWidget>

class DurationEdit;
class PlaybookDocument;
class QComboBox;
class QLabel;
class QLineEdit;

/// A multi-line text that reports editingFinished when it loses focus, like QLineEdit.
class TextBox : public QPlainTextEdit {
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

class GeneralTab : public QWidget {
    Q_OBJECT
public:
    explicit GeneralTab(PlaybookDocument& doc, QWidget* parent = nullptr);

private:
    void load();

    PlaybookDocument& m_doc;
    QLabel* m_id;
    QComboBox* m_type;
    QComboBox* m_origin;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameZh;
    TextBox* m_descriptionEn;
    TextBox* m_descriptionZh;
    QComboBox* m_owner;
    DurationEdit* m_review;
};
