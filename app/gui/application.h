// Application-wide set-up shared by calma and its GUI tests: names and the UI language.
#pragma once

#include <QString>

class QTranslator;

namespace calma::gui {

// "es", "en", or empty for the system locale. Returns false when no translation was found (the
// English source strings are then shown).
bool installTranslation(const QString &languageCode);

} // namespace calma::gui
