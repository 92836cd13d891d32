// The two languages Calma analyses, and how they are named in files and on the command line.
#pragma once

#include <QString>
#include <optional>

namespace calma {

enum class Language { Spanish, English };

// A caller's hint: analyse as a given language, or detect it per message.
enum class LanguageHint { Auto, Spanish, English };

QString languageCode(Language language);                       // "es" / "en"
std::optional<Language> languageFromCode(QStringView code);    // "es", "en" (case-insensitive)
std::optional<LanguageHint> languageHintFromCode(QStringView code); // also "auto" and ""

} // namespace calma
