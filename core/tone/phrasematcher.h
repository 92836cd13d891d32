// Finds where a list of words and phrases occurs in a text, by Snowball stems, with "*" for any one
// word. Used by the reply coach for topics, request markers and the phrases a draft should avoid.
#pragma once

#include "tone/tokenizedtext.h"

#include <unordered_map>

namespace calma {

struct PhraseMatch
{
    int phrase = -1;       // index given by add()
    qsizetype firstToken = 0;
    qsizetype lastToken = 0;
    qsizetype start = 0;   // UTF-16 offsets into the original text
    qsizetype end = 0;
};

// A regular past form or participle, folded (accent-free): "refunded"; "cobraron", "cobrado",
// "cobraba". Irregular ones ("sent", "hicieron") stem to themselves or differ anyway.
bool isPastForm(Language language, QStringView folded);

class PhraseMatcher
{
public:
    explicit PhraseMatcher(Language language) : m_language(language) {}

    // How a term's verbs match. Stems make "cancelled" and "cancel", "anularon" and "anular" one
    // word; a phrase that tells what happened ("they cancelled my flight") must not match the same
    // verb asked for ("cancel my flight"), so with KeepPast a word in the past matches only words
    // in the past. With NotPast no word matches a past form (an imperative: "contesta" is not
    // "contestaba").
    enum class Tense { Any, KeepPast, NotPast };

    // Returns the phrase's index; terms are folded and stemmed like the text they are matched in.
    int add(const QString &term, Tense tense = Tense::Any);
    int size() const { return int(m_phrases.size()); }

    // Every phrase that matches, at every token: overlapping matches are all returned, in text order.
    QList<PhraseMatch> findAll(const TokenizedText &text) const;

private:
    struct Word
    {
        std::string stem; // "*" for a wildcard
        QString exact;    // the folded word itself, where its stem is too short to tell words apart
        bool past = false; // matches only a word in the past (Tense::KeepPast)
        bool notPast = false; // never matches a word in the past (Tense::NotPast)
        bool adverb = false;  // the term's word is itself an adverb of manner ("sinceramente", "sincerely")
        QString accented;     // a short word told apart by its accent ("dé", not "de"): matches only so written
    };
    bool matchesAt(const TokenizedText &text, qsizetype start, const std::vector<Word> &words, qsizetype *last) const;

    Language m_language;
    std::vector<std::vector<Word>> m_phrases;
    std::unordered_map<std::string, std::vector<int>> m_byFirstStem;
};

} // namespace calma
