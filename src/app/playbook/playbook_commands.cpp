#include "playbook_commands.hpp"

SetFieldCommand::SetFieldCommand(PlaybookDocument& doc, PlaybookDocument::Field field,
                                 PlaybookDocument::FieldValue value, const QString& text)
    : QUndoCommand(text), m_doc(doc), m_field(field),
      m_before(PlaybookDocument::field(doc.playbook(), field)), m_after(std::move(value)) {}

void SetFieldCommand::undo() {
    apply(m_before);
}

void SetFieldCommand::redo() {
    apply(m_after);
}

void SetFieldCommand::apply(const PlaybookDocument::FieldValue& value) {
    using Field = PlaybookDocument::Field;
    m_doc.modify([&](crisis::Playbook& pb) {
        if (m_field == Field::ReviewInterval) {
            pb.reviewInterval = std::get<crisis::DueOffset>(value);
            return;
        }
        const auto& text = std::get<std::string>(value);
        switch (m_field) {
        case Field::CrisisType:
            pb.crisisType = text;
            break;
        case Field::Origin:
            pb.origin = text;
            break;
        case Field::NameEn:
            pb.name.en = text;
            break;
        case Field::NameZh:
            pb.name.zh = text;
            break;
        case Field::DescriptionEn:
            pb.description.en = text;
            break;
        case Field::DescriptionZh:
            pb.description.zh = text;
            break;
        case Field::Owner:
            pb.owner = text;
            break;
        case Field::ReviewInterval:
            break;
        }
    });
}

SetReputationCommand::SetReputationCommand(PlaybookDocument& doc, crisis::ReputationRule rule,
                                           const QString& text)
    : QUndoCommand(text), m_doc(doc), m_before(doc.playbook().reputation), m_after(std::move(rule)) {}

void SetReputationCommand::undo() {
    m_doc.modify([this](crisis::Playbook& pb) { pb.reputation = m_before; });
}

void SetReputationCommand::redo() {
    m_doc.modify([this](crisis::Playbook& pb) { pb.reputation = m_after; });
}
