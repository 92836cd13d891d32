// Modified UTF-7, by hand: Qt has no codec for it, and it is twenty lines of base64 over UTF-16.
#include "mail/mailboxname.h"

namespace calma {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool directlyWritten(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

void appendRun(QByteArray &out, QStringView run)
{
    out += '&';
    quint32 bits = 0;
    int count = 0;
    for (const QChar ch : run) {
        bits = (bits << 16) | ch.unicode();
        count += 16;
        while (count >= 6) {
            count -= 6;
            out += kAlphabet[(bits >> count) & 0x3f];
        }
        bits &= (1u << count) - 1;
    }
    if (count > 0)
        out += kAlphabet[(bits << (6 - count)) & 0x3f];
    out += '-';
}

} // namespace

QByteArray encodeMailboxName(const QString &name)
{
    QByteArray out;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        const bool end = i == name.size();
        const bool direct = !end && directlyWritten(name.at(i).unicode());
        if ((end || direct) && runStart >= 0) {
            appendRun(out, QStringView(name).mid(runStart, i - runStart));
            runStart = -1;
        }
        if (end)
            break;
        if (direct)
            out += name.at(i) == u'&' ? QByteArray("&-") : QByteArray(1, char(name.at(i).unicode()));
        else if (runStart < 0)
            runStart = i;
    }
    return out;
}

std::optional<QString> decodeMailboxName(const QByteArray &wire)
{
    QString out;
    bool afterRun = false; // "&…-&…-" must have been written as one run
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char c = wire.at(i);
        if (!directlyWritten(char16_t(static_cast<unsigned char>(c))))
            return std::nullopt;
        if (c != '&') {
            out += QChar(char16_t(c));
            afterRun = false;
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0)
            return std::nullopt;
        if (end == i + 1) { // "&-"
            out += u'&';
            i = end;
            afterRun = false;
            continue;
        }
        if (afterRun)
            return std::nullopt;
        quint32 bits = 0;
        int count = 0;
        QString run;
        for (qsizetype j = i + 1; j < end; ++j) {
            const int v = sextet(wire.at(j));
            if (v < 0)
                return std::nullopt;
            bits = (bits << 6) | quint32(v);
            count += 6;
            if (count >= 16) {
                count -= 16;
                run += QChar(char16_t((bits >> count) & 0xffff));
                bits &= (1u << count) - 1;
            }
        }
        // What is left must be fewer than 6 zero bits: the padding of the last UTF-16 unit.
        if (count >= 6 || bits != 0 || run.isEmpty())
            return std::nullopt;
        for (qsizetype k = 0; k < run.size(); ++k) {
            const QChar ch = run.at(k);
            if (directlyWritten(ch.unicode()))
                return std::nullopt;
            if (ch.isHighSurrogate() && !(k + 1 < run.size() && run.at(k + 1).isLowSurrogate()))
                return std::nullopt;
            if (ch.isLowSurrogate() && !(k > 0 && run.at(k - 1).isHighSurrogate()))
                return std::nullopt;
        }
        out += run;
        i = end;
        afterRun = true;
    }
    return out;
}

} // namespace calma
