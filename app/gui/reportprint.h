// Printing a session report (HTML) to PDF so that no turn of the transcript is cut across two pages.
// QTextDocument does not honour `page-break-inside: avoid`, so each table that would be cut and fits
// on one page is moved to the next one (the report draws each turn as a table of its own).
#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace calma::gui::ReportPrint {

// Tables that cross a page boundary of the document's page size though they would fit on one page.
int tablesAcrossPages(QTextDocument &document);
// Moves each of them to the top of the next page.
void keepTablesOnOnePage(QTextDocument &document);
// Lays `html` out on the device's pages (10 pt), keeps tables whole and prints it with page numbers.
// False when there was nothing to draw on.
bool print(const QString &html, QPagedPaintDevice &device);

} // namespace calma::gui::ReportPrint
