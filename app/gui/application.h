// Application-wide set-up shared by calma and its GUI tests: names and the UI language.
#pragma once

#include "tone/language.h"

#include <QString>

class QTranslator;

namespace calma::gui {

// "es", "en", or empty for the system locale; a locale Calma has no translation for gets the English
// one. Returns false when not even that was found (the English source strings are then shown).
bool installTranslation(const QString &languageCode);

// The language the interface is shown in: Spanish when its Spanish translation is installed, else
// English. The assistant writes its reasons in it (the replies stay in the customer's language).
// Safe to read from any thread.
Language interfaceLanguage();

} // namespace calma::gui
