// Line handling shared by every tab-separated data file.
#include "tone/tsvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace calma {
namespace {

void readDirective(int lineNo, const QStringList &fields, TsvDocument &document)
{
    if (fields.at(0) != u"@language" || fields.size() != 2) {
        document.error(lineNo, {}, QStringLiteral("unknown directive; the only one is \"@language<TAB>es|en\""));
        return;
    }
    const auto language = languageFromCode(fields.at(1).trimmed());
    if (!language)
        document.error(lineNo, QStringLiteral("language"), QStringLiteral("language must be \"es\" or \"en\", not \"%1\"").arg(fields.at(1)));
    else if (document.language && *document.language != *language)
        document.error(lineNo, QStringLiteral("language"), QStringLiteral("a second, different @language line"));
    else
        document.language = language;
}

std::optional<Language> languageFromFileName(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|[^a-z])(es|en)$"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QFileInfo(path).completeBaseName());
    return match.hasMatch() ? languageFromCode(match.capturedView(1)) : std::nullopt;
}

} // namespace

QString LexiconIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!field.isEmpty())
        where += QStringLiteral(" (%1)").arg(field);
    return where + QStringLiteral(": ") + message;
}

void TsvReader::read(const QByteArray &data, TsvDocument &document, const RowHandler &onRow)
{
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
            document.error(lineNo, {}, QStringLiteral("not valid UTF-8"));
            continue;
        }
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u'@'))
            readDirective(lineNo, fields, document);
        else
            onRow(lineNo, fields);
    }
}

void TsvReader::readFile(const QString &path, TsvDocument &document, const RowHandler &onRow)
{
    document.fileName = path;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        document.error(0, {}, QStringLiteral("cannot open: %1").arg(device.errorString()));
        return;
    }
    read(device.readAll(), document, onRow);
    if (!document.language)
        document.language = languageFromFileName(path);
    if (!document.language)
        document.error(0, {}, QStringLiteral("no language: add a line \"@language<TAB>es\" (or en), or end the file name in -es or -en"));
}

} // namespace calma
