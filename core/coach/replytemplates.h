// Reply templates (resources/replies/{es,en}.json, format in resources/replies/README.md) and the
// language's phrases the assistant needs around them (greetings, reasons, what is missing).
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

struct ReplyTemplate
{
    QString id;
    Strategy strategy = Strategy::Calm;
    QStringList situations;
    QList<ToneLevel> levels; // empty: every level
    QString text;
    QString principle;
    QString source;
    int line = 0;

    QStringList placeholders() const; // names used in text, without braces
};

struct ReplyTemplateFile : TsvDocument
{
    QList<ReplyTemplate> templates;
    QHash<QString, QString> phrases;
};

class ReplyTemplates
{
public:
    static ReplyTemplateFile parse(const QByteArray &data, const QString &fileName);
    static ReplyTemplateFile parseFile(const QString &path);
    // Later templates replace earlier ones with the same id; later phrases replace earlier ones.
    static std::shared_ptr<const ReplyTemplates> build(Language language, const QList<ReplyTemplateFile> &files);

    static const QStringList &situationNames();

    Language language() const { return m_language; }
    const QList<ReplyTemplate> &templates() const { return m_templates; }
    // A phrase of the language by key ("greeting", "reason.failure", ...); the key itself when absent.
    QString phrase(const QString &key) const;

private:
    Language m_language = Language::English;
    QList<ReplyTemplate> m_templates;
    QHash<QString, QString> m_phrases;
};

} // namespace calma
