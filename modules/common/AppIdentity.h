#pragma once

namespace madoguchi {

// Sets the application and organisation names that decide where QStandardPaths puts the
// settings file, the database and the logs (~/.config/Madoguchi, ~/.local/share/Madoguchi;
// %APPDATA%\Madoguchi on Windows). The app and madoguchi-cli must call this one function so
// that both find the same database and settings.
void applyApplicationIdentity();

} // namespace madoguchi
