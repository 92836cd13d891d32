// Lexicon file parsing and validation.
#include "tone/lexiconparser.h"

#include <QHash>
#include <cmath>

namespace calma {
namespace {

constexpr std::array<const char16_t *, 19> kKindNames = {
    u"word", u"exact", u"phrase", u"emoji", u"negator", u"intensifier", u"diminisher", u"contrast",
    u"acronym", u"stopword", u"expectation", u"addressee", u"commitment", u"shortfall", u"frame", u"violent", u"laughter", u"selfsubject",
    u"platform",
};

constexpr double kMaxWeight = 5.0;

struct LineParser
{
    LexiconFile &file;
    QHash<QString, int> firstLine; // "kind\tterm" -> line

    void error(int line, const QString &field, const QString &message) { file.error(line, field, message); }

    bool parseTerm(int lineNo, const QString &term, EntryKind kind)
    {
        if (term.isEmpty()) {
            error(lineNo, QStringLiteral("term"), QStringLiteral("empty term"));
            return false;
        }
        if (term != term.trimmed() || term.contains(QStringLiteral("  "))) {
            error(lineNo, QStringLiteral("term"), QStringLiteral("extra spaces in \"%1\"").arg(term));
            return false;
        }
        const qsizetype words = term.count(u' ') + 1;
        if (kind == EntryKind::Phrase || kind == EntryKind::Frame) {
            if (words < 2) {
                error(lineNo, QStringLiteral("term"), QStringLiteral("a phrase or frame needs two or more words; use kind \"word\" for \"%1\"").arg(term));
                return false;
            }
            if (term.startsWith(u"* ") || term.endsWith(u" *")) {
                error(lineNo, QStringLiteral("term"), QStringLiteral("a phrase cannot start or end with the wildcard *"));
                return false;
            }
        } else if (words > 1 && !isModifierKind(kind) && kind != EntryKind::Platform) {
            error(lineNo, QStringLiteral("term"), QStringLiteral("\"%1\" has several words; use kind \"phrase\"").arg(term));
            return false;
        }
        return true;
    }

    void parseLine(int lineNo, const QStringList &fields)
    {
        if (fields.size() != 4) {
            error(lineNo, {}, QStringLiteral("expected 4 tab-separated fields (term, kind, category, weight), found %1").arg(fields.size()));
            return;
        }
        LexiconEntry entry;
        entry.term = fields.at(0);
        entry.source = file.fileName;
        entry.line = lineNo;
        const auto kind = entryKindFromName(fields.at(1).trimmed());
        if (!kind) {
            error(lineNo, QStringLiteral("kind"), QStringLiteral("unknown kind \"%1\"").arg(fields.at(1)));
            return;
        }
        entry.kind = *kind;
        if (!parseTerm(lineNo, entry.term, entry.kind))
            return;
        const QString categoryText = fields.at(2).trimmed();
        if (isToneKind(entry.kind)) {
            const auto category = categoryFromName(categoryText);
            if (!category) {
                error(lineNo, QStringLiteral("category"), QStringLiteral("unknown category \"%1\"").arg(categoryText));
                return;
            }
            entry.category = *category;
            if ((entry.kind == EntryKind::Expectation || entry.kind == EntryKind::Commitment || entry.kind == EntryKind::Platform)
                && lowersHeat(entry.category)) {
                error(lineNo, QStringLiteral("category"), QStringLiteral("\"%1\" counts when something failed, so its category must raise heat, not \"%2\"").arg(fields.at(1).trimmed(), categoryText));
                return;
            }
        } else if (categoryText != u"-") {
            error(lineNo, QStringLiteral("category"), QStringLiteral("kind \"%1\" takes category \"-\"").arg(fields.at(1)));
            return;
        }
        bool numeric = false;
        entry.weight = fields.at(3).trimmed().toDouble(&numeric);
        if (!numeric || !std::isfinite(entry.weight) || entry.weight < 0 || entry.weight > kMaxWeight) {
            error(lineNo, QStringLiteral("weight"), QStringLiteral("weight must be a number from 0 to 5, not \"%1\"").arg(fields.at(3)));
            return;
        }
        if ((entry.kind == EntryKind::Intensifier || entry.kind == EntryKind::Diminisher) && entry.weight == 0) {
            error(lineNo, QStringLiteral("weight"), QStringLiteral("a multiplier of 0 would erase what it modifies"));
            return;
        }
        const QString key = fields.at(1).trimmed() + u'\t' + entry.term;
        if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
            error(lineNo, QStringLiteral("term"), QStringLiteral("duplicate of line %1 (\"%2\", %3)").arg(*it).arg(entry.term, fields.at(1)));
            return;
        }
        firstLine.insert(key, lineNo);
        file.entries.append(entry);
    }
};

} // namespace

QString entryKindName(EntryKind kind)
{
    return QString::fromUtf16(kKindNames.at(size_t(kind)));
}

std::optional<EntryKind> entryKindFromName(QStringView name)
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == QStringView(kKindNames.at(i)))
            return EntryKind(i);
    }
    return std::nullopt;
}

bool isToneKind(EntryKind kind)
{
    return kind == EntryKind::Word || kind == EntryKind::Exact || kind == EntryKind::Phrase || kind == EntryKind::Emoji
        || kind == EntryKind::Expectation || kind == EntryKind::Commitment || kind == EntryKind::Frame
        || kind == EntryKind::Violent || kind == EntryKind::Laughter || kind == EntryKind::Platform;
}

bool isModifierKind(EntryKind kind)
{
    return kind == EntryKind::Negator || kind == EntryKind::Intensifier || kind == EntryKind::Diminisher
        || kind == EntryKind::Contrast;
}

LexiconFile LexiconParser::parse(const QByteArray &data, const QString &fileName)
{
    LexiconFile file;
    file.fileName = fileName;
    LineParser parser{file, {}};
    TsvReader::read(data, file, [&](int line, const QStringList &fields) { parser.parseLine(line, fields); });
    return file;
}

LexiconFile LexiconParser::parseFile(const QString &path)
{
    LexiconFile file;
    LineParser parser{file, {}};
    TsvReader::readFile(path, file, [&](int line, const QStringList &fields) { parser.parseLine(line, fields); });
    return file;
}

} // namespace calma
