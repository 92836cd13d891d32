// How tone results look in the GUI: translated level and category names, and level colours.
#pragma once

#include "tone/tonereport.h"

#include <QColor>
#include <QCoreApplication>

namespace calma::gui {

class ToneFormat
{
    Q_DECLARE_TR_FUNCTIONS(ToneFormat)
public:
    static QString levelText(ToneLevel level);
    static QString categoryText(ToneCategory category);
    static QString languageText(Language language);
    static QString statusText(const QString &status);      // open, pending, closed
    static QString factText(const QString &kind);
    static QString businessText(const QString &domain); // "airline", "hotel and travel", ...
    static QString requestText(const QString &kind);    // "a refund", "the decision reviewed", ...; empty for "other"          // order, amount, date, email, phone, product
    static QString strategyText(const QString &strategy);  // calm, apologetic, topic-shift
    static QString verdictText(const QString &verdict);    // send, review, rewrite
    static QColor levelColor(ToneLevel level); // always shown next to the level's name, never alone
    static QString levelDotHtml(ToneLevel level); // a dot in the level's colour, to put before its name
    static QString heatBadgeHtml(int heat);       // the dot, the level's name and the heat: "● Tense 31"
};

} // namespace calma::gui
