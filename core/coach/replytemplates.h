// The assistant's reply parts (resources/replies/{es,en}.json, format in resources/replies/README.md):
// sentences by slot — acknowledgement, apology, action, next step… — keyed by the business, the
// failure and what the customer asks, which the suggester puts together into a reply; and the
// language's phrases around them (greetings, reference nouns, reasons, the draft coach's messages).
#pragma once

#include "tone/tonereport.h"
#include "tone/tsvreader.h"

#include <QHash>
#include <QList>
#include <memory>

namespace calma {

enum class Strategy { Calm, Apologetic, TopicShift };
QString strategyName(Strategy strategy); // "calm", "apologetic", "topic-shift"
std::optional<Strategy> strategyFromName(QStringView name);

struct ReplyPart
{
    QString text;
    QString source;
    int line = 0;
};

struct ReplyTemplateFile : TsvDocument
{
    QHash<QString, QList<ReplyPart>> parts; // key ("action.airline.refund") → its variants
    QHash<QString, QString> phrases;
};

class ReplyTemplates
{
public:
    static ReplyTemplateFile parse(const QByteArray &data, const QString &fileName);
    static ReplyTemplateFile parseFile(const QString &path);
    // Later parts replace earlier ones with the same key (all their variants); later phrases replace earlier ones.
    static std::shared_ptr<const ReplyTemplates> build(Language language, const QList<ReplyTemplateFile> &files);

    // The slots a part key starts with, and the placeholders a part may use.
    static const QStringList &slotNames();
    static const QStringList &valueNames();
    static QStringList placeholders(const QString &text); // names used in text, without braces
    // "((usted form|tú form))" → the form for the customer's register.
    static QString inRegister(const QString &text, bool informal);

    Language language() const { return m_language; }
    // The variants of a part, or null when no file has that key.
    const QList<ReplyPart> *part(const QString &key) const;
    QStringList partKeys() const { return m_parts.keys(); }
    // A phrase of the language by key ("greeting", "reason.evidence", ...); the key itself when absent.
    QString phrase(const QString &key) const;
    bool hasPhrase(const QString &key) const { return m_phrases.contains(key); }

private:
    Language m_language = Language::English;
    QHash<QString, QList<ReplyPart>> m_parts;
    QHash<QString, QString> m_phrases;
};

} // namespace calma
