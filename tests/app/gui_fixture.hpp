#pragma once
// A desk on a temporary database with the default playbooks, a team and a manual clock.

#include "desk.hpp"
#include "test_support.hpp"

#include <crisis/bootstrap.hpp>

#include <QApplication>
#include <QTimer>
#include <QWidget>

struct GuiFixture {
    crisis::test::TempDir dir;
    crisis::Instant t0 = crisis::test::at("2026-03-02T08:00:00Z");
    crisis::ManualClock clock{t0};
    Desk desk{dir.file("gui.db"), clock, QStringLiteral("Lin")};

    GuiFixture() {
        crisis::installDefaultPlaybooks(desk.store(), t0);
        desk.store().addMember({0, "Lin", "crisis-manager", ""});
        desk.store().addMember({0, "Zhang", "it", ""});
    }

    std::int64_t open(const std::string& playbook, const std::string& title) {
        crisis::OpenRequest r;
        r.playbookId = playbook;
        r.title = title;
        r.severity = 1;
        std::int64_t id = 0;
        desk.run([&] { id = desk.service().open(r); });
        return id;
    }

    /// Closes the next modal dialog that appears, remembering its text.
    static void dismissNextModal(QString* text) {
        QTimer::singleShot(0, [text] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                if (text)
                    *text = modal->findChild<QObject*>(QStringLiteral("qt_msgbox_label"))
                                ? modal->findChild<QObject*>(QStringLiteral("qt_msgbox_label"))
                                      ->property("text")
                                      .toString()
                                : QString();
                modal->close();
            }
        });
    }
};
