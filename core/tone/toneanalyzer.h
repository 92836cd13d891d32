// Scores how heated a customer message (or an agent's draft) is, and why. Thread-safe: analyze() is
// const and the lexicons it reads are immutable and shared.
#pragma once

#include "tone/lexicon.h"
#include "tone/tonereport.h"

#include <memory>

namespace calma {

class ToneAnalyzer
{
public:
    // The shipped lexicons (resources/lexicon) extended by a team's files, in order: a team entry
    // with the same term and kind replaces the shipped one; weight 0 removes it. On any error the
    // errors are returned and no analyzer is built.
    // `extraEntries` come last, after the team's files (used by the lexicon fitter), which also
    // refits the shipped weights from the hand-written files alone (`withFitted` false).
    struct Loaded;
    static Loaded load(const QStringList &teamLexiconFiles = {}, const QList<LexiconEntry> &extraEntries = {},
                       bool withFitted = true);
    static const QStringList &shippedLexicons();

    ToneAnalyzer(std::shared_ptr<const Lexicon> spanish, std::shared_ptr<const Lexicon> english);

    // Reads at most kMaxText UTF-16 units of a message (offsets are kept in 32 bits).
    static constexpr qsizetype kMaxText = 0x7ffffffe;
    ToneReport analyze(QStringView text, LanguageHint hint = LanguageHint::Auto) const;
    // A longer message is read in sections of at most this many UTF-16 units, cut after a sentence or
    // at a space; their evidence is scored together as the message's.
    static constexpr qsizetype kSectionLength = 65'536;
    // Where the section that begins at `start` ends.
    static qsizetype sectionEnd(QStringView text, qsizetype start);
    Language detectLanguage(QStringView text) const;
    const Lexicon &lexicon(Language language) const;

private:
    PerLanguage<std::shared_ptr<const Lexicon>> m_lexicons;
    // Both lexicons' stopwords in one table (bit 0 Spanish, bit 1 English): the language detector asks
    // it once per word instead of asking each lexicon.
    FoldedWordTable<quint8> m_stopwords;
};

struct ToneAnalyzer::Loaded
{
    std::shared_ptr<const ToneAnalyzer> analyzer; // null when errors is not empty
    QList<LexiconIssue> errors;
};

} // namespace calma
