// HTML to text over libxml2's forgiving HTML parser: a walk of the tree that writes lines.
#include "mail/htmltext.h"

#include <QSet>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

QString nameOf(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

class TextWriter
{
public:
    void text(const QString &words, bool preformatted)
    {
        QString out = words;
        if (!preformatted) {
            out.replace(QChar::Nbsp, u' ');
            out = out.simplified().isEmpty() ? (words.isEmpty() ? QString() : u" "_s) : collapse(words);
        }
        for (QChar c : std::as_const(out)) {
            if (c == u'\n') {
                lineBreak();
                continue;
            }
            if (c == u' ' && (m_atLineStart || m_line.endsWith(u' ')))
                continue;
            if (m_atLineStart) {
                flushBlankLines();
                m_line = prefix();
                m_atLineStart = false;
            }
            m_line += c;
        }
    }
    void lineBreak()
    {
        if (m_atLineStart) {
            ++m_blankLines;
            return;
        }
        endLine();
    }
    void block()
    {
        if (!m_atLineStart)
            endLine();
    }
    void paragraph()
    {
        block();
        if (!m_lines.isEmpty())
            m_blankLines = std::max(m_blankLines, 1);
    }
    void enterQuote() { block(); ++m_quoteDepth; }
    void leaveQuote() { block(); --m_quoteDepth; }
    void signature()
    {
        block();
        m_lines << u"-- "_s;
        m_blankLines = 0;
    }
    QString result()
    {
        block();
        return m_lines.join(u'\n').trimmed();
    }

private:
    static QString collapse(const QString &words)
    {
        QString out;
        bool space = false;
        for (QChar c : words) {
            if (c.isSpace() || c == QChar::Nbsp) {
                space = true;
                continue;
            }
            if (space)
                out += u' ';
            space = false;
            out += c;
        }
        if (space)
            out += u' ';
        return out;
    }
    QString prefix() const { return m_quoteDepth > 0 ? QString(m_quoteDepth, u'>') + u' ' : QString(); }
    void flushBlankLines()
    {
        for (int i = 0; i < std::min(m_blankLines, 2) && !m_lines.isEmpty(); ++i)
            m_lines << prefix().trimmed();
        m_blankLines = 0;
    }
    void endLine()
    {
        while (m_line.endsWith(u' ') && m_line.size() > prefix().size())
            m_line.chop(1);
        m_lines << m_line;
        m_line.clear();
        m_atLineStart = true;
    }

    QStringList m_lines;
    QString m_line;
    bool m_atLineStart = true;
    int m_blankLines = 0;
    int m_quoteDepth = 0;
};

bool isSignatureBlock(const xmlNode *node)
{
    const QString cls = attribute(node, "class");
    return cls.contains(u"gmail_signature"_s) || cls.contains(u"moz-signature"_s) || attribute(node, "id") == u"Signature";
}

void walk(const xmlNode *node, TextWriter &out, bool preformatted)
{
    static const QSet<QString> skipped{u"script"_s, u"style"_s, u"head"_s, u"title"_s, u"noscript"_s, u"template"_s};
    static const QSet<QString> paragraphs{u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"table"_s, u"ul"_s, u"ol"_s, u"pre"_s};
    static const QSet<QString> blocks{u"div"_s, u"tr"_s, u"li"_s, u"dt"_s, u"dd"_s, u"section"_s, u"article"_s, u"header"_s,
                                      u"footer"_s, u"address"_s, u"center"_s, u"hr"_s};
    for (const xmlNode *child = node; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            out.text(QString::fromUtf8(reinterpret_cast<const char *>(child->content)), preformatted);
            continue;
        }
        if (child->type != XML_ELEMENT_NODE)
            continue;
        const QString name = nameOf(child);
        if (skipped.contains(name))
            continue;
        if (name == u"br") {
            out.lineBreak();
            continue;
        }
        const bool quote = name == u"blockquote";
        const bool signature = isSignatureBlock(child);
        if (signature)
            out.signature();
        else if (quote)
            out.enterQuote();
        else if (paragraphs.contains(name))
            out.paragraph();
        else if (blocks.contains(name))
            out.block();
        if (name == u"li")
            out.text(u"- "_s, true);
        if (name == u"td" || name == u"th")
            out.text(u" "_s, false);
        walk(child->children, out, preformatted || name == u"pre");
        if (quote)
            out.leaveQuote();
        else if (paragraphs.contains(name))
            out.paragraph();
        else if (blocks.contains(name) || signature)
            out.block();
    }
}

} // namespace

QString htmlToText(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.trimmed().isEmpty())
        return {};
    htmlDocPtr document = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!document)
        return {};
    TextWriter out;
    walk(xmlDocGetRootElement(document), out, false);
    xmlFreeDoc(document);
    return out.result();
}

} // namespace calma
