#include "gui_fixture.hpp"
#include "labels.hpp"
#include "main_window.hpp"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>

#include <catch2/catch.hpp>

TEST_CASE("The zh_CN translation is complete") {
    QFile ts(QStringLiteral(SOURCE_DIR "/resources/i18n/crisisdesk_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(ts.readAll());
    CHECK(content.count(QStringLiteral("<source>")) > 40);
    CHECK_FALSE(content.contains(QStringLiteral("type=\"unfinished\"")));
    CHECK_FALSE(content.contains(QStringLiteral("<translation></translation>")));
}

TEST_CASE_METHOD(GuiFixture, "With the zh_CN translator the window speaks Chinese") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/crisisdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    desk.setLanguage(crisis::Language::Zh);
    CHECK(labels::phase(crisis::Phase::Identify) == QStringLiteral("识别"));
    open("cyber-breach", "泄露事件");
    {
        MainWindow window(desk);
        window.show();
        CHECK(window.findChild<QPushButton*>(QStringLiteral("advance"))->text() ==
              QStringLiteral("推进阶段"));
        CHECK(window.findChild<QLabel*>(QStringLiteral("phase-identify"))
                  ->text()
                  .contains(QStringLiteral("识别")));
        // Domain content (the playbook name) follows the chosen language too.
        CHECK(window.findChild<QLabel*>(QStringLiteral("incidentTitle"))
                  ->text()
                  .contains(QStringLiteral("严重级别")));
    }
    QCoreApplication::removeTranslator(&translator);
    CHECK(labels::phase(crisis::Phase::Identify) == QStringLiteral("Identify"));
}
