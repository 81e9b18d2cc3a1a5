#pragma once
// The playbook being edited: a crisis::Playbook value plus the undo stack of the edits made
// to it. Every edit goes through a QUndoCommand (playbook_commands.hpp) and ends in
// changed(), so the editor's views only ever redraw from the document, never from each other.

#include <crisis/playbook.hpp>

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <string>
#include <variant>

class PlaybookDocument : public QObject {
    Q_OBJECT
public:
    /// The top-level fields set by one command kind.
    enum class Field {
        CrisisType,
        Origin,
        NameEn,
        NameZh,
        DescriptionEn,
        DescriptionZh,
        Owner,
        ReviewInterval
    };
    /// A string for every field but ReviewInterval, which takes a DueOffset.
    using FieldValue = std::variant<std::string, crisis::DueOffset>;

    explicit PlaybookDocument(QObject* parent = nullptr);
    ~PlaybookDocument() override;

    const crisis::Playbook& playbook() const { return m_playbook; }
    /// The stored version the edits started from (0: none loaded).
    int version() const { return m_version; }
    QUndoStack* undoStack() { return &m_undo; }
    /// True when the value differs from what was loaded or last saved.
    bool isModified() const { return !m_undo.isClean(); }

    /// Starts editing `playbook` (stored as `version`); forgets the undo history.
    void load(const crisis::Playbook& playbook, int version);
    /// The value was stored as `version`: keeps the undo history, marks it unmodified.
    void markSaved(int version);

    static FieldValue field(const crisis::Playbook& playbook, Field field);

    // Edits: each pushes one command; an edit that changes nothing pushes none.
    void setField(Field field, const FieldValue& value);
    void addClock(const crisis::ClockDef& clock, int row);
    void removeClock(int row);
    void editClock(int row, const crisis::ClockDef& clock);
    void moveClock(int from, int to);
    void addChecklistItem(crisis::Phase phase, const crisis::ChecklistItem& item, int row);
    void removeChecklistItem(crisis::Phase phase, int row);
    void editChecklistItem(crisis::Phase phase, int row, const crisis::ChecklistItem& item);
    void moveChecklistItem(crisis::Phase phase, int from, int to);
    void addTask(const crisis::TaskTemplate& task, int row);
    void removeTask(int row);
    void editTask(int row, const crisis::TaskTemplate& task);
    void setReputation(const crisis::ReputationRule& rule);
    void addTemplate(const std::string& templateId, int row);
    void removeTemplate(int row);

    /// For commands only: applies `change` to the value and emits changed().
    void modify(const std::function<void(crisis::Playbook&)>& change);

signals:
    /// The value changed (an edit, an undo, a redo or a load).
    void changed();

private:
    crisis::Playbook m_playbook;
    int m_version = 0;
    QUndoStack m_undo;
};
