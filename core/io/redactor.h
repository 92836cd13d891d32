// Personal data out of free text, for exports that are handed to someone else: e-mail addresses,
// IBANs (checked), card numbers, DNI and NIE numbers (checked), phone numbers, dates of birth, street
// addresses, and names: the ones the database knows (customers, agents, trainees) wherever they are,
// and any name after a greeting, a title, a self-introduction or before a signature. The words around
// names, addresses and dates of birth are data (resources/io/redaction.json), in Spanish and English.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace calma {

class Database;

class Redactor
{
public:
    // `knownNames`: full names; each is redacted whole and by its parts (of three letters or more).
    explicit Redactor(const QStringList &knownNames = {});

    QString redact(const QString &text) const;

    // Every name the database holds: contacts, agents and trainees. Sets `error` when it cannot read them.
    static QStringList knownNames(const Database &database, QString *error);

    // The checks that tell a real number from a look-alike.
    static bool validIban(QStringView compact);       // ISO 13616 mod 97
    static bool validSpanishId(QStringView compact);  // DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int rank = 0; // which label wins where two overlap: the lower
    };

private:
    void findFormats(const QString &text, QList<Span> &spans) const;
    void findNames(const QString &text, QList<Span> &spans) const;

    QSet<QString> m_nameParts;   // folded: lower case, no accents
    QRegularExpression m_introduced; // a name after a greeting, a title or "me llamo", "my name is"
    QRegularExpression m_signed;     // a name after a closing: "Saludos,\nAna Ruiz"
    QRegularExpression m_signedInline; // "Best regards, Fiona Campbell" at the end of a line
    QRegularExpression m_street;     // "calle Mayor 5, 3º B", "Avda. de la Constitución nº 12"
    QRegularExpression m_streetEn;   // "221B Baker Street"
    QRegularExpression m_birth;      // "fecha de nacimiento: 12/03/1985", "born on 3 May 1990"
    QSet<QString> m_markerWords;     // words that open a greeting or a closing: never a name
};

} // namespace calma
