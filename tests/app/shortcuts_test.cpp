// Two actions on one key sequence make Qt fire neither ("ambiguous shortcut"): every shortcut
// of the main window and of the trainer console must be its own.

#include "actions.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"

#include <QAbstractButton>
#include <QAction>
#include <QMap>

#include <catch2/catch.hpp>

namespace {

void collect(QObject& root, QMap<QString, QStringList>& seen) {
    for (const QAction* action : root.findChildren<QAction*>())
        for (const QKeySequence& key : action->shortcuts())
            if (!key.isEmpty())
                seen[key.toString()] << action->objectName() + QLatin1Char('/') + action->text();
    for (const QAbstractButton* button : root.findChildren<QAbstractButton*>())
        if (!button->shortcut().isEmpty())
            seen[button->shortcut().toString()] << button->objectName() + QLatin1Char('/') + button->text();
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "Every shortcut of the console and the trainer console is its own") {
    MainWindow window(desk);
    QMap<QString, QStringList> seen;
    collect(window, seen);
    // The trainer console's window shortcuts are live while the main window's application ones are.
    QObject trainerOwner;
    DrillActions drill(&trainerOwner);
    collect(trainerOwner, seen);
    CHECK(seen.size() > 25);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        INFO(it.key().toStdString() << " is used by: " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}
