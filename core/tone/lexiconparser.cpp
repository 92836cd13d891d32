// Lexicon file parsing and validation.
#include "tone/lexiconparser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace calma {
namespace {

constexpr std::array<const char16_t *, 10> kKindNames = {
    u"word", u"exact", u"phrase", u"emoji", u"negator", u"intensifier", u"diminisher", u"contrast",
    u"acronym", u"stopword",
};

constexpr double kMaxWeight = 5.0;

struct LineParser
{
    LexiconFile &file;
    QHash<QString, int> firstLine; // "kind\tterm" -> line

    void error(int line, const QString &field, const QString &message)
    {
        file.errors.append({file.fileName, line, field, message});
    }

    void parseDirective(int lineNo, const QStringList &fields)
    {
        if (fields.at(0) != u"@language" || fields.size() != 2) {
            error(lineNo, {}, QStringLiteral("unknown directive; the only one is \"@language<TAB>es|en\""));
            return;
        }
        const auto language = languageFromCode(fields.at(1).trimmed());
        if (!language)
            error(lineNo, QStringLiteral("language"), QStringLiteral("language must be \"es\" or \"en\", not \"%1\"").arg(fields.at(1)));
        else if (file.language && *file.language != *language)
            error(lineNo, QStringLiteral("language"), QStringLiteral("a second, different @language line"));
        else
            file.language = language;
    }

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
        if (kind == EntryKind::Phrase) {
            if (words < 2) {
                error(lineNo, QStringLiteral("term"), QStringLiteral("a phrase needs two or more words; use kind \"word\" for \"%1\"").arg(term));
                return false;
            }
            if (term.startsWith(u"* ") || term.endsWith(u" *")) {
                error(lineNo, QStringLiteral("term"), QStringLiteral("a phrase cannot start or end with the wildcard *"));
                return false;
            }
        } else if (words > 1 && !isModifierKind(kind)) {
            error(lineNo, QStringLiteral("term"), QStringLiteral("\"%1\" has several words; use kind \"phrase\"").arg(term));
            return false;
        }
        return true;
    }

    void parseLine(int lineNo, const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u'@')) {
            parseDirective(lineNo, fields);
            return;
        }
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
        } else if (categoryText != u"-") {
            error(lineNo, QStringLiteral("category"), QStringLiteral("kind \"%1\" takes category \"-\"").arg(fields.at(1)));
            return;
        }
        bool numeric = false;
        entry.weight = fields.at(3).trimmed().toDouble(&numeric);
        if (!numeric || entry.weight < 0 || entry.weight > kMaxWeight) {
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

std::optional<Language> languageFromFileName(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|[^a-z])(es|en)$"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QFileInfo(path).completeBaseName());
    return match.hasMatch() ? languageFromCode(match.capturedView(1)) : std::nullopt;
}

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
    return kind == EntryKind::Word || kind == EntryKind::Exact || kind == EntryKind::Phrase || kind == EntryKind::Emoji;
}

bool isModifierKind(EntryKind kind)
{
    return kind == EntryKind::Negator || kind == EntryKind::Intensifier || kind == EntryKind::Diminisher
        || kind == EntryKind::Contrast;
}

QString LexiconIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!field.isEmpty())
        where += QStringLiteral(" (%1)").arg(field);
    return where + QStringLiteral(": ") + message;
}

LexiconFile LexiconParser::parse(const QByteArray &data, const QString &fileName)
{
    LexiconFile file;
    file.fileName = fileName;
    LineParser parser{file, {}};
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++lineNo;
        QByteArrayView raw(data.constData() + pos, end - pos);
        pos = end + 1;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (lineNo == 1 && raw.startsWith("\xEF\xBB\xBF"))
            raw = raw.sliced(3);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder(raw);
        if (decoder.hasError()) {
            parser.error(lineNo, {}, QStringLiteral("not valid UTF-8"));
            continue;
        }
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        parser.parseLine(lineNo, line);
    }
    return file;
}

LexiconFile LexiconParser::parseFile(const QString &path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        LexiconFile file;
        file.fileName = path;
        file.errors.append({path, 0, {}, QStringLiteral("cannot open: %1").arg(device.errorString())});
        return file;
    }
    LexiconFile file = parse(device.readAll(), path);
    if (!file.language)
        file.language = languageFromFileName(path);
    if (!file.language)
        file.errors.append({path, 0, {}, QStringLiteral("no language: add a line \"@language<TAB>es\" (or en), or end the file name in -es or -en")});
    return file;
}

} // namespace calma
