// Language codes.
#include "tone/language.h"

namespace calma {

QString languageCode(Language language)
{
    return PerLanguage{QStringLiteral("es"), QStringLiteral("en")}[language];
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code.compare(u"es", Qt::CaseInsensitive) == 0)
        return Language::Spanish;
    if (code.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

std::optional<LanguageHint> languageHintFromCode(QStringView code)
{
    if (code.isEmpty() || code.compare(u"auto", Qt::CaseInsensitive) == 0)
        return LanguageHint::Auto;
    if (const auto language = languageFromCode(code))
        return hintFor(*language);
    return std::nullopt;
}

} // namespace calma
