// Finding what a customer asks, sentence by sentence: each request's kind and deadline, and the
// sentences that only tell, threaten, insult or ask nothing.
#include "coach/requestfinder.h"

#include <QRegularExpression>
#include <algorithm>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

struct Sentence
{
    qsizetype first = 0; // tokens
    qsizetype last = 0;
    qsizetype start = 0; // UTF-16 offsets into the message
    qsizetype end = 0;
    bool question = false;
};

QList<Sentence> sentencesOf(const TokenizedText &tokens)
{
    QList<Sentence> sentences;
    qsizetype first = 0;
    while (first < tokens.tokens.size()) {
        qsizetype last = first;
        const int sentence = tokens.tokens.at(first).sentence;
        while (last + 1 < tokens.tokens.size() && tokens.tokens.at(last + 1).sentence == sentence)
            ++last;
        Sentence s{first, last, tokens.originalStart(first), tokens.originalEnd(last), false};
        for (qsizetype t = first; t <= last; ++t)
            s.question = s.question || tokens.tokens.at(t).questions > 0;
        // The question mark may sit after the last token ("…today?").
        const qsizetype after = s.end < tokens.original.size() ? tokens.original.indexOf(QRegularExpression(u"\\S"_s), s.end) : -1;
        s.question = s.question || (after >= 0 && tokens.original.at(after) == u'?');
        sentences << s;
        first = last + 1;
    }
    return sentences;
}

class RequestFinder
{
public:
    RequestFinder(const TokenizedText &tokens, const QList<CoachMatch> &matches, const QList<Evidence> &noise,
                  const QList<Threat> &threats, Language language)
        : m_tokens(tokens), m_matches(matches), m_noise(noise), m_threats(threats), m_language(language)
    {
    }

    void find(CustomerAsk &ask) const
    {
        const QList<const CoachMatch *> deadlines = deadlinesIn(ask);
        QList<qsizetype> requestSentences;
        const QList<Sentence> sentences = sentencesOf(m_tokens);
        for (const Sentence &s : sentences) {
            const QStringList kinds = kindsIn(s, ask);
            if (kinds.isEmpty())
                continue;
            const QString text = m_tokens.original.sliced(s.start, s.end - s.start).trimmed();
            for (const QString &kind : kinds) {
                Request r{text, s.start, s.end, s.question, kind, {}, {}};
                for (const CoachMatch *d : deadlines) {
                    // "…fixed now?": in a question, a lone "now" means "by now", not "at once".
                    const bool byNow = s.question && d->entry->label == u"now" && d->where.firstToken == d->where.lastToken;
                    if (d->where.start >= s.start && d->where.end <= s.end && r.deadline.isEmpty() && !byNow) {
                        r.deadline = d->entry->label;
                        r.deadlineText = deadlineText(*d, ask);
                    }
                }
                // Asked again later ("¿Dónde está el dinero? Necesito saberlo hoy"): one request, with the deadline.
                if (kind != u"other" && ask.request(kind)) {
                    auto same = std::find_if(ask.requests.begin(), ask.requests.end(), [&](const Request &o) { return o.kind == kind; });
                    if (same->deadline.isEmpty() && !r.deadline.isEmpty()) {
                        same->deadline = r.deadline;
                        same->deadlineText = r.deadlineText;
                    }
                    continue;
                }
                ask.requests << r;
            }
            requestSentences << s.start;
        }
        // "I need an engineer out ASAP", "respondan ya": a deadline said with an ask of no known
        // kind belongs to the ones that have a kind.
        for (const Request &other : std::as_const(ask.requests)) {
            if (other.kind != u"other" || other.deadline.isEmpty())
                continue;
            for (Request &r : ask.requests) {
                if (r.kind != u"other" && r.deadline.isEmpty()) {
                    r.deadline = other.deadline;
                    r.deadlineText = other.deadlineText;
                }
            }
        }
        // A deadline in a short sentence of its own ("Today, please.", "Hoy mismo.") belongs to the
        // only thing asked; "the engineer came today" is not a deadline.
        const bool oneAsk = requestSentences.size() == 1;
        for (const CoachMatch *d : deadlines) {
            if (!oneAsk)
                break;
            const auto own = std::find_if(sentences.begin(), sentences.end(), [&](const Sentence &s) {
                return d->where.start >= s.start && d->where.end <= s.end;
            });
            int words = 0;
            for (qsizetype t = own == sentences.end() ? 0 : own->first; own != sentences.end() && t <= own->last; ++t)
                words += m_tokens.isWord(t);
            if (own == sentences.end() || words > 4)
                continue;
            for (Request &r : ask.requests) {
                if (r.deadline.isEmpty()) {
                    r.deadline = d->entry->label;
                    r.deadlineText = deadlineText(*d, ask);
                }
            }
            break;
        }
    }

private:
    // The customer's words for a deadline, with the date after "by"/"antes del".
    QString deadlineText(const CoachMatch &m, const CustomerAsk &ask) const
    {
        qsizetype end = m.where.end;
        if (m.entry->label == u"date") {
            for (const Fact &f : ask.facts) {
                if (f.kind == FactKind::Date && f.start >= m.where.end && f.start - m.where.end <= 4)
                    end = f.end;
            }
        }
        return m_tokens.original.sliced(m.where.start, end - m.where.start);
    }

    // The deadlines the message sets: the longest phrase where two overlap ("esta mañana" over
    // "mañana"); a lone "now"/"ya" only where it closes a clause ("Fix it now", not "it's now 4pm");
    // "by"/"antes del" only in front of a date.
    QList<const CoachMatch *> deadlinesIn(const CustomerAsk &ask) const
    {
        QList<const CoachMatch *> found;
        for (const CoachMatch &m : m_matches) {
            if (m.entry->kind != CoachKind::Deadline)
                continue;
            const bool longer = std::any_of(m_matches.begin(), m_matches.end(), [&](const CoachMatch &o) {
                return o.entry->kind == CoachKind::Deadline && &o != &m && o.where.start <= m.where.start && o.where.end >= m.where.end
                    && o.where.end - o.where.start > m.where.end - m.where.start;
            });
            if (longer)
                continue;
            const QString &text = m_tokens.original;
            // "Immediately", "asap", "cuanto antes" say when wherever they stand; only the words that
            // also tell the time of day ("now", "ya", "ahora") need to close their clause.
            static const QStringList ambiguousNow{u"now"_s, u"ya"_s, u"ahora"_s};
            if (m.entry->label == u"now" && m.where.firstToken == m.where.lastToken
                && ambiguousNow.contains(tokenText(m.where.firstToken))) {
                qsizetype next = m.where.end;
                while (next < text.size() && text.at(next).isSpace() && text.at(next) != u'\n')
                    ++next;
                const QStringView rest = QStringView(text).sliced(next);
                // "Fix it now or I cancel", "get it back on NOW and tell me when": the clause ends at
                // the "or"/"and" that opens the next one.
                static const QStringList joins{u"please"_s, u"por favor"_s, u"or "_s, u"and "_s, u"o "_s, u"y "_s};
                const bool closes = rest.isEmpty() || (!rest.front().isLetterOrNumber())
                    || std::any_of(joins.begin(), joins.end(), [&](const QString &j) { return rest.startsWith(j, Qt::CaseInsensitive); });
                if (!closes || afterDuration(m))
                    continue;
            }
            if (m.entry->label == u"date") {
                const bool dated = std::any_of(ask.facts.begin(), ask.facts.end(), [&](const Fact &f) {
                    return f.kind == FactKind::Date && f.start >= m.where.end && f.start - m.where.end <= 4;
                });
                if (!dated)
                    continue;
            }
            found << &m;
        }
        std::sort(found.begin(), found.end(), [](const CoachMatch *a, const CoachMatch *b) { return a->where.start < b->where.start; });
        return found;
    }

    // "12 days now", "tres semanas ya": a lone "now" after a span of time says how long it has
    // been, not when it is wanted.
    bool afterDuration(const CoachMatch &m) const
    {
        static const QStringList units{u"minutes"_s, u"mins"_s, u"hours"_s, u"hrs"_s, u"days"_s, u"weeks"_s, u"months"_s, u"years"_s,
                                       u"hour"_s, u"day"_s, u"week"_s, u"month"_s, u"minutos"_s, u"horas"_s, u"días"_s, u"dias"_s,
                                       u"semanas"_s, u"meses"_s, u"años"_s, u"hora"_s, u"semana"_s, u"mes"_s};
        qsizetype before = m.where.firstToken - 1;
        while (before >= 0 && !m_tokens.isWord(before))
            --before;
        return before >= 0 && units.contains(tokenText(before));
    }

    bool inside(const CoachMatch &m, const Sentence &s) const { return m.where.start >= s.start && m.where.end <= s.end; }

    // "You cancelled my flight", "ya me lo cambiaron": an ask word in the past tells what happened,
    // it does not ask for it. The term itself may be a past form ("refunded", "reembolsado").
    // A past form right after "want", "need", "like" asks for it done ("I want both refunded",
    // "I'd like these charges reviewed", "necesito que quede resuelto").
    bool wantedDone(const CoachMatch &m, const Sentence &s) const
    {
        constexpr qsizetype kReach = 6; // "I want the last 2 nights refunded"
        return std::any_of(m_matches.begin(), m_matches.end(), [&](const CoachMatch &r) {
            return r.entry->kind == CoachKind::Request && (r.entry->label == u"request" || r.entry->label == u"modal")
                && r.where.firstToken >= s.first
                && r.where.lastToken < m.where.firstToken && m.where.firstToken - r.where.lastToken <= kReach;
        });
    }

    // The first word of the match as the customer wrote it, in lower case.
    QString firstWord(const CoachMatch &m) const
    {
        return m_tokens.original.sliced(m.where.start, m.where.end - m.where.start).section(u' ', 0, 0).toLower();
    }

    // The match's first word in the past: Spanish also the future or conditional of a promise
    // reported ("dijeron que me devolverían").
    bool pastForm(const CoachMatch &m) const
    {
        static const PerLanguage<QRegularExpression> pastEndings{
            QRegularExpression(u"(?:aron|ieron|ado|ada|ados|adas|ido|ida|idos|idas|uelto|uelta|ueltos|ueltas|ó|é|í|aste|iste|ían|ía|rán|rá)$"_s),
            QRegularExpression(u"ed$"_s)};
        // "dé", "sé": a word of two letters is no preterite.
        const QString word = firstWord(m);
        return word.size() > 2 && pastEndings[m_language].match(word).hasMatch();
    }

    // "changed", "cambiaron" where a command's verb stands; "need", "speed" are no past.
    bool commandInPast(const CoachMatch &m) const
    {
        static const PerLanguage<QRegularExpression> pastEndings{
            QRegularExpression(u"(?:aron|ieron|asteis|isteis|aste|iste)$"_s), QRegularExpression(u"^\\w{3,}[^e]ed$"_s)};
        return pastEndings[m_language].match(firstWord(m)).hasMatch();
    }

    bool reported(const CoachMatch &m, const Sentence &s) const
    {
        // "NO QUIERO BONO", "I don't want a voucher": refused, not asked for.
        static const QRegularExpression refused(u"\\b(?:no|not|don't|dont|never|nunca|ni)\\s+(?:\\w+\\s+){0,2}$"_s, QRegularExpression::CaseInsensitiveOption);
        const QString before = m_tokens.original.sliced(s.start, m.where.start - s.start);
        if (refused.match(before).hasMatch() && !before.endsWith(u"que "_s))
            return true;
        if (wantedDone(m, s)) {
            return false;
        }
        // "el informe del fontanero": after an article, a verb's form ending in -e ("informe") is the
        // noun; "una explicación" still asks.
        static const QRegularExpression article(u"\\b(?:el|la|los|las|un|una|del|al)\\s+$"_s, QRegularExpression::CaseInsensitiveOption);
        const QString said = m_tokens.original.sliced(m.where.start, m.where.end - m.where.start).toLower();
        if (m_language == Language::Spanish && m.entry->label == u"information" && said.endsWith(u'e') && article.match(before).hasMatch())
            return true;
        if (pastForm(m))
            return true;
        const QString word = firstWord(m);
        // "les explico", "lo reviso": the customer telling what they do, in the first person.
        const QString term = m.entry->term.section(u' ', 0, 0).toLower();
        if (m_language == Language::Spanish && word.endsWith(u'o') && !term.endsWith(u'o') && word.size() > 3)
            return true;
        return m_language == Language::Spanish && !s.question && presentIndicative(m, s);
    }

    static const QStringList &spanishClitics()
    {
        static const QStringList clitics{u"me"_s, u"nos"_s, u"te"_s, u"le"_s, u"les"_s, u"se"_s, u"lo"_s, u"la"_s, u"los"_s, u"las"_s};
        return clitics;
    }

    // The first word of a phrase that is not a pronoun: the verb of "me devuelvan".
    static QString verbOf(const QString &phrase)
    {
        const QStringList words = phrase.toLower().split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!spanishClitics().contains(w))
                return w;
        }
        return words.isEmpty() ? QString() : words.first();
    }

    // The indicative's vowel of the verb a listed form belongs to: 'a' for -ar, 'e' for -er and -ir;
    // null when the form is not a verb's.
    static QChar verbClassVowel(const QString &term, const QString &word)
    {
        if (term.size() < 4 || word == term)
            return {};
        if (term.endsWith(u"ar"))
            return u'a';
        if (term.endsWith(u"er") || term.endsWith(u"ir"))
            return u'e';
        // The ask form itself is listed ("cancelen", "devuelvan"): the same verb with the other
        // vowel is the indicative ("cancelan", "devuelven").
        if (word.size() == term.size() && word.chopped(2) == term.chopped(2)) {
            if (term.endsWith(u"en"))
                return u'a';
            if (term.endsWith(u"an"))
                return u'e';
        }
        return {};
    }

    // "Me cancelan el vuelo", "nos cobran dos veces", "el banco me bloquea la tarjeta": the present
    // indicative tells what they do; the subjunctive asks ("cancelen", "que me devuelvan"). The
    // verb's class says which ending is which: -ar takes -a/-an in the indicative and -e/-en in the
    // subjunctive, -er and -ir the other way round. A singular form that opens the sentence may be
    // a tú imperative ("cancela mi suscripción"), so only a plural form, or a singular one after a
    // pronoun or inside the sentence, is read as telling.
    bool presentIndicative(const CoachMatch &m, const Sentence &s) const
    {
        const QString word = verbOf(m_tokens.original.sliced(m.where.start, m.where.end - m.where.start));
        if (word.size() < 4)
            return false;
        // Several listed forms match one word ("cancelar", "cancelen", "cancela"): any of them that
        // shows the verb's class decides.
        QChar vowel;
        for (const CoachMatch &other : m_matches) {
            if (other.entry->kind != CoachKind::Ask || other.where.start > m.where.end || other.where.end < m.where.start
                || !vowel.isNull() || verbOf(m_tokens.original.sliced(other.where.start, other.where.end - other.where.start)) != word)
                continue;
            vowel = verbClassVowel(verbOf(other.entry->term), word);
        }
        if (vowel.isNull())
            return false; // a noun ("reembolso"), not a verb
        if (word.endsWith(QString(vowel) + u'n'))
            return true;
        if (!word.endsWith(vowel))
            return false;
        // The verb is at the start of the match, or after the pronouns the phrase lists ("me devuelva").
        qsizetype verb = m.where.firstToken;
        while (verb < m.where.lastToken && spanishClitics().contains(tokenText(verb)))
            ++verb;
        const qsizetype before = verb - 1;
        const bool afterPronoun = before >= s.first && m_tokens.isWord(before)
            && spanishClitics().contains(tokenText(before));
        return afterPronoun || verb - s.first > 1;
    }

    QString tokenText(qsizetype t) const
    {
        return m_tokens.original.sliced(m_tokens.originalStart(t), m_tokens.originalEnd(t) - m_tokens.originalStart(t)).toLower();
    }

    bool inThreat(qsizetype start, qsizetype end) const
    {
        return std::any_of(m_threats.begin(), m_threats.end(), [&](const Threat &t) { return start < t.where.end && t.where.start < end; });
    }

    bool inNoise(qsizetype start, qsizetype end) const
    {
        return std::any_of(m_noise.begin(), m_noise.end(), [&](const Evidence &e) { return start < e.end && e.start < end; });
    }

    // "Si mañana no tengo el dinero en la cuenta, pongo una reclamación", "If I don't hear back by
    // Friday I'm going to the ombudsman": a threat with a condition asks for what the condition
    // names, by the deadline it gives. The kinds are the ask words of the condition (told or not),
    // or "other" when it names none.
    bool ultimatum(const Sentence &s, QStringList &kinds) const
    {
        static const QStringList openers{u"si"_s, u"if"_s, u"unless"_s, u"a menos"_s};
        static const QStringList negators{u"no"_s, u"not"_s, u"don't"_s, u"dont"_s, u"doesn't"_s, u"haven't"_s, u"hasn't"_s,
                                          u"isn't"_s, u"aren't"_s, u"won't"_s, u"never"_s, u"nunca"_s, u"nadie"_s, u"nobody"_s, u"unless"_s};
        qsizetype first = s.first;
        while (first < s.last && !m_tokens.isWord(first))
            ++first;
        if (first < s.last && (tokenText(first) == u"y" || tokenText(first) == u"and" || tokenText(first) == u"pero" || tokenText(first) == u"but"))
            ++first;
        if (!openers.contains(tokenText(first)))
            return false;
        qsizetype conditionEnd = s.end;
        for (const Threat &t : m_threats) {
            if (t.where.start >= s.start && t.where.end <= s.end)
                conditionEnd = std::min(conditionEnd, t.where.start);
        }
        const qsizetype comma = m_tokens.original.indexOf(u',', m_tokens.originalStart(first));
        if (comma >= 0 && comma < conditionEnd)
            conditionEnd = comma;
        bool negated = tokenText(first) == u"unless";
        for (qsizetype t = first + 1; t <= s.last && m_tokens.originalStart(t) < conditionEnd && !negated; ++t)
            negated = m_tokens.isWord(t) && negators.contains(tokenText(t));
        if (!negated)
            return false;
        for (const CoachMatch &m : m_matches) {
            if (m.entry->kind == CoachKind::Ask && m.where.start >= s.start && m.where.end <= conditionEnd && !kinds.contains(m.entry->label))
                kinds << m.entry->label;
        }
        if (kinds.isEmpty())
            kinds << u"other"_s;
        return true;
    }

    // Where the clause holding token `t` starts: the sentence's start, or the word after a comma,
    // semicolon or colon, or after "and", "or", "y", "o" ("I'm at home now, please unblock it",
    // "arreglad esto o decidme cómo").
    qsizetype clauseStart(qsizetype t, const Sentence &s) const
    {
        static const QStringList joins{u"and"_s, u"or"_s, u"then"_s, u"y"_s, u"e"_s, u"o"_s, u"u"_s, u"luego"_s};
        for (qsizetype p = t; p > s.first; --p) {
            const qsizetype gapStart = m_tokens.originalEnd(p - 1);
            const QStringView gap = QStringView(m_tokens.original).sliced(gapStart, m_tokens.originalStart(p) - gapStart);
            if (gap.contains(u',') || gap.contains(u';') || gap.contains(u':'))
                return p;
            // The tokenizer may keep the comma as a token of its own ("Además , cancelen").
            if (!m_tokens.isWord(p - 1)) {
                const QStringView mark = QStringView(m_tokens.original).sliced(m_tokens.originalStart(p - 1), m_tokens.originalEnd(p - 1) - m_tokens.originalStart(p - 1));
                if (mark.contains(u',') || mark.contains(u';') || mark.contains(u':'))
                    return p;
            }
            if (m_tokens.isWord(p - 1) && joins.contains(tokenText(p - 1)))
                return p;
        }
        return s.first;
    }

    // The word opens its sentence or a clause, or follows one word there ("please refund it"), but
    // not a subject ("…, I'm taking this to court" tells what the customer will do).
    bool opensClause(const CoachMatch &m, const Sentence &s) const
    {
        static const QStringList subjects{u"i"_s, u"i'm"_s, u"im"_s, u"i’m"_s, u"i'll"_s, u"i’ll"_s, u"we"_s, u"we're"_s,
                                          u"we’re"_s, u"we'll"_s, u"we’ll"_s, u"you"_s, u"they"_s, u"he"_s, u"she"_s, u"it"_s,
                                          u"yo"_s, u"nosotros"_s, u"ellos"_s};
        const qsizetype first = m.where.firstToken;
        const qsizetype start = std::max(s.first, clauseStart(first, s));
        if (first == s.first || first == start)
            return true;
        return first - start == 1 && !(m_tokens.isWord(first - 1) && subjects.contains(tokenText(first - 1)));
    }

    // "…you froze it without telling me", "lo cortaron sin avisarme": a request's words inside a
    // clause of manner or time tell how something happened, they ask for nothing; nor do another
    // person's wishes.
    bool subordinate(const CoachMatch &m, const Sentence &s) const
    {
        static const QRegularExpression manner(u"\\b(?:without|before|after|sin|antes de|después de|despues de)\\s+$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        // "He's wanting to borrow it", "ella quiere cambiarlo": what someone else wants is told, not asked.
        static const QRegularExpression someoneElse(u"\\b(?:he|she|they|he's|she's|they're|he’s|she’s|they’re|él|ella|ellos|ellas)\\s+$"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
        // "…and now he wants a refund", "ella quiere la baja": the thing another person wants.
        static const QRegularExpression theirWish(
            u"\\b(?:he|she|they|él|ella|ellos|ellas)\\s+(?:wants?|needs?|would like|asked for|asks for|quiere|quieren|necesita|necesitan|pide|piden|pidió|pidieron)\\s+(?:[\\w’']+\\s+){0,2}$"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const QString before = m_tokens.original.sliced(s.start, m.where.start - s.start);
        if (manner.match(before).hasMatch())
            return true;
        if (m.entry->kind == CoachKind::Ask) {
            // "80 € por cambiar el nombre", "charged £20 for cancelling": what a fee or a fault was
            // for, not what is asked ("llamo para cancelar" still asks).
            static const PerLanguage<QRegularExpression> forDoing{
                QRegularExpression(u"^\\w+(?:ar|er|ir|ár|ér|ír)(?:lo|la|los|las|le|les|me|nos|se)?$"_s, QRegularExpression::UseUnicodePropertiesOption),
                QRegularExpression(u"^\\w+ing$"_s)};
            static const PerLanguage<QRegularExpression> forWord{
                QRegularExpression(u"\\bpor\\s+$"_s, QRegularExpression::CaseInsensitiveOption),
                QRegularExpression(u"\\bfor\\s+$"_s, QRegularExpression::CaseInsensitiveOption)};
            const QString first = firstWord(m);
            if (forWord[m_language].match(before).hasMatch() && forDoing[m_language].match(first).hasMatch())
                return true;
            // "I'll make sure everyone I know cancels with you", "mis amigos también se darán de baja":
            // other people as the subject of the ask word warn of what they will do; they ask nothing.
            static const QRegularExpression othersDo(
                u"\\b(?:everyone|everybody|people|others|all my|my friends|my family|my colleagues|my coworkers|my neighbou?rs|"
                u"todo el mundo|todos mis|todas mis|mis amigos|mis amigas|mi familia|mis compañeros|mis vecinos|la gente)"
                u"(?:\\s+[\\w’']+){0,3}\\s+$"_s,
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            if (othersDo.match(before).hasMatch())
                return true;
            return theirWish.match(before).hasMatch();
        }
        // "I'll also make sure everyone hears about this": what the customer will do is told, not asked.
        static const QRegularExpression ownWill(
            uR"(\b(?:i'll|i’ll|ill|i will|we'll|we’ll|we will|i'm going to|i’m going to|i am going to|im gonna|i'm gonna|i’m gonna)(?:\s+(?:also|just|personally|definitely|absolutely))?\s+$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        return m.entry->label == u"request" && (someoneElse.match(before).hasMatch() || ownWill.match(before).hasMatch());
    }

    // "Fix it today or I cancel": what follows "or I" is what the customer will do, not an ask.
    bool consequence(const CoachMatch &m, const Sentence &s) const
    {
        // "…or I'm cancelling", "or we'll just go elsewhere", "o me voy a dar de baja".
        static const QRegularExpression orI(
            u"\\b(?:or|o)\\s+(?:else\\s+)?(?:(?:i|i'll|ill|i will|i'm|im|i’m|i’ll|i am|we|we'll|we’ll|we're|we’re|we will|yo)\\s+"
            u"(?:(?:am|are|will|just|be|have to|going to|gonna)\\s+)*|(?:yo\\s+)?(?:me\\s+)?(?:voy|vamos)\\s+a\\s+)$"_s,
            QRegularExpression::CaseInsensitiveOption);
        return orI.match(m_tokens.original.sliced(s.start, m.where.start - s.start)).hasMatch();
    }

    // "¿¿Una factura de 612 € en un piso así??": doubled question marks with no question word,
    // no request word and nothing asked for are outrage, not a question.
    bool outraged(const Sentence &s) const
    {
        qsizetype end = s.end;
        while (end < m_tokens.original.size() && (m_tokens.original.at(end) == u'?' || m_tokens.original.at(end).isSpace()))
            ++end;
        return QStringView(m_tokens.original).sliced(s.start, end - s.start).count(u'?') >= 2;
    }

    // The kinds a sentence asks for, or nothing when it asks nothing: a rhetorical question, an
    // insult, a threat or a plain statement.
    QStringList kindsIn(const Sentence &s, CustomerAsk &ask) const
    {
        bool rhetorical = false, marker = false, questionWord = false, interrogative = false, threat = false, imperative = false;
        bool modal = false; // "can you…?", "¿me lo pueden…?" opens the question
        qsizetype firstMarker = s.end; // where the first request word outside a threat starts
        QStringList kinds;
        // Where the first ask for information starts, and the kinds named after it that no clause
        // of their own asks for: "quisiera saber si puedo pausarla sin perder el descuento", "how
        // long do refunds take" ask to be told about a discount or a refund, not for one.
        qsizetype firstInformation = s.end;
        QStringList toldAbout, askedOwn;
        for (const CoachMatch &m : m_matches) {
            if (!inside(m, s))
                continue;
            const bool outside = !inThreat(m.where.start, m.where.end) && !inNoise(m.where.start, m.where.end);
            switch (m.entry->kind) {
            case CoachKind::Rhetorical:
                // "de verdad", "seriously" inside a plain sentence only stress it.
                if (!s.question && m.where.firstToken - s.first > 1)
                    break;
                rhetorical = true;
                {
                    // One span for words that several entries match, whole or in part ("tiene idea",
                    // "tienen idea"; "are you serious", "serious"; "tienen idea de lo que", "qué es esto").
                    qsizetype start = m.where.start, end = m.where.end;
                    ask.rhetorical.removeIf([&](const Span &r) {
                        if (r.end <= start || r.start >= end)
                            return false;
                        start = std::min(start, r.start);
                        end = std::max(end, r.end);
                        return true;
                    });
                    ask.rhetorical << Span{m_tokens.original.sliced(start, end - start), start, end};
                }
                break;
            case CoachKind::Request: {
                if (m.entry->label == u"statement")
                    return {}; // "just wanted to say", "solo quería comentar": telling, not asking
                const bool asksAtQuestionWord = m.entry->label == u"question" || m.entry->label == u"interrogative";
                // "Take the £34 off", "Manden a alguien": a verb that asks only where it opens the
                // sentence or a clause; "who", "cuándo" ask only in a question or at its start.
                // "Nothing changed on my side": a past form is no command, whatever its stem.
                if (m.entry->label == u"imperative" && (!opensClause(m, s) || commandInPast(m)))
                    break;
                if (subordinate(m, s))
                    break;
                if (asksAtQuestionWord && m.where.firstToken != s.first && !s.question)
                    break;
                if (outside) {
                    marker = true;
                    firstMarker = std::min(firstMarker, m.where.start);
                    questionWord = questionWord || asksAtQuestionWord;
                    // "When is the money coming back?", "¿Cuándo lo van a arreglar?": a question that
                    // opens with a question word asks to be told, whatever it is about.
                    interrogative = interrogative || (m.entry->label == u"interrogative" && s.question && m.where.firstToken - s.first <= 1);
                    modal = modal || (m.entry->label == u"modal" && s.question && m.where.firstToken - s.first <= 2);
                }
                break;
            }
            case CoachKind::Ask:
                if (outside && !reported(m, s) && !consequence(m, s) && !subordinate(m, s)) {
                    if (!kinds.contains(m.entry->label))
                        kinds << m.entry->label;
                    // "Refund the duplicate", "Cancelen el pedido", "…, desbloquéenla": the ask word
                    // opens the sentence or a clause.
                    const bool opens = opensClause(m, s);
                    imperative = imperative || opens;
                    if (m.entry->label == u"information")
                        firstInformation = std::min(firstInformation, m.where.start);
                    else if (m.where.start > firstInformation && !opens && !wantedDone(m, s))
                        toldAbout << m.entry->label;
                    else
                        askedOwn << m.entry->label;
                }
                break;
            default:
                break;
            }
        }
        // A rhetorical question asks to be told nothing; what it names is what is wanted: "do you have
        // any idea how long I've waited for this refund?" wants the refund.
        if (rhetorical) {
            kinds.removeAll(u"information"_s);
        } else {
            if (interrogative && !kinds.isEmpty())
                kinds = {u"information"_s};
            for (const QString &kind : std::as_const(toldAbout)) {
                if (!askedOwn.contains(kind))
                    kinds.removeAll(kind);
            }
        }
        if (s.question && !questionWord && !marker && kinds.isEmpty() && outraged(s))
            return {};
        threat = std::any_of(m_threats.begin(), m_threats.end(), [&](const Threat &t) { return t.where.start >= s.start && t.where.end <= s.end; });
        qsizetype wordChars = 0, noiseChars = 0;
        for (qsizetype t = s.first; t <= s.last; ++t) {
            if (m_tokens.isWord(t))
                wordChars += m_tokens.tokens.at(t).length();
        }
        for (const Evidence &e : m_noise) {
            if (e.start >= s.start && e.end <= s.end)
                noiseChars += e.end - e.start;
        }
        if (wordChars == 0 || noiseChars * 2 >= wordChars)
            return {};
        if (rhetorical && kinds.isEmpty())
            return {};
        // "I need a date before Friday or I'll go to the ombudsman", "Necesito una fecha antes del
        // viernes o reclamaré a la DGSFP": a request that comes before the threat is still a request.
        const bool asksFirst = marker && std::all_of(m_threats.begin(), m_threats.end(), [&](const Threat &t) {
            return t.where.start < s.start || t.where.end > s.end || firstMarker < t.where.start;
        });
        if (threat && kinds.isEmpty() && !asksFirst && !ultimatum(s, kinds))
            return {};
        if (threat && !kinds.isEmpty() && !s.question && !marker && !imperative)
            return kinds; // "If I don't have my refund by Friday, I'm going to the ombudsman"
        if (!(s.question || marker || imperative))
            return {};
        // "Can you send it tonight?", "¿Me lo pueden mandar?": a yes-or-no question that opens with a
        // modal request asks for the thing done; "can you tell me…" names information and asks that.
        if ((s.question || questionWord) && kinds.isEmpty())
            kinds << (modal && !questionWord ? u"other"_s : u"information"_s);
        if (kinds.isEmpty())
            kinds << u"other"_s;
        return kinds;
    }

    const TokenizedText &m_tokens;
    const QList<CoachMatch> &m_matches;
    const QList<Evidence> &m_noise;
    const QList<Threat> &m_threats;
    Language m_language;
};

} // namespace

void findRequests(const TokenizedText &tokens, const QList<CoachMatch> &matches, const QList<Evidence> &noise,
                  const QList<Threat> &threats, Language language, CustomerAsk &ask)
{
    RequestFinder(tokens, matches, noise, threats, language).find(ask);
}

} // namespace calma
