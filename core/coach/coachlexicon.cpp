// Coach phrase lists: parsing with positioned errors, and matching.
#include "coach/coachlexicon.h"

#include "tone/textnormalizer.h"

#include <QHash>
#include <algorithm>
#include <array>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array<const char16_t *, 22> kKindNames = {
    u"topic", u"failure", u"money", u"idea", u"refusal", u"request", u"reference", u"acknowledge", u"apology",
    u"next-step", u"timeframe", u"thanks", u"flag", u"boundary", u"steps", u"park", u"domain", u"ask",
    u"deadline", u"rhetorical", u"address", u"threat",
};

QStringList allowedLabels(CoachKind kind)
{
    switch (kind) {
    case CoachKind::Topic:
        return {u"delivery"_s, u"billing"_s, u"refund"_s, u"outage"_s, u"account"_s, u"product"_s,
                u"subscription"_s, u"policy"_s, u"praise"_s, u"feedback"_s};
    case CoachKind::Failure:
        return failureLabels();
    case CoachKind::Money: return {u"dispute"_s};
    case CoachKind::Idea: return {u"idea"_s};
    case CoachKind::Refusal: return {u"refusal"_s};
    case CoachKind::Request: return {u"request"_s, u"modal"_s, u"question"_s, u"interrogative"_s, u"statement"_s, u"imperative"_s};
    case CoachKind::Reference: return referenceLabels();
    case CoachKind::Domain: return domainNames();
    case CoachKind::Ask: return requestKindNames();
    case CoachKind::Deadline: return deadlineKindNames();
    case CoachKind::Address: return {u"tu"_s, u"usted"_s};
    case CoachKind::Threat: return threatLabels();
    case CoachKind::Flag:
        return {u"feelings"_s, u"repetition"_s, u"blame"_s, u"impossible"_s, u"wall"_s, u"not-my-problem"_s,
                u"sarcasm"_s, u"passive-aggressive"_s, u"command"_s, u"dismissive"_s};
    default:
        return {u"-"_s};
    }
}

struct RowParser
{
    CoachFile &file;
    QHash<QString, int> firstLine;

    void parse(int line, const QStringList &fields)
    {
        if (fields.size() != 4) {
            file.error(line, {}, QStringLiteral("expected 4 tab-separated fields (term, kind, label, rewrites), found %1").arg(fields.size()));
            return;
        }
        CoachEntry entry;
        entry.term = fields.at(0).trimmed();
        entry.source = file.fileName;
        entry.line = line;
        if (entry.term.isEmpty() || entry.term == u"*") {
            file.error(line, QStringLiteral("term"), QStringLiteral("empty term"));
            return;
        }
        const auto kind = coachKindFromName(fields.at(1).trimmed());
        if (!kind) {
            file.error(line, QStringLiteral("kind"), QStringLiteral("unknown kind \"%1\"").arg(fields.at(1)));
            return;
        }
        entry.kind = *kind;
        entry.label = fields.at(2).trimmed().simplified();
        const QStringList labels = allowedLabels(entry.kind);
        // A word several businesses share names them all: "order  domain  retail food".
        const QStringList named = entry.kind == CoachKind::Domain ? entry.label.split(u' ') : QStringList{entry.label};
        if (!std::all_of(named.begin(), named.end(), [&](const QString &l) { return labels.contains(l); })) {
            file.error(line, QStringLiteral("label"), QStringLiteral("label \"%1\" is not one of: %2").arg(entry.label, labels.join(u", ")));
            return;
        }
        const QString rewrites = fields.at(3).trimmed();
        if (entry.kind == CoachKind::Flag) {
            for (const QString &r : rewrites.split(u'|', Qt::SkipEmptyParts)) {
                if (!r.trimmed().isEmpty() && r.trimmed() != u"-")
                    entry.rewrites << r.trimmed();
            }
            if (entry.rewrites.isEmpty()) {
                file.error(line, QStringLiteral("rewrites"), QStringLiteral("a flag needs at least one softer rewrite"));
                return;
            }
        } else if (rewrites != u"-" && !rewrites.isEmpty()) {
            file.error(line, QStringLiteral("rewrites"), QStringLiteral("only flags take rewrites; write \"-\""));
            return;
        }
        const QString key = coachKindName(entry.kind) + u'\t' + TextNormalizer::foldString(entry.term);
        if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
            file.error(line, QStringLiteral("term"), QStringLiteral("duplicate of line %1").arg(*it));
            return;
        }
        firstLine.insert(key, line);
        file.entries.append(entry);
    }
};

} // namespace

const QStringList &domainNames()
{
    static const QStringList names{u"retail"_s, u"airline"_s, u"travel"_s, u"insurance"_s, u"telecom"_s, u"banking"_s,
                                   u"utilities"_s, u"subscription"_s, u"software"_s, u"food"_s};
    return names;
}

const QStringList &requestKindNames()
{
    static const QStringList names{u"refund"_s, u"replacement"_s, u"repair"_s, u"cancellation"_s, u"information"_s,
                                   u"reconsider"_s, u"access"_s, u"compensation"_s, u"manager"_s};
    return names;
}

const QStringList &deadlineKindNames()
{
    static const QStringList names{u"now"_s, u"today"_s, u"tomorrow"_s, u"this-week"_s, u"weekday"_s, u"date"_s, u"hours"_s};
    return names;
}

const QStringList &failureLabels()
{
    static const QStringList names{u"late"_s, u"missing"_s, u"outage"_s, u"wrong-charge"_s, u"ignored"_s, u"defective"_s,
                                   u"wrong-item"_s, u"cancelled"_s, u"closed"_s, u"blocked"_s, u"conduct"_s};
    return names;
}

const QStringList &referenceLabels()
{
    static const QStringList names{u"order"_s, u"booking"_s, u"flight"_s, u"claim"_s, u"account"_s, u"card"_s,
                                   u"member"_s, u"invoice"_s, u"ticket"_s, u"reference"_s};
    return names;
}

const QStringList &threatLabels()
{
    static const QStringList names{u"legal"_s, u"regulator"_s, u"press"_s, u"review"_s, u"chargeback"_s};
    return names;
}

QString coachKindName(CoachKind kind)
{
    return QString::fromUtf16(kKindNames.at(size_t(kind)));
}

std::optional<CoachKind> coachKindFromName(QStringView name)
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == QStringView(kKindNames.at(i)))
            return CoachKind(i);
    }
    return std::nullopt;
}

CoachFile CoachLexicon::parse(const QByteArray &data, const QString &fileName)
{
    CoachFile file;
    file.fileName = fileName;
    RowParser parser{file, {}};
    TsvReader::read(data, file, [&](int line, const QStringList &fields) { parser.parse(line, fields); });
    return file;
}

CoachFile CoachLexicon::parseFile(const QString &path)
{
    CoachFile file;
    RowParser parser{file, {}};
    TsvReader::readFile(path, file, [&](int line, const QStringList &fields) { parser.parse(line, fields); });
    return file;
}

std::shared_ptr<const CoachLexicon> CoachLexicon::build(Language language, const QList<CoachEntry> &entries)
{
    const QList<bool> survives = latestEntries(entries, coachKindName);
    std::shared_ptr<CoachLexicon> lexicon(new CoachLexicon(language));
    QHash<QString, QStringList> address;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!survives.at(i))
            continue;
        if (entries.at(i).kind == CoachKind::Address) {
            address[entries.at(i).label] << QRegularExpression::escape(TextNormalizer::foldString(entries.at(i).term));
            continue;
        }
        const bool imperative = entries.at(i).kind == CoachKind::Request && entries.at(i).label == u"imperative";
        lexicon->m_matcher.add(entries.at(i).term, entries.at(i).kind == CoachKind::Failure ? PhraseMatcher::Tense::KeepPast
                                                   : imperative                             ? PhraseMatcher::Tense::NotPast
                                                                                            : PhraseMatcher::Tense::Any);
        lexicon->m_entries.push_back(entries.at(i));
    }
    for (auto it = address.begin(); it != address.end(); ++it)
        lexicon->m_address.insert(it.key(), QRegularExpression(u"(?<!\\w)(?:"_s + it.value().join(u'|') + u")(?!\\w)"_s));
    return lexicon;
}

QList<CoachMatch> CoachLexicon::find(const TokenizedText &text) const
{
    QList<CoachMatch> found;
    for (const PhraseMatch &m : m_matcher.findAll(text))
        found.append({&m_entries[size_t(m.phrase)], m});
    return found;
}

QHash<QString, int> CoachLexicon::countExact(const QString &text, CoachKind kind) const
{
    QHash<QString, int> counts;
    if (kind != CoachKind::Address)
        return counts;
    const QString folded = TextNormalizer::foldString(text);
    for (auto it = m_address.begin(); it != m_address.end(); ++it) {
        for (auto m = it.value().globalMatch(folded); m.hasNext(); m.next())
            ++counts[it.key()];
    }
    return counts;
}

QList<CoachMatch> CoachLexicon::find(const TokenizedText &text, CoachKind kind) const
{
    QList<CoachMatch> found = find(text);
    found.removeIf([kind](const CoachMatch &m) { return m.entry->kind != kind; });
    return found;
}

} // namespace calma
