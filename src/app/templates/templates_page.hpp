#pragma once
// The communication kit in the console: browse the kit in effect by crisis type, channel and
// language; read a template; preview it rendered for an incident with values typed in (the
// strict renderer's problems inline, a live length counter against the channel's limit);
// import kit files (file dialog or drag and drop: validated whole, every problem listed with
// its JSON pointer, nothing stored on any) and export the kit or one crisis type's part of it.

#include <crisis/error.hpp>

#include <QWidget>

#include <map>

class Desk;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTreeWidget;
class TemplateListModel;

class TemplatesPage : public QWidget {
    Q_OBJECT
public:
    explicit TemplatesPage(Desk& desk, QWidget* parent = nullptr);

    TemplateListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Shows this template (clearing filters that would hide it).
    void selectTemplate(const QString& id);
    /// The incident the preview renders for (the board's selection); 0 for none.
    void setIncident(std::int64_t incident);
    /// Validates every file completely; stores only if all are valid. Lists every problem.
    bool importFiles(const QStringList& paths);
    /// Writes the kit in effect (only the crisis type filtered on, if any) to `path`.
    bool exportTo(const QString& path);
    /// The filter combos, by crisis type / channel / language id ("" for all).
    void setFilter(const QString& crisisType, const QString& channel, const QString& language);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyFilter();
    void showCurrent();
    void updatePreview();
    void reloadIncidents();
    void importDialog();
    void exportDialog();
    void showProblems(const crisis::ValidationError& error);
    void setStatus(const QString& text, bool error);
    QString currentId() const;

    Desk& m_desk;
    TemplateListModel* m_model;
    QComboBox* m_crisisType;
    QComboBox* m_channel;
    QComboBox* m_language;
    QTableView* m_view;
    QTreeWidget* m_problems;
    QLabel* m_status;
    QLabel* m_id;
    QLabel* m_title;
    QPlainTextEdit* m_body;
    QComboBox* m_incident;
    std::map<std::string, QLineEdit*> m_values;
    QPlainTextEdit* m_preview;
    QLabel* m_length;
    QLabel* m_previewProblems;
    QString m_shown; ///< id of the template on the right
};
