#pragma once
// Small helpers the editor's forms share: named fields and ids that do not clash.

#include <QLineEdit>
#include <QString>

#include <string>
#include <vector>

namespace form_fields {

/// A line edit with an object name, so tests and screenshots can find it.
inline QLineEdit* lineEdit(const char* objectName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}

inline std::string text(const QLineEdit* edit) {
    return edit->text().trimmed().toStdString();
}

/// `base`, or `base-2`, `base-3`... whichever no element of `ids` uses yet.
template <typename List, typename IdOf>
std::string freshId(const std::string& base, const List& list, IdOf idOf) {
    for (int n = 1;; ++n) {
        const std::string id = n == 1 ? base : base + "-" + std::to_string(n);
        bool used = false;
        for (const auto& element : list)
            used = used || idOf(element) == id;
        if (!used)
            return id;
    }
}

} // namespace form_fields
