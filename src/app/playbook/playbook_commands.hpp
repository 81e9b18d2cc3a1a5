#pragma once
// One QUndoCommand per kind of playbook edit. Each keeps just enough to undo itself and
// applies its change through PlaybookDocument::modify, so views update from one signal.
// List edits (clocks, checklist items, tasks, linked templates) share four templates: the
// list they work on is given as an accessor into the Playbook value.

#include "playbook_document.hpp"

#include <QUndoCommand>

#include <functional>
#include <utility>
#include <vector>

/// Finds the list a command edits inside a playbook value.
template <typename T> using ListAccess = std::function<std::vector<T>&(crisis::Playbook&)>;

/// Sets one top-level field (crisis type, origin, a name or description, owner, review interval).
class SetFieldCommand : public QUndoCommand {
public:
    SetFieldCommand(PlaybookDocument& doc, PlaybookDocument::Field field, PlaybookDocument::FieldValue value,
                    const QString& text);
    void undo() override;
    void redo() override;

private:
    void apply(const PlaybookDocument::FieldValue& value);
    PlaybookDocument& m_doc;
    PlaybookDocument::Field m_field;
    PlaybookDocument::FieldValue m_before;
    PlaybookDocument::FieldValue m_after;
};

/// Replaces the reputation rule as a whole (its fields are edited together in one form).
class SetReputationCommand : public QUndoCommand {
public:
    SetReputationCommand(PlaybookDocument& doc, crisis::ReputationRule rule, const QString& text);
    void undo() override;
    void redo() override;

private:
    PlaybookDocument& m_doc;
    crisis::ReputationRule m_before;
    crisis::ReputationRule m_after;
};

/// Inserts an element at `row`.
template <typename T> class AddElementCommand : public QUndoCommand {
public:
    AddElementCommand(PlaybookDocument& doc, ListAccess<T> list, int row, T value, const QString& text)
        : QUndoCommand(text), m_doc(doc), m_list(std::move(list)), m_row(row), m_value(std::move(value)) {}
    void redo() override {
        m_doc.modify([this](crisis::Playbook& pb) {
            auto& l = m_list(pb);
            l.insert(l.begin() + m_row, m_value);
        });
    }
    void undo() override {
        m_doc.modify([this](crisis::Playbook& pb) {
            auto& l = m_list(pb);
            l.erase(l.begin() + m_row);
        });
    }

private:
    PlaybookDocument& m_doc;
    ListAccess<T> m_list;
    int m_row;
    T m_value;
};

/// Removes the element at `row`, keeping it for undo.
template <typename T> class RemoveElementCommand : public QUndoCommand {
public:
    RemoveElementCommand(PlaybookDocument& doc, ListAccess<T> list, int row, const QString& text)
        : QUndoCommand(text), m_doc(doc), m_list(std::move(list)), m_row(row) {}
    void redo() override {
        m_doc.modify([this](crisis::Playbook& pb) {
            auto& l = m_list(pb);
            m_value = l.at(static_cast<std::size_t>(m_row));
            l.erase(l.begin() + m_row);
        });
    }
    void undo() override {
        m_doc.modify([this](crisis::Playbook& pb) {
            auto& l = m_list(pb);
            l.insert(l.begin() + m_row, m_value);
        });
    }

private:
    PlaybookDocument& m_doc;
    ListAccess<T> m_list;
    int m_row;
    T m_value{};
};

/// Replaces the element at `row`.
template <typename T> class EditElementCommand : public QUndoCommand {
public:
    EditElementCommand(PlaybookDocument& doc, ListAccess<T> list, int row, T after, const QString& text)
        : QUndoCommand(text), m_doc(doc), m_list(std::move(list)), m_row(row), m_after(std::move(after)) {}
    void redo() override {
        m_doc.modify([this](crisis::Playbook& pb) {
            auto& element = m_list(pb).at(static_cast<std::size_t>(m_row));
            m_before = element;
            element = m_after;
        });
    }
    void undo() override {
        m_doc.modify(
            [this](crisis::Playbook& pb) { m_list(pb).at(static_cast<std::size_t>(m_row)) = m_before; });
    }

private:
    PlaybookDocument& m_doc;
    ListAccess<T> m_list;
    int m_row;
    T m_after;
    T m_before{};
};

/// Moves the element at `from` so that it ends up at `to`.
template <typename T> class MoveElementCommand : public QUndoCommand {
public:
    MoveElementCommand(PlaybookDocument& doc, ListAccess<T> list, int from, int to, const QString& text)
        : QUndoCommand(text), m_doc(doc), m_list(std::move(list)), m_from(from), m_to(to) {}
    void redo() override { move(m_from, m_to); }
    void undo() override { move(m_to, m_from); }

private:
    void move(int from, int to) {
        m_doc.modify([&](crisis::Playbook& pb) {
            auto& l = m_list(pb);
            T value = std::move(l.at(static_cast<std::size_t>(from)));
            l.erase(l.begin() + from);
            l.insert(l.begin() + to, std::move(value));
        });
    }
    PlaybookDocument& m_doc;
    ListAccess<T> m_list;
    int m_from;
    int m_to;
};
