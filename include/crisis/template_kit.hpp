#pragma once
// The communication kit in effect for one database: the shipped kit (resources/templates/)
// with the templates imported into the database on top. Every caller that offers, shows or
// renders a template (crisisctl template and mention reply, the console's Templates page, the
// inbox's canned replies, the playbook editor) reads it from here, so they all agree.

#include <crisis/store.hpp>
#include <crisis/template.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace crisis {

/// The kit in effect: every shipped template, replaced in place by the latest stored version
/// of its id where one was imported, then the imported ids the shipped kit does not have
/// (by id).
std::vector<TemplateRecord> effectiveTemplates(const Store& store);
/// The templates of effectiveTemplates alone.
std::vector<MessageTemplate> kitInEffect(const Store& store);

/// One kit file to import: its text and the name errors use.
struct KitFile {
    std::string source;
    std::string text;
};

/// What an import stored.
struct KitImport {
    int added = 0;     ///< ids new to the kit
    int replaced = 0;  ///< ids whose text in effect changed (a new version)
    int unchanged = 0; ///< already in effect as they are: nothing stored
    std::vector<std::pair<std::string, int>>
        versions; ///< (id, stored version; 0 when unchanged), in file order
};

/// Validates every file completely (parseTemplateKit) and that no id comes twice across them,
/// then stores in one transaction what changes the kit in effect (Store::saveTemplates). On
/// any problem throws one ValidationError listing every problem of every file, each pointer
/// prefixed with its file when there are several, and stores nothing.
KitImport importTemplateKits(Store& store, const std::vector<KitFile>& files, Instant at);

} // namespace crisis
