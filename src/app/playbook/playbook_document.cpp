#include "playbook_document.hpp"

#include "playbook_commands.hpp"

namespace {

ListAccess<crisis::ClockDef> clocks() {
    return [](crisis::Playbook& pb) -> std::vector<crisis::ClockDef>& { return pb.clocks; };
}

ListAccess<crisis::ChecklistItem> checklist(crisis::Phase phase) {
    return
        [phase](crisis::Playbook& pb) -> std::vector<crisis::ChecklistItem>& { return pb.checklists[phase]; };
}

ListAccess<crisis::TaskTemplate> tasks() {
    return [](crisis::Playbook& pb) -> std::vector<crisis::TaskTemplate>& { return pb.tasks; };
}

ListAccess<std::string> templates() {
    return [](crisis::Playbook& pb) -> std::vector<std::string>& { return pb.templates; };
}

} // namespace

PlaybookDocument::PlaybookDocument(QObject* parent) : QObject(parent) {}

// QUndoStack's destructor emits cleanChanged(); by then the editor that listens to it is
// already half destroyed (the document is its child), so the stack must go quietly.
PlaybookDocument::~PlaybookDocument() {
    m_undo.blockSignals(true);
}

void PlaybookDocument::load(const crisis::Playbook& playbook, int version) {
    m_undo.clear();
    m_playbook = playbook;
    m_version = version;
    emit changed();
}

void PlaybookDocument::markSaved(int version) {
    m_version = version;
    m_undo.setClean();
    emit changed();
}

void PlaybookDocument::modify(const std::function<void(crisis::Playbook&)>& change) {
    change(m_playbook);
    emit changed();
}

PlaybookDocument::FieldValue PlaybookDocument::field(const crisis::Playbook& pb, Field field) {
    switch (field) {
    case Field::CrisisType:
        return pb.crisisType;
    case Field::Origin:
        return pb.origin;
    case Field::NameEn:
        return pb.name.en;
    case Field::NameZh:
        return pb.name.zh;
    case Field::DescriptionEn:
        return pb.description.en;
    case Field::DescriptionZh:
        return pb.description.zh;
    case Field::Owner:
        return pb.owner;
    case Field::ReviewInterval:
        return pb.reviewInterval;
    }
    return std::string();
}

void PlaybookDocument::setField(Field f, const FieldValue& value) {
    if (field(m_playbook, f) != value)
        m_undo.push(new SetFieldCommand(*this, f, value, tr("Change field")));
}

void PlaybookDocument::addClock(const crisis::ClockDef& clock, int row) {
    m_undo.push(new AddElementCommand<crisis::ClockDef>(*this, clocks(), row, clock, tr("Add clock")));
}

void PlaybookDocument::removeClock(int row) {
    m_undo.push(new RemoveElementCommand<crisis::ClockDef>(*this, clocks(), row, tr("Remove clock")));
}

void PlaybookDocument::editClock(int row, const crisis::ClockDef& clock) {
    if (m_playbook.clocks.at(static_cast<std::size_t>(row)) != clock)
        m_undo.push(new EditElementCommand<crisis::ClockDef>(*this, clocks(), row, clock, tr("Edit clock")));
}

void PlaybookDocument::moveClock(int from, int to) {
    if (from != to)
        m_undo.push(new MoveElementCommand<crisis::ClockDef>(*this, clocks(), from, to, tr("Move clock")));
}

void PlaybookDocument::addChecklistItem(crisis::Phase phase, const crisis::ChecklistItem& item, int row) {
    m_undo.push(new AddElementCommand<crisis::ChecklistItem>(*this, checklist(phase), row, item,
                                                             tr("Add checklist item")));
}

void PlaybookDocument::removeChecklistItem(crisis::Phase phase, int row) {
    m_undo.push(new RemoveElementCommand<crisis::ChecklistItem>(*this, checklist(phase), row,
                                                                tr("Remove checklist item")));
}

void PlaybookDocument::editChecklistItem(crisis::Phase phase, int row, const crisis::ChecklistItem& item) {
    if (m_playbook.checklist(phase).at(static_cast<std::size_t>(row)) != item)
        m_undo.push(new EditElementCommand<crisis::ChecklistItem>(*this, checklist(phase), row, item,
                                                                  tr("Edit checklist item")));
}

void PlaybookDocument::moveChecklistItem(crisis::Phase phase, int from, int to) {
    if (from != to)
        m_undo.push(new MoveElementCommand<crisis::ChecklistItem>(*this, checklist(phase), from, to,
                                                                  tr("Move checklist item")));
}

void PlaybookDocument::addTask(const crisis::TaskTemplate& task, int row) {
    m_undo.push(new AddElementCommand<crisis::TaskTemplate>(*this, tasks(), row, task, tr("Add task")));
}

void PlaybookDocument::removeTask(int row) {
    m_undo.push(new RemoveElementCommand<crisis::TaskTemplate>(*this, tasks(), row, tr("Remove task")));
}

void PlaybookDocument::editTask(int row, const crisis::TaskTemplate& task) {
    if (m_playbook.tasks.at(static_cast<std::size_t>(row)) != task)
        m_undo.push(new EditElementCommand<crisis::TaskTemplate>(*this, tasks(), row, task, tr("Edit task")));
}

void PlaybookDocument::setReputation(const crisis::ReputationRule& rule) {
    if (m_playbook.reputation != rule)
        m_undo.push(new SetReputationCommand(*this, rule, tr("Edit reputation rule")));
}

void PlaybookDocument::addTemplate(const std::string& templateId, int row) {
    m_undo.push(new AddElementCommand<std::string>(*this, templates(), row, templateId, tr("Link template")));
}

void PlaybookDocument::removeTemplate(int row) {
    m_undo.push(new RemoveElementCommand<std::string>(*this, templates(), row, tr("Unlink template")));
}
