// What the customer wrote in a mail, without the quoted earlier messages and the signature, and the
// subject without its "Re:"/"RV:" prefixes. The markers are data: resources/mail/reply-markers.json.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace calma {

class ReplyText
{
public:
    // The shipped markers (loaded once; thread-safe to share).
    static const ReplyText &shipped();
    // Markers from JSON; `error` says what is wrong and where ("FILE (quote_headers[2]): …").
    static std::optional<ReplyText> fromJson(const QByteArray &json, const QString &fileName, QString *error);

    // The text up to the first quote header or signature, without '>' lines, trimmed. When that leaves
    // nothing (a bare forward), the whole text, without its signature only.
    QString customerText(const QString &text) const;
    // "Re: RV: Fwd: Pedido 123" → "Pedido 123"; also "Re[2]:" and "RE :".
    QString baseSubject(const QString &subject) const;
    bool hasReplyPrefix(const QString &subject) const { return baseSubject(subject) != subject.simplified(); }

private:
    ReplyText() = default;
    QString withoutQuoteLines(const QString &text) const;
    qsizetype firstMatch(const QList<QRegularExpression> &patterns, const QString &text) const;

    QList<QRegularExpression> m_quoteHeaders;
    QList<QRegularExpression> m_signatures;
    QRegularExpression m_quoteLine;
    QRegularExpression m_subjectPrefix;
};

} // namespace calma
