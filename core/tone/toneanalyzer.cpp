// The analysis pipeline: normalise → tokenise → detect language → scan the message (messagescan.h:
// lexicon and phrases, modifiers, failures, irony, intensity) → heat.
#include "tone/toneanalyzer.h"

#include "tone/messagescan.h"

namespace calma {
namespace {

bool hasSpanishMarks(QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0xF1: case 0xD1: case 0xBF: case 0xA1: case 0xE1: case 0xE9: case 0xED: case 0xF3: case 0xFA:
            return true;
        default:
            break;
        }
    }
    return false;
}

// The language whose function words (the lexicons' stopwords) the message uses more; Spanish-only
// letters and marks (ñ, ¿, accents) give Spanish a head start.
Language detect(const NormalizedText &normalized, const QList<Token> &tokens, QStringView text,
                const Lexicon &spanishLexicon, const Lexicon &englishLexicon)
{
    double spanish = hasSpanishMarks(text) ? 1.5 : 0.0;
    double english = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.kind != TokenKind::Word)
            continue;
        // A lone letter counts only before a real word ("I want", "y luego"): letters spelled out one
        // by one ("i.d.i.o.t.a") say nothing about the language.
        if (token.length() == 1) {
            qsizetype next = i + 1;
            while (next < tokens.size() && tokens.at(next).kind != TokenKind::Word)
                ++next;
            if (next == tokens.size() || tokens.at(next).length() == 1)
                continue;
        }
        const QStringView word = QStringView(normalized.text).sliced(token.start, token.length());
        const quint64 hash = FoldedWordTable<bool>::hash(word);
        spanish += spanishLexicon.isStopword(word, hash) ? 1 : 0;
        english += englishLexicon.isStopword(word, hash) ? 1 : 0;
    }
    return spanish > english ? Language::Spanish : Language::English;
}

} // namespace

ToneAnalyzer::ToneAnalyzer(std::shared_ptr<const Lexicon> spanish, std::shared_ptr<const Lexicon> english)
    : m_lexicons(std::move(spanish), std::move(english))
{
}

const Lexicon &ToneAnalyzer::lexicon(Language language) const
{
    return *m_lexicons[language];
}

Language ToneAnalyzer::detectLanguage(QStringView text) const
{
    const NormalizedText normalized = TextNormalizer::normalize(text);
    return detect(normalized, Tokenizer::tokenize(normalized, text), text, lexicon(Language::Spanish), lexicon(Language::English));
}

ToneReport ToneAnalyzer::analyze(QStringView text, LanguageHint hint) const
{
    text = text.first(std::min(text.size(), kMaxText));
    const NormalizedText normalized = TextNormalizer::normalize(text);
    QList<Token> tokens = Tokenizer::tokenize(normalized, text);
    Language language = hint == LanguageHint::Spanish ? Language::Spanish : Language::English;
    if (hint == LanguageHint::Auto)
        language = detect(normalized, tokens, text, lexicon(Language::Spanish), lexicon(Language::English));
    detail::Scan scan(text, normalized, std::move(tokens), lexicon(language));
    return scan.run();
}

const QStringList &ToneAnalyzer::shippedLexicons()
{
    // In order: a later file's entry replaces an earlier one with the same term and kind.
    static const QStringList files{
        QStringLiteral(":/lexicon/es.tsv"), QStringLiteral(":/lexicon/es-affect.tsv"), QStringLiteral(":/lexicon/es-service.tsv"),
        QStringLiteral(":/lexicon/en.tsv"), QStringLiteral(":/lexicon/en-affect.tsv"), QStringLiteral(":/lexicon/en-service.tsv"),
        QStringLiteral(":/lexicon/en-fitted.tsv"),
    };
    return files;
}

ToneAnalyzer::Loaded ToneAnalyzer::load(const QStringList &teamLexiconFiles, const QList<LexiconEntry> &extraEntries,
                                        bool withFitted)
{
    Loaded loaded;
    PerLanguage<QList<LexiconEntry>> entries;
    QStringList files = shippedLexicons();
    if (!withFitted)
        files.removeIf([](const QString &file) { return file.endsWith(u"-fitted.tsv"); });
    files += teamLexiconFiles;
    for (const QString &path : std::as_const(files)) {
        const LexiconFile file = LexiconParser::parseFile(path);
        loaded.errors += file.errors;
        if (file.ok())
            entries[*file.language] += file.entries;
    }
    for (const LexiconEntry &entry : extraEntries)
        entries[entry.language] += entry;
    if (loaded.errors.isEmpty()) {
        loaded.analyzer = std::make_shared<const ToneAnalyzer>(Lexicon::build(Language::Spanish, entries[Language::Spanish]),
                                                               Lexicon::build(Language::English, entries[Language::English]));
    }
    return loaded;
}

} // namespace calma
