// libstemmer's stemmers are not thread-safe, so each thread keeps its own pair, with a cache of the
// words it has stemmed: customers' vocabulary repeats, and a look-up is far cheaper than a stem.
#include "tone/stemmer.h"

#include "tone/lexicon.h"

#include <libstemmer.h>

namespace calma {
namespace {

constexpr size_t kCacheLimit = 1 << 16;

struct ThreadStemmer
{
    explicit ThreadStemmer(const char *algorithm) : stemmer(sb_stemmer_new(algorithm, "UTF_8")) {}
    ~ThreadStemmer() { sb_stemmer_delete(stemmer); }
    ThreadStemmer(const ThreadStemmer &) = delete;
    ThreadStemmer &operator=(const ThreadStemmer &) = delete;

    std::string_view stem(std::string_view word)
    {
        if (const auto it = cache.find(word); it != cache.end())
            return it->second;
        if (!stemmer)
            return word;
        const sb_symbol *result = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(word.data()), int(word.size()));
        if (!result)
            return word;
        if (cache.size() >= kCacheLimit)
            cache.clear();
        const std::string_view stemmed(reinterpret_cast<const char *>(result), size_t(sb_stemmer_length(stemmer)));
        return cache.emplace(std::string(word), std::string(stemmed)).first->second;
    }

    sb_stemmer *stemmer;
    std::unordered_map<std::string, std::string, StringViewHash, std::equal_to<>> cache;
};

} // namespace

std::string_view Stemmer::stem(Language language, std::string_view word)
{
    thread_local ThreadStemmer spanish("spanish");
    thread_local ThreadStemmer english("english");
    if (word.empty())
        return word;
    return (language == Language::Spanish ? spanish : english).stem(word);
}

} // namespace calma
