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
    QAction* showDashboard; ///< figures across closed incidents (Ctrl+4)
    QAction* showReview;    ///< the selected incident's review tab (Ctrl+Shift+V)
    QAction* replay;        ///< play the selected incident back (Ctrl+Shift+Y)
    QAction* undo;          ///< playbook editor edits (Ctrl+Z)
    QAction* redo;          ///< (Ctrl+Shift+Z)
    QAction* utcTimes;
    QAction* settings;
    QAction* quit;
    QAction* handOff;       ///< hand a role of the current incident to another member
    QAction* showTemplates; ///< the Templates page
    QAction* organisation;  ///< the organisation profile dialog
};
