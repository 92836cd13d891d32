// Case and accent folding with an offset map back to the original text.
#include "tone/textnormalizer.h"

#include <array>
#include <memory>

namespace calma {
namespace {

constexpr char16_t kDrop = 0xFFFF;

bool isInvisible(char16_t u)
{
    return u == 0x00AD || (u >= 0x200B && u <= 0x200F) || (u >= 0x2060 && u <= 0x2064) || u == 0xFEFF
        || (u >= 0xFE00 && u <= 0xFE0F);
}

char16_t punctuationFold(char16_t u)
{
    switch (u) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        return u'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
        return u'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return u'-';
    case 0x2026:
        return u'.';
    case 0x00A0: case 0x2007: case 0x202F: case 0x3000:
        return u' ';
    case 0xFF01: return u'!';
    case 0xFF1F: return u'?';
    default:
        return 0;
    }
}

char16_t computeFold(char16_t u)
{
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    if (isInvisible(u))
        return kDrop;
    if (const char16_t p = punctuationFold(u))
        return p;
    const QChar ch(u);
    if (ch.isSurrogate())
        return u;
    if (ch.category() == QChar::Mark_NonSpacing || ch.category() == QChar::Mark_Enclosing)
        return kDrop;
    QChar base = ch;
    const QString decomposition = ch.decomposition();
    if (!decomposition.isEmpty() && ch.decompositionTag() != QChar::NoBreak) {
        const QChar first = decomposition.at(0);
        if (first.isLetterOrNumber())
            base = first;
    }
    return base.toLower().unicode();
}

using FoldTable = std::array<char16_t, 0x10000>;

const FoldTable &foldTable()
{
    static const std::unique_ptr<FoldTable> table = [] {
        auto t = std::make_unique<FoldTable>();
        for (unsigned u = 0; u < 0x10000; ++u)
            (*t)[u] = computeFold(char16_t(u));
        return t;
    }();
    return *table;
}

bool isSkinToneModifier(char16_t high, char16_t low)
{
    // U+1F3FB..U+1F3FF are D83C DFFB..DFFF.
    return high == 0xD83C && low >= 0xDFFB && low <= 0xDFFF;
}

} // namespace

char16_t TextNormalizer::fold(char16_t unit)
{
    return foldTable()[unit];
}

NormalizedText TextNormalizer::normalize(QStringView original)
{
    const FoldTable &table = foldTable();
    NormalizedText result;
    // Exactly as large as the text: resize() alone may round up, which a huge message feels.
    result.text.reserve(original.size());
    result.text.resize(original.size());
    result.origin.reserve(original.size() + 1);
    result.origin.resize(original.size() + 1);
    char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
    qint32 *origin = result.origin.data();
    qsizetype n = 0;
    const char16_t *in = original.utf16();
    const qsizetype size = original.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = in[i];
        if (i + 1 < size && isSkinToneModifier(u, in[i + 1])) {
            ++i;
            continue;
        }
        const char16_t folded = table[u];
        if (folded == kDrop)
            continue;
        out[n] = folded;
        origin[n] = qint32(i);
        ++n;
    }
    origin[n] = qint32(size);
    result.text.truncate(n);
    result.origin.resize(n + 1);
    return result;
}

QString TextNormalizer::foldString(QStringView text)
{
    return normalize(text).text;
}

} // namespace calma
