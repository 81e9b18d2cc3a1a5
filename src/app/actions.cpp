#include "actions.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>

namespace {

QAction* make(QObject* parent, const char* objectName, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::ApplicationShortcut);
    return action;
}

QString tr(const char* text) {
    return QCoreApplication::translate("Actions", text);
}

} // namespace

Actions::Actions(QObject* parent)
    : newIncident(make(parent, "actionNewIncident", tr("&New incident…"), QKeySequence::New)),
      advance(make(parent, "actionAdvance", tr("&Advance phase"), QKeySequence(Qt::CTRL | Qt::Key_Return))),
      forceAdvance(make(parent, "actionForceAdvance", tr("&Force advance…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return))),
      closeIncident(make(parent, "actionCloseIncident", tr("&Close incident…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W))),
      nextIncident(make(parent, "actionNextIncident", tr("Ne&xt incident"),
                        QKeySequence(Qt::CTRL | Qt::Key_PageDown))),
      previousIncident(make(parent, "actionPreviousIncident", tr("&Previous incident"),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp))),
      search(make(parent, "actionSearch", tr("&Search timeline"), QKeySequence::Find)),
      showBoard(make(parent, "actionShowBoard", tr("Incident &board"), QKeySequence(Qt::CTRL | Qt::Key_1))),
      showMyTasks(make(parent, "actionShowMyTasks", tr("&My tasks"), QKeySequence(Qt::CTRL | Qt::Key_2))),
      showTeam(make(parent, "actionShowTeam", tr("&Team"), QKeySequence(Qt::CTRL | Qt::Key_3))),
      showPlaybooks(make(parent, "actionShowPlaybooks", tr("&Playbooks"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))),
      showDashboard(
          make(parent, "actionShowDashboard", tr("Review &dashboard"), QKeySequence(Qt::CTRL | Qt::Key_4))),
      showReview(make(parent, "actionShowReview", tr("Re&view of the incident"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V))),
      replay(make(parent, "actionReplay", tr("&Replay incident…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y))),
      startDrill(make(parent, "actionStartDrill", tr("Start &drill…"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D))),
      trainerConsole(make(parent, "actionTrainerConsole", tr("&Trainer console"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T))),
      undo(make(parent, "actionUndo", tr("&Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z))),
      redo(make(parent, "actionRedo", tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))),
      utcTimes(make(parent, "actionUtcTimes", tr("Show times in &UTC"), QKeySequence(Qt::CTRL | Qt::Key_U))),
      settings(make(parent, "actionSettings", tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma))),
      quit(make(parent, "actionQuit", tr("&Quit"), QKeySequence::Quit)),
      handOff(make(parent, "actionHandOff", tr("&Hand off a role…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H))),
      showTemplates(
          make(parent, "actionShowTemplates", tr("Te&mplates"), QKeySequence(Qt::CTRL | Qt::Key_5))),
      organisation(make(parent, "actionOrganisation", tr("&Organisation profile…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O))),
      showStatements(
          make(parent, "actionShowStatements", tr("&Statements"), QKeySequence(Qt::CTRL | Qt::Key_6))),
      newStatement(make(parent, "actionNewStatement", tr("&New statement"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))),
      saveStatement(make(parent, "actionSaveStatement", tr("&Save statement"), QKeySequence::Save)),
      submitStatement(make(parent, "actionSubmitStatement", tr("Su&bmit statement for review"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))),
      approveStatement(make(parent, "actionApproveStatement", tr("&Approve statement…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))),
      publishStatement(make(parent, "actionPublishStatement", tr("&Publish statement…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))),
      pauseMarketing(make(parent, "actionPauseMarketing", tr("Pause non-crisis &marketing"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G))),
      sendBriefing(make(parent, "actionSendBriefing", tr("Send internal &briefing…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))),
      exportReport(make(parent, "actionExportReport", tr("&Export report…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X))) {
    utcTimes->setCheckable(true);
}

namespace {

QAction* windowAction(QObject* parent, const char* objectName, const QString& text,
                      const QKeySequence& shortcut) {
    QAction* action = make(parent, objectName, text, shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

DrillActions::DrillActions(QObject* parent)
    : pauseResume(windowAction(parent, "actionDrillPause",
                               QCoreApplication::translate("DrillActions", "&Pause"),
                               QKeySequence(Qt::Key_F8))),
      fire(windowAction(parent, "actionDrillFire", QCoreApplication::translate("DrillActions", "&Fire now"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))),
      skip(windowAction(parent, "actionDrillSkip", QCoreApplication::translate("DrillActions", "S&kip"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))),
      next(windowAction(parent, "actionDrillNext",
                        QCoreApplication::translate("DrillActions", "&Next inject"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J))),
      faster(windowAction(parent, "actionDrillFaster", QCoreApplication::translate("DrillActions", "F&aster"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up))),
      slower(windowAction(parent, "actionDrillSlower", QCoreApplication::translate("DrillActions", "Slo&wer"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down))),
      note(windowAction(parent, "actionDrillNote",
                        QCoreApplication::translate("DrillActions", "&Observation…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))),
      end(windowAction(parent, "actionDrillEnd", QCoreApplication::translate("DrillActions", "&End drill…"),
                       QKeySequence())),
      report(windowAction(parent, "actionDrillReport",
                          QCoreApplication::translate("DrillActions", "Export &report…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))),
      close(windowAction(parent, "actionDrillClose", QCoreApplication::translate("DrillActions", "&Close"),
                         QKeySequence::Close)) {}
