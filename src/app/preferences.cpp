#include "preferences.hpp"

#include <QSettings>

namespace {

struct Entry {
    const char* key;
    QVariant defaultValue;
};

Entry entry(Preferences::Key key) {
    switch (key) {
    case Preferences::Key::Identity:
        return {"identity", qEnvironmentVariable("USER", QStringLiteral("crisis-manager"))};
    case Preferences::Key::Language:
        return {"language", QStringLiteral("system")};
    case Preferences::Key::UtcTimes:
        return {"utcTimes", false};
    case Preferences::Key::RecentDatabases:
        return {"recentDatabases", QStringList()};
    case Preferences::Key::MyTasksAllOfRole:
        return {"myTasksAllOfRole", true};
    case Preferences::Key::ExtraLexicons:
        return {"extraLexicons", QStringList()};
    case Preferences::Key::WatchedFolders:
        return {"watchedFolders", QVariantMap()};
    }
    return {"", {}};
}

} // namespace

Preferences::Preferences(QSettings* settings)
    : m_settings(settings ? settings : new QSettings), m_owned(settings == nullptr) {}

Preferences::~Preferences() {
    if (m_owned)
        delete m_settings;
}

QVariant Preferences::value(Key key) const {
    const auto e = entry(key);
    return m_settings->value(QLatin1String(e.key), e.defaultValue);
}

void Preferences::setValue(Key key, const QVariant& value) {
    m_settings->setValue(QLatin1String(entry(key).key), value);
    m_settings->sync();
}

void Preferences::addRecentDatabase(const QString& path) {
    QStringList list = recentDatabases();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 8)
        list.removeLast();
    setValue(Key::RecentDatabases, list);
}

QVariantMap Preferences::watchedFolders(const QString& database) const {
    return value(Key::WatchedFolders).toMap().value(database).toMap();
}

void Preferences::setWatchedFolders(const QString& database, const QVariantMap& state) {
    QVariantMap all = value(Key::WatchedFolders).toMap();
    all.insert(database, state);
    setValue(Key::WatchedFolders, all);
}
