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
      undo(make(parent, "actionUndo", tr("&Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z))),
      redo(make(parent, "actionRedo", tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))),
      utcTimes(make(parent, "actionUtcTimes", tr("Show times in &UTC"), QKeySequence(Qt::CTRL | Qt::Key_U))),
      settings(make(parent, "actionSettings", tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma))),
      quit(make(parent, "actionQuit", tr("&Quit"), QKeySequence::Quit)),
      showStatements(
          make(parent, "actionShowStatements", tr("&Statements"), QKeySequence(Qt::CTRL | Qt::Key_4))),
      newStatement(make(parent, "actionNewStatement", tr("&New statement"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))),
      saveStatement(make(parent, "actionSaveStatement", tr("&Save statement"), QKeySequence::Save)),
      submitStatement(make(parent, "actionSubmitStatement", tr("Su&bmit statement for review"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))),
      approveStatement(make(parent, "actionApproveStatement", tr("&Approve statement…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))),
      publishStatement(make(parent, "actionPublishStatement", tr("&Publish statement…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))),
      pauseMarketing(make(parent, "actionPauseMarketing", tr("Pause non-crisis &marketing"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H))),
      sendBriefing(make(parent, "actionSendBriefing", tr("Send internal &briefing…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))),
      exportReport(make(parent, "actionExportReport", tr("&Export report…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))) {
    utcTimes->setCheckable(true);
}
