// Tokenizer over folded text.
#include "tone/tokenizer.h"

#include <algorithm>
#include <array>

namespace calma {
namespace {

// ASCII classes, looked up rather than compared: the tokenizer asks them of every character.
enum : quint8 { kLetter = 1, kDigit = 2 };
constexpr std::array<quint8, 128> kAsciiClass = [] {
    std::array<quint8, 128> classes{};
    for (int c = 'a'; c <= 'z'; ++c)
        classes[size_t(c)] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c)
        classes[size_t(c)] = kLetter;
    for (int c = '0'; c <= '9'; ++c)
        classes[size_t(c)] = kDigit;
    return classes;
}();

inline quint8 charClass(char16_t u)
{
    if (u < 0x80)
        return kAsciiClass[u];
    return !QChar::isSurrogate(u) && QChar(u).isLetter() ? kLetter : 0;
}

inline bool isLetter(char16_t u)
{
    return charClass(u) == kLetter;
}

inline bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

inline bool isAlnum(char16_t u)
{
    return charClass(u) != 0;
}

bool isMask(char16_t u)
{
    return u == u'*' || u == u'#' || u == u'@' || u == u'$' || u == u'!';
}

bool isEmojiStart(const QChar *s, qsizetype i, qsizetype n)
{
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < n)
        return u >= 0xD83C && u <= 0xD83E;
    return (u >= 0x2600 && u <= 0x27BF) || u == 0x2B50 || u == 0x2B55 || u == 0x2639 || u == 0x263A;
}

// Emoticons such as :) :-( :'( :/ >:( ;) :D. Returns the length matched, or 0.
qsizetype emoticonLength(const QChar *s, qsizetype i, qsizetype n)
{
    qsizetype j = i;
    if (s[j] == u'>' && j + 1 < n && s[j + 1] == u':')
        ++j;
    if (s[j] != u':' && s[j] != u';')
        return 0;
    ++j;
    // A tear: :'( and :,( (folding has made a curly apostrophe straight).
    const bool tear = j + 1 < n && (s[j] == u'\'' || s[j] == u',') && s[j + 1] == u'(';
    if (tear)
        ++j;
    if (j < n && s[j] == u'-')
        ++j;
    if (j >= n)
        return 0;
    const char16_t mouth = s[j].unicode();
    // Folding lower-cased the text, so :D arrives as :d and :P as :p.
    if (mouth != u')' && mouth != u'(' && mouth != u'/' && mouth != u'|' && mouth != u'@' && mouth != u'd'
        && mouth != u'p')
        return 0;
    ++j;
    while (j < n && (s[j] == s[j - 1]) && (mouth == u')' || mouth == u'('))
        ++j;
    if (j < n && isLetter(s[j].unicode()))
        return 0;
    return j - i;
}

// A web address ("https://…", "www.…") carries no tone and its letters are no shouting: its length,
// to the next space, or 0.
qsizetype linkLength(const QChar *s, qsizetype i, qsizetype n)
{
    if (s[i] != u'h' && s[i] != u'w') // the text is folded: no capitals
        return 0;
    const QStringView rest(s + i, std::min<qsizetype>(n - i, 8));
    if (!rest.startsWith(u"http://") && !rest.startsWith(u"https://") && !rest.startsWith(u"www."))
        return 0;
    if (i > 0 && !s[i - 1].isSpace() && s[i - 1] != u'(' && s[i - 1] != u'<')
        return 0;
    qsizetype j = i;
    while (j < n && !s[j].isSpace())
        ++j;
    // A sentence may end right after the address: "… at https://example.com."
    while (j > i && QStringView(u".,;:!?)>").contains(s[j - 1]))
        --j;
    return j - i;
}

// Letters and capitals of a token as the original spells them. A folded ASCII letter whose
// original is the same letter, or its capital, is decided without asking Unicode.
void countCase(Token &token, const NormalizedText &normalized, QStringView original)
{
    const qint32 *origin = normalized.origin.constData();
    const char16_t *folded = reinterpret_cast<const char16_t *>(normalized.text.constData());
    const char16_t *text = original.utf16();
    quint16 letters = 0, capitals = 0;
    for (qsizetype k = token.start; k < token.end; ++k) {
        const char16_t u = text[origin[k]];
        const char16_t f = folded[k];
        if (u == f && u >= u'a' && u <= u'z') {
            ++letters;
            continue;
        }
        if (u < 0x80) {
            const bool upper = u >= u'A' && u <= u'Z';
            if (upper || (u >= u'a' && u <= u'z')) {
                ++letters;
                capitals += upper ? 1 : 0;
            }
            continue;
        }
        const QChar o(u);
        if (o.isLetter()) {
            ++letters;
            if (o.isUpper())
                ++capitals;
        }
    }
    token.letters = letters;
    token.capitals = capitals;
}

} // namespace

QList<Token> Tokenizer::tokenize(const NormalizedText &normalized, QStringView original)
{
    const QString &text = normalized.text;
    const QChar *s = text.constData();
    const qsizetype n = text.size();
    // Written through a pointer into room made ahead (a quarter of the text, doubled when full) and
    // cut to size at the end: appending to the list one by one cost a sixth of the tokenizer.
    QList<Token> tokens(n / 4 + 4);
    Token *room = tokens.data();
    qsizetype count = 0;
    int sentence = 0;
    qsizetype i = 0;
    // A star run that opens before a word ("*what the fuck*", "**never again**") is emphasis, and the
    // star run that ends a later word closes it; "f***" and "fuck*" without one are masked swearing.
    bool emphasisOpen = false;
    // Nothing was dropped in folding: a folded character sits where its original does.
    const bool sameOffsets = n == original.size();
    auto push = [&](qsizetype start, qsizetype end, TokenKind kind) -> Token & {
        if (count == tokens.size()) {
            tokens.resize(tokens.size() * 2);
            room = tokens.data();
        }
        Token &token = room[count++];
        token.start = qint32(start);
        token.end = qint32(end);
        token.kind = kind;
        token.sentence = sentence;
        return token;
    };
    while (i < n) {
        const char16_t u = s[i].unicode();
        if (u == u' ' || u == u'\t' || u == u'\r') {
            ++i;
            continue;
        }
        if (const qsizetype len = linkLength(s, i, n)) {
            i += len;
            continue;
        }
        if (const qsizetype len = emoticonLength(s, i, n)) {
            push(i, i + len, TokenKind::Emoji);
            i += len;
            continue;
        }
        const bool leadingSymbol = (u == u'@' || u == u'$') && i + 1 < n && isLetter(s[i + 1].unicode());
        if (isAlnum(u) || leadingSymbol) {
            const qsizetype start = i;
            bool hasLetter = false, hasDigit = false, masked = leadingSymbol;
            quint16 letterUnits = 0;
            if (leadingSymbol)
                ++i;
            while (i < n) {
                const char16_t c = s[i].unicode();
                if (const quint8 kind = charClass(c)) {
                    hasLetter |= kind == kLetter;
                    hasDigit |= kind == kDigit;
                    letterUnits += kind == kLetter ? 1 : 0;
                    ++i;
                } else if (c == u'\'' && i + 1 < n && isLetter(s[i + 1].unicode()) && i > start) {
                    ++i;
                } else if ((c == u'.' || c == u',') && hasDigit && !hasLetter && i + 1 < n
                           && isDigit(s[i + 1].unicode())) {
                    ++i;
                } else if (isMask(c)) {
                    qsizetype j = i;
                    while (j < n && isMask(s[j].unicode()))
                        ++j;
                    const bool inner = j < n && isAlnum(s[j].unicode()) && hasLetter;
                    // "f***", but not the closing star of an emphasis: "*so* well put", "**never**".
                    const bool emphasis = (start > 0 && s[start - 1] == u'*') || (emphasisOpen && s[i] == u'*' && !inner);
                    if (emphasis && !inner)
                        emphasisOpen = false;
                    const bool trailingStars = hasLetter && s[i] == u'*' && !emphasis;
                    if (!inner && !trailingStars)
                        break;
                    if (trailingStars && !inner) {
                        while (i < n && s[i] == u'*')
                            ++i;
                        masked = true;
                        break;
                    }
                    masked = true;
                    i = j;
                } else {
                    break;
                }
            }
            Token &token = push(start, i, hasLetter || masked ? TokenKind::Word : TokenKind::Number);
            token.masked = masked;
            token.mixedDigits = hasLetter && hasDigit;
            // Spelt as folded (no capital, no accent): its letters are the ones just counted.
            if (sameOffsets && std::equal(s + start, s + i, reinterpret_cast<const QChar *>(original.utf16()) + start))
                token.letters = letterUnits;
            else
                countCase(token, normalized, original);
            continue;
        }
        if (isEmojiStart(s, i, n)) {
            const qsizetype len = QChar::isHighSurrogate(u) ? 2 : 1;
            push(i, i + len, TokenKind::Emoji);
            i += len;
            continue;
        }
        if (u == u'!' || u == u'?' || u == 0x00A1 || u == 0x00BF) {
            const qsizetype start = i;
            quint16 bangs = 0, questions = 0;
            while (i < n) {
                const char16_t c = s[i].unicode();
                if (c == u'!')
                    ++bangs;
                else if (c == u'?')
                    ++questions;
                else if (c != 0x00A1 && c != 0x00BF && c != u' ')
                    break;
                ++i;
            }
            while (i > start && s[i - 1] == u' ')
                --i;
            const bool opening = bangs == 0 && questions == 0; // only ¡ or ¿: opens a sentence
            if (opening)
                continue;
            const bool exclamation = bangs > 0 || questions >= 3;
            Token &token = push(start, i, exclamation ? TokenKind::Exclamation : TokenKind::SentenceBreak);
            token.exclamations = bangs;
            token.questions = questions;
            ++sentence;
            continue;
        }
        if (u == u'.') {
            const qsizetype start = i;
            while (i < n && s[i] == u'.')
                ++i;
            if (i - start >= 2 || original.at(normalized.origin.at(start)) == QChar(0x2026)) {
                push(start, i, TokenKind::Ellipsis);
            } else {
                push(start, i, TokenKind::SentenceBreak);
                ++sentence;
            }
            continue;
        }
        if (u == u'*') {
            qsizetype j = i;
            while (j < n && s[j] == u'*')
                ++j;
            if (j < n && isAlnum(s[j].unicode()))
                emphasisOpen = true;
            i = j;
            continue;
        }
        if (u == u'\n') {
            emphasisOpen = false;
            push(i, i + 1, TokenKind::SentenceBreak);
            ++sentence;
            ++i;
            continue;
        }
        if (u == u'"' || u == u'\'') {
            push(i, i + 1, TokenKind::Quote);
            ++i;
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < n) {
            i += 2; // other astral symbols carry no tone
            continue;
        }
        if (u == u',' || u == u';' || u == u':' || u == u'(' || u == u')' || u == u'-' || u == u'/'
            || u == u'[' || u == u']') {
            push(i, i + 1, TokenKind::ClauseBreak);
        }
        ++i;
    }
    tokens.resize(count);
    return tokens;
}

} // namespace calma
