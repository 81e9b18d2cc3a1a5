#pragma once
// Every window action with its shortcut, defined in one place.

#include <QObject>

class QAction;

struct Actions {
    explicit Actions(QObject* parent);

    QAction* newIncident;
    QAction* advance;
    QAction* forceAdvance;
    QAction* closeIncident;
    QAction* nextIncident;
    QAction* previousIncident;
    QAction* search;
    QAction* showBoard;
    QAction* showMyTasks;
    QAction* showTeam;
    QAction* showPlaybooks;
    QAction* undo; ///< playbook editor edits (Ctrl+Z)
    QAction* redo; ///< (Ctrl+Shift+Z)
    QAction* utcTimes;
    QAction* settings;
    QAction* quit;
    // communications (statements, marketing, briefing, reports)
    QAction* showStatements;   ///< the incident's Statements tab (Ctrl+4)
    QAction* newStatement;     ///< a new statement from the chosen template or blank (Ctrl+Shift+N)
    QAction* saveStatement;    ///< save the draft or a new revision (Ctrl+S)
    QAction* submitStatement;  ///< send for review (Ctrl+Shift+S)
    QAction* approveStatement; ///< approve, with overrides when the checks found anything (Ctrl+Shift+A)
    QAction* publishStatement; ///< publish an approved statement (Ctrl+Shift+B)
    QAction* pauseMarketing;   ///< pause every non-crisis marketing item (Ctrl+Shift+H)
    QAction* sendBriefing;     ///< send the internal briefing to the roster (Ctrl+Shift+I)
    QAction* exportReport;     ///< CAN report or executive summary (Ctrl+Shift+E)
};
