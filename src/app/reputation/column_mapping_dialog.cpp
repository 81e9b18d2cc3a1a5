#include "column_mapping_dialog.hpp"

#include "dialogs/ok_cancel.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>
#include <array>

namespace {

struct Field {
    const char* name;
    std::string crisis::MentionColumns::*member;
    bool required;
    std::array<const char*, 6> synonyms;
};

const std::array<Field, 8> fields{{
    {"time",
     &crisis::MentionColumns::time,
     true,
     {"time", "date", "created_at", "timestamp", "published", "时间"}},
    {"channel",
     &crisis::MentionColumns::channel,
     true,
     {"channel", "platform", "source", "network", "site", "渠道"}},
    {"text", &crisis::MentionColumns::text, true, {"text", "content", "message", "body", "post", "内容"}},
    {"author",
     &crisis::MentionColumns::author,
     false,
     {"author", "user", "username", "handle", "name", "作者"}},
    {"url", &crisis::MentionColumns::url, false, {"url", "link", "permalink", "href", "uri", "链接"}},
    {"reach",
     &crisis::MentionColumns::reach,
     false,
     {"reach", "followers", "impressions", "views", "audience", "粉丝"}},
    {"language", &crisis::MentionColumns::language, false, {"language", "lang", "locale", "语言", "", ""}},
    {"id", &crisis::MentionColumns::id, false, {"id", "post_id", "mention_id", "guid", "uid", "编号"}},
}};

QString lowered(const std::string& s) {
    return QString::fromStdString(s).trimmed().toLower();
}

// A name no export uses: an unmapped optional field then reads as empty.
constexpr const char* unmapped = "\x1f(none)";

} // namespace

crisis::MentionColumns ColumnMappingDialog::guess(const std::vector<std::string>& header) {
    crisis::MentionColumns c;
    for (const auto& f : fields) {
        c.*f.member = f.required ? std::string() : unmapped;
        for (const char* synonym : f.synonyms) {
            if (!*synonym)
                continue;
            const auto it = std::find_if(header.begin(), header.end(), [&](const std::string& h) {
                return lowered(h) == QString::fromUtf8(synonym);
            });
            if (it != header.end()) {
                c.*f.member = *it;
                break;
            }
        }
    }
    return c;
}

bool ColumnMappingDialog::fits(const crisis::MentionColumns& columns,
                               const std::vector<std::string>& header) {
    return std::all_of(fields.begin(), fields.end(), [&](const Field& f) {
        const std::string& column = columns.*f.member;
        return (!f.required && column == unmapped) ||
               std::find(header.begin(), header.end(), column) != header.end();
    });
}

QVariantMap ColumnMappingDialog::toVariant(const crisis::MentionColumns& columns) {
    QVariantMap map;
    for (const auto& f : fields)
        if (columns.*f.member != unmapped)
            map.insert(QString::fromLatin1(f.name), QString::fromStdString(columns.*f.member));
    return map;
}

crisis::MentionColumns ColumnMappingDialog::fromVariant(const QVariantMap& map) {
    crisis::MentionColumns columns;
    for (const auto& f : fields) {
        const QString column = map.value(QString::fromLatin1(f.name)).toString();
        columns.*f.member = column.isEmpty() ? std::string(unmapped) : column.toStdString();
    }
    return columns;
}

ColumnMappingDialog::ColumnMappingDialog(const std::vector<std::string>& header, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Map the file's columns"));
    setMinimumWidth(440); // the intro reads as a paragraph, not a column
    setObjectName(QStringLiteral("columnMappingDialog"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("This file does not use the documented column names. Choose which column "
                                "holds each field; time, channel and text are required."));
    intro->setWordWrap(true);
    form->addRow(intro);
    const auto guessed = guess(header);
    for (const auto& f : fields) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("map_%1").arg(QString::fromLatin1(f.name)));
        combo->addItem(f.required ? tr("(choose a column)") : tr("(none)"), QString());
        for (const auto& h : header)
            combo->addItem(QString::fromStdString(h), QString::fromStdString(h));
        const int at = combo->findData(QString::fromStdString(guessed.*f.member));
        combo->setCurrentIndex(at > 0 ? at : 0);
        m_combos[QString::fromLatin1(f.name)] = combo;
        form->addRow(f.required ? QStringLiteral("%1 *").arg(QString::fromLatin1(f.name))
                                : QString::fromLatin1(f.name),
                     combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::validate);
    }
    m_buttons = okCancelButtons(this);
    form->addRow(m_buttons);
    validate();
}

QComboBox* ColumnMappingDialog::combo(const QString& field) const {
    const auto it = m_combos.find(field);
    return it == m_combos.end() ? nullptr : it->second;
}

void ColumnMappingDialog::validate() {
    bool ok = true;
    for (const auto& f : fields)
        if (f.required && m_combos.at(QString::fromLatin1(f.name))->currentData().toString().isEmpty())
            ok = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

crisis::MentionColumns ColumnMappingDialog::columns() const {
    crisis::MentionColumns c;
    for (const auto& f : fields) {
        const QString chosen = m_combos.at(QString::fromLatin1(f.name))->currentData().toString();
        c.*f.member = chosen.isEmpty() ? std::string(unmapped) : chosen.toStdString();
    }
    return c;
}
