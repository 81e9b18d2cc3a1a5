#pragma once
// A SQLite VFS shim for fault tests: it wraps the default VFS and makes the Nth write or
// fsync (counted across every file) fail with a chosen error, like a dying disk or a full one.

namespace crisis::test {

class FaultVfs {
public:
    /// Registers the shim as the default VFS for this process (idempotent).
    static void install();
    /// Arms a fault: the `n`th write-or-sync call from now returns `sqliteError`.
    static void failAt(int n, int sqliteError);
    /// Disarms and returns how many write/sync calls were seen since the last arm.
    static int disarm();
};

} // namespace crisis::test
