// Printing session reports.
#include "reportprint.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace calma::gui::ReportPrint {

namespace {

// The first table that is cut by a page boundary though it would fit on a page, or nullptr.
QTextTable *firstCutTable(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    if (page <= 0)
        return nullptr;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF r = layout->frameBoundingRect(table);
        if (r.height() < page && std::floor(r.top() / page) != std::floor((r.bottom() - 1) / page))
            return table;
    }
    return nullptr;
}

} // namespace

int tablesAcrossPages(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    if (page <= 0)
        return 0;
    int count = 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            const QRectF r = layout->frameBoundingRect(table);
            count += r.height() < page && std::floor(r.top() / page) != std::floor((r.bottom() - 1) / page);
        }
    }
    return count;
}

void keepTablesOnOnePage(QTextDocument &document)
{
    // Moving one table moves everything after it: look again from the top each time.
    const int tables = int(document.rootFrame()->childFrames().size());
    for (int round = 0; round < tables; ++round) {
        QTextTable *table = firstCutTable(document);
        if (!table)
            return;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

bool print(const QString &html, QPagedPaintDevice &device)
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.documentLayout()->setPaintDevice(&device);
    document.setHtml(html);
    // The page, less a line at the foot for the page number.
    const QFontMetricsF metrics(font, &device);
    const qreal foot = metrics.height() * 2;
    const QSizeF page(device.width(), device.height() - foot);
    if (page.width() <= 0 || page.height() <= 0)
        return false;
    document.setPageSize(page);
    keepTablesOnOnePage(document);

    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    painter.setFont(font);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        painter.drawText(QRectF(0, page.height(), page.width(), foot), Qt::AlignRight | Qt::AlignBottom, QString::number(i + 1));
    }
    return true;
}

} // namespace calma::gui::ReportPrint
