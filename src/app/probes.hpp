#pragma once
// Measurements the console can take of itself, for the figures in the issue notes.

class Console;

/// Opens the timeline for all incidents, scrolls to its end, and prints the time taken and
/// the process's resident memory (VmRSS) on stdout.
void runTimelineProbe(Console& console);
