// The analysis pipeline: normalise → tokenise → detect language → scan the message (messagescan.h:
// lexicon and phrases, modifiers, failures, irony, intensity) → heat.
#include "tone/toneanalyzer.h"

#include "tone/messagescan.h"

#include <cstring>

namespace calma {
namespace {

constexpr quint8 kSpanishStopword = 1, kEnglishStopword = 2;

bool hasSpanishMarks(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i < n; ++i) {
        // Four ASCII units at a time: no Spanish mark is ASCII, and most text is.
        if (i + 4 <= n) {
            quint64 block;
            std::memcpy(&block, p + i, sizeof block);
            if ((block & 0xFF80FF80FF80FF80ull) == 0) {
                i += 3;
                continue;
            }
        }
        switch (p[i]) {
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
                const FoldedWordTable<quint8> &stopwords)
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
        if (const quint8 *flags = stopwords.find(word)) {
            spanish += (*flags & kSpanishStopword) ? 1 : 0;
            english += (*flags & kEnglishStopword) ? 1 : 0;
        }
    }
    return spanish > english ? Language::Spanish : Language::English;
}

} // namespace

ToneAnalyzer::ToneAnalyzer(std::shared_ptr<const Lexicon> spanish, std::shared_ptr<const Lexicon> english)
    : m_lexicons(std::move(spanish), std::move(english))
{
    for (const QString &word : m_lexicons[Language::Spanish]->stopwords())
        m_stopwords.insert(word, kSpanishStopword);
    for (const QString &word : m_lexicons[Language::English]->stopwords()) {
        const quint8 *spanishToo = m_stopwords.find(word);
        m_stopwords.insert(word, quint8(kEnglishStopword | (spanishToo ? *spanishToo : 0)));
    }
}

const Lexicon &ToneAnalyzer::lexicon(Language language) const
{
    return *m_lexicons[language];
}

Language ToneAnalyzer::detectLanguage(QStringView text) const
{
    const NormalizedText normalized = TextNormalizer::normalize(text);
    return detect(normalized, Tokenizer::tokenize(normalized, text), text, m_stopwords);
}

qsizetype ToneAnalyzer::sectionEnd(QStringView text, qsizetype start)
{
    const qsizetype limit = start + kSectionLength;
    if (limit >= text.size())
        return text.size();
    // After the last sentence's end in the second half of the section, else after its last space,
    // else at the limit (never between the two halves of a surrogate pair).
    const qsizetype half = start + kSectionLength / 2;
    qsizetype space = -1;
    for (qsizetype i = limit; i > half; --i) {
        const QChar c = text.at(i - 1);
        if (!c.isSpace())
            continue;
        if (space < 0)
            space = i;
        const QChar before = text.at(i - 2);
        if (c == u'\n' || before == u'.' || before == u'!' || before == u'?' || before == u'\u3002')
            return i;
    }
    if (space > 0)
        return space;
    return text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
}

ToneReport ToneAnalyzer::analyze(QStringView text, LanguageHint hint) const
{
    text = text.first(std::min(text.size(), kMaxText));
    Language language = hint == LanguageHint::Spanish ? Language::Spanish : Language::English;
    detail::MessageHits message;
    // A huge message is read in sections, so that its analysis needs memory for one section at a time
    // and not for the whole: the sections' hits are scored together, as one message's, in the
    // language of the first section.
    for (qsizetype start = 0;;) {
        const qsizetype end = sectionEnd(text, start);
        const QStringView section = text.sliced(start, end - start);
        const NormalizedText normalized = TextNormalizer::normalize(section);
        QList<Token> tokens = Tokenizer::tokenize(normalized, section);
        if (hint == LanguageHint::Auto && start == 0)
            language = detect(normalized, tokens, section, m_stopwords);
        detail::Scan scan(section, normalized, std::move(tokens), lexicon(language));
        scan.scan();
        scan.moveHitsInto(message, start);
        if (end == text.size())
            break;
        start = end;
    }
    return detail::scoreMessage(message, text, language);
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
