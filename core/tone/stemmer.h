// Snowball stems (libstemmer) for Spanish and English words, safe to call from any thread.
#pragma once

#include "tone/language.h"

#include <string>
#include <string_view>

namespace calma {

class Stemmer
{
public:
    // Stems a folded (lower-case, accent-free) UTF-8 word. The view stays valid until the next call
    // on the same thread.
    static std::string_view stem(Language language, std::string_view word);
};

} // namespace calma
