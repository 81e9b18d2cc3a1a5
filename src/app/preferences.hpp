#pragma once
// The console's remembered settings: keys and defaults in one table (QSettings behind it).

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

class QSettings;

class Preferences {
public:
    enum class Key {
        Identity,
        Language,
        UtcTimes,
        RecentDatabases,
        MyTasksAllOfRole,
        ExtraLexicons, ///< paths of word<TAB>score files imports score with
        WatchedFolders ///< per database path: the reputation folder watch's state
    };

    /// `settings` must outlive this object; nullptr uses the application's QSettings.
    explicit Preferences(QSettings* settings = nullptr);
    ~Preferences();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString identity() const { return value(Key::Identity).toString(); }
    /// "system", "en" or "zh".
    QString language() const { return value(Key::Language).toString(); }
    bool utcTimes() const { return value(Key::UtcTimes).toBool(); }
    QStringList recentDatabases() const { return value(Key::RecentDatabases).toStringList(); }
    /// Puts `path` first in the recent list (at most 8 entries).
    void addRecentDatabase(const QString& path);
    /// The extra sentiment lexicons loaded at start.
    QStringList extraLexicons() const { return value(Key::ExtraLexicons).toStringList(); }
    /// The watched-folder state of the database at `database` (FolderWatch::state()).
    QVariantMap watchedFolders(const QString& database) const;
    void setWatchedFolders(const QString& database, const QVariantMap& state);

private:
    QSettings* m_settings;
    bool m_owned;
};
