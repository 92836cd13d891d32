// The two languages Calma analyses, and how they are named in files and on the command line.
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace calma {

enum class Language { Spanish, English };

// A caller's hint: analyse as a given language, or detect it per message.
enum class LanguageHint { Auto, Spanish, English };

// One value for each language, picked by language: `phrases[Language::Spanish]`.
template <typename T>
class PerLanguage
{
public:
    constexpr PerLanguage() = default;
    constexpr PerLanguage(T spanish, T english) : m_values{std::move(spanish), std::move(english)} {}

    constexpr T &operator[](Language language) { return m_values[index(language)]; }
    constexpr const T &operator[](Language language) const { return m_values[index(language)]; }

private:
    static constexpr std::size_t index(Language language) { return language == Language::Spanish ? 0 : 1; }

    std::array<T, 2> m_values{};
};

// The hint that analyses a message as exactly `language`.
constexpr LanguageHint hintFor(Language language)
{
    return PerLanguage{LanguageHint::Spanish, LanguageHint::English}[language];
}

QString languageCode(Language language);                       // "es" / "en"
std::optional<Language> languageFromCode(QStringView code);    // "es", "en" (case-insensitive)
std::optional<LanguageHint> languageHintFromCode(QStringView code); // also "auto" and ""

} // namespace calma
