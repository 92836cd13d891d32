// Reads a lexicon TSV file (format in resources/lexicon/README.md) into entries, reporting every bad
// line with its file and line number.
#pragma once

#include "tone/language.h"
#include "tone/tonecategory.h"
#include "tone/tsvreader.h"

#include <QList>
#include <QString>
#include <optional>

namespace calma {

enum class EntryKind {
    Word, Exact, Phrase, Emoji, Negator, Intensifier, Diminisher, Contrast, Acronym, Stopword, Expectation, Addressee,
    Commitment, Shortfall,
    Frame, // "I understand why you're…", "está en su derecho de": what follows names the reader's feeling or right
    Violent, // "kill", "mato", exactly as written: a threat when aimed at the reader ("kill you", "te mato"); else a failure
    Laughter, // "lol", "jajaja", exactly as written: amusement, never the praise that irony mocks; beside a complaint, nothing
    SelfSubject, // "i'm", "am", "soy", "me siento": the writer as subject; an insult after it is said of oneself
    Platform, // "twitter", "social media", "redes sociales": going public when a verb of telling turns to it ("post it on twitter")
};

QString entryKindName(EntryKind kind);
std::optional<EntryKind> entryKindFromName(QStringView name);
bool isToneKind(EntryKind kind);     // word, exact, phrase, emoji, expectation, commitment, frame, violent, laughter, platform: carry a category
bool isModifierKind(EntryKind kind); // negator, intensifier, diminisher, contrast

struct LexiconEntry
{
    QString term;
    EntryKind kind = EntryKind::Word;
    ToneCategory category = ToneCategory::Anger; // meaningful for tone kinds only
    double weight = 0;
    Language language = Language::English; // the file's
    QString source; // file the entry came from
    int line = 0;
};

struct LexiconFile : TsvDocument
{
    QList<LexiconEntry> entries;
};

class LexiconParser
{
public:
    static LexiconFile parse(const QByteArray &data, const QString &fileName);
    // Reads a file from disk or from resources (":/..."); see TsvReader::readFile for the language.
    static LexiconFile parseFile(const QString &path);
};

} // namespace calma
