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
    QAction* showDashboard;  ///< figures across closed incidents (Ctrl+4)
    QAction* showReview;     ///< the selected incident's review tab (Ctrl+Shift+V)
    QAction* replay;         ///< play the selected incident back (Ctrl+Shift+Y)
    QAction* startDrill;     ///< "Start drill…" (Ctrl+Shift+D)
    QAction* trainerConsole; ///< the trainer console of the selected drill (Ctrl+Shift+T)
    QAction* undo;           ///< playbook editor edits (Ctrl+Z)
    QAction* redo;           ///< (Ctrl+Shift+Z)
    QAction* utcTimes;
    QAction* settings;
    QAction* quit;
    QAction* handOff;       ///< hand a role of the current incident to another member
    QAction* showTemplates; ///< the Templates page
    QAction* organisation;  ///< the organisation profile dialog
    // communications (statements, marketing, briefing, reports)
    QAction* showStatements;   ///< the incident's Statements tab (Ctrl+6)
    QAction* newStatement;     ///< a new statement from the chosen template or blank (Ctrl+Shift+M)
    QAction* saveStatement;    ///< save the draft or a new revision (Ctrl+S)
    QAction* submitStatement;  ///< send for review (Ctrl+Shift+S)
    QAction* approveStatement; ///< approve, with overrides when the checks found anything (Ctrl+Shift+A)
    QAction* publishStatement; ///< publish an approved statement (Ctrl+Shift+B)
    QAction* pauseMarketing;   ///< pause every non-crisis marketing item (Ctrl+Shift+G)
    QAction* sendBriefing;     ///< send the internal briefing to the roster (Ctrl+Shift+I)
    QAction* exportReport;     ///< CAN report or executive summary (Ctrl+Shift+X)
};

/// The trainer console's actions; their shortcuts work only in that window.
struct DrillActions {
    explicit DrillActions(QObject* parent);

    QAction* pauseResume; ///< F8
    QAction* fire;        ///< the selected inject, now (Ctrl+Shift+F)
    QAction* skip;        ///< the selected inject, never (Ctrl+Shift+K)
    QAction* next;        ///< jump drill time to the next inject (Ctrl+Shift+J)
    QAction* faster;      ///< next speed step up (Ctrl+Shift+Up)
    QAction* slower;      ///< next speed step down (Ctrl+Shift+Down)
    QAction* note;        ///< focus the observation field (Ctrl+Shift+N)
    QAction* end;         ///< end the drill (asks first)
    QAction* report;      ///< export the after-action report (Ctrl+Shift+E)
    QAction* close;       ///< close the window (Ctrl+W)
};
