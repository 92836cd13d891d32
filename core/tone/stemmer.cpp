// libstemmer's stemmers are not thread-safe, so each thread keeps its own pair.
#include "tone/stemmer.h"

#include <libstemmer.h>

namespace calma {
namespace {

struct ThreadStemmers
{
    sb_stemmer *spanish = sb_stemmer_new("spanish", "UTF_8");
    sb_stemmer *english = sb_stemmer_new("english", "UTF_8");
    ~ThreadStemmers()
    {
        sb_stemmer_delete(spanish);
        sb_stemmer_delete(english);
    }
};

} // namespace

std::string_view Stemmer::stem(Language language, std::string_view word)
{
    thread_local ThreadStemmers stemmers;
    sb_stemmer *stemmer = language == Language::Spanish ? stemmers.spanish : stemmers.english;
    if (!stemmer || word.empty())
        return word;
    const sb_symbol *result = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(word.data()),
                                              int(word.size()));
    if (!result)
        return word;
    return {reinterpret_cast<const char *>(result), size_t(sb_stemmer_length(stemmer))};
}

} // namespace calma
