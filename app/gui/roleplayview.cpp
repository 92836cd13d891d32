// Role-play HTML for the training panel and the trainer's window.
#include "roleplayview.h"

#include "toneformat.h"

#include <QComboBox>

namespace calma::gui {
namespace {

QString effectLine(const TurnEffect &e)
{
    const QColor color = e.delta > 0 ? ToneFormat::levelColor(ToneLevel::Hostile) : ToneFormat::levelColor(ToneLevel::Calm);
    QString what = triggerDescription(e.trigger);
    if (!e.phrase.isEmpty())
        what += QStringLiteral(" “%1”").arg(e.phrase);
    return QStringLiteral("<span style=\"color:%1\">%2%3</span> %4")
        .arg(color.darker(130).name(), e.delta > 0 ? QStringLiteral("+") : QString())
        .arg(e.delta)
        .arg(what.toHtmlEscaped());
}

} // namespace

QString RoleplayView::modeText(SessionMode mode)
{
    return mode == SessionMode::Live ? tr("Live: a trainer plays the customer") : tr("Simulated customer");
}

void RoleplayView::addScenarios(QComboBox *box, const ScenarioLibrary &library)
{
    for (const auto &s : library.all())
        box->addItem(QStringLiteral("%1 — %2").arg(ToneFormat::languageText(s->language), s->title), s->id);
}

QString RoleplayView::transcriptHtml(const QList<RoleplayTurn> &turns, const QString &customerName, const QString &traineeLabel,
                                     const ScoreCard *card, bool showEffects)
{
    QString html;
    const qint64 start = turns.isEmpty() ? 0 : turns.first().sentMs;
    for (const RoleplayTurn &t : turns) {
        const bool customer = t.fromCustomer();
        const qint64 seconds = std::max<qint64>(0, (t.sentMs - start) / 1000);
        const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        QString meta = clock;
        if (customer)
            meta += QStringLiteral(" · ") + ToneFormat::heatBadgeHtml(t.heat);
        else if (t.responseMs >= 0)
            meta += QStringLiteral(" · ") + tr("answered in %1 s").arg(t.responseMs / 1000);
        QString notes;
        if (!customer && card) {
            for (const TurnFeedback &f : card->turns) {
                if (f.turnIndex != t.index)
                    continue;
                for (const QString &n : f.notes)
                    notes += QStringLiteral("<br>• ") + n.toHtmlEscaped();
            }
        } else if (!customer && showEffects) {
            for (const TurnEffect &e : t.effects)
                notes += QStringLiteral("<br>• ") + effectLine(e);
        }
        if (!t.annotation.isEmpty())
            notes += QStringLiteral("<br><i>") + tr("Trainer's note: %1").arg(t.annotation).toHtmlEscaped() + QStringLiteral("</i>");
        const QString background = customer ? QStringLiteral("#fff1e6") : QStringLiteral("#e8f1fd");
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-%1:60px; margin-bottom:6px; background:%2; color:#1c1c1c\">"
                               "<tr><td><b>%3</b> <small>%4</small><br>%5<small>%6</small></td></tr></table>")
                    .arg(customer ? QStringLiteral("right") : QStringLiteral("left"), background,
                         (customer ? customerName : traineeLabel).toHtmlEscaped(), meta,
                         t.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), notes);
    }
    return html;
}

QString RoleplayView::scoreHtml(const ScoreCard &card, Outcome outcome)
{
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b> · %3</p><table cellpadding=\"3\" width=\"100%\">")
                       .arg(tr("Score: %1 / 100").arg(card.total).toHtmlEscaped(),
                            SessionScorer::outcomeTitle(outcome).toHtmlEscaped(),
                            tr("heat %1 → %2, peak %3").arg(card.startHeat).arg(card.endHeat).arg(card.peakHeat).toHtmlEscaped());
    for (const ScoreItem &i : card.items) {
        html += QStringLiteral("<tr><td><b>%1</b><br><small>%2</small></td><td align=\"right\" style=\"white-space:nowrap\">%3 / %4</td></tr>")
                    .arg(i.title.toHtmlEscaped(), i.detail.toHtmlEscaped())
                    .arg(i.points)
                    .arg(i.maximum);
    }
    html += QStringLiteral("</table><p><small>%1</small></p>").arg(tr("What each reply did is shown under it in the transcript.").toHtmlEscaped());
    return html;
}

QString RoleplayView::rubricHtml()
{
    return QStringLiteral("<p><b>%1</b></p><ul><li>%2</li><li>%3</li><li>%4</li><li>%5</li><li>%6</li><li>%7</li><li>%8</li></ul>")
        .arg(tr("How you are scored (out of 100):"), tr("Heat at the end against the start (25)"), tr("Peak heat (10)"),
             tr("Escalating phrases: none is best (20)"), tr("Apologies that fit: for real failures, not for a position in a money dispute (10)"),
             tr("What they asked, answered (15)"), tr("Response times (10)"), tr("Outcome: resolved is best (10)"));
}

QString RoleplayView::briefHtml(const Scenario &s)
{
    QString facts;
    for (const ScenarioFact &f : s.facts)
        facts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped());
    return QStringLiteral("<p style=\"margin:0\"><b>%1</b> — %2</p><p style=\"margin:4px 0\">%3</p><table cellpadding=\"1\">%4</table>"
                          "<p style=\"margin-top:4px\"><small>%5</small></p>")
        .arg(s.personaName.toHtmlEscaped(), s.personaDescription.toHtmlEscaped(), s.summary.toHtmlEscaped(), facts,
             tr("%1 minutes, %2 replies at most").arg(s.timeLimitMinutes).arg(s.maxTurns).toHtmlEscaped());
}

QString RoleplayView::scenarioHtml(const Scenario &s)
{
    QString facts;
    for (const ScenarioFact &f : s.facts)
        facts += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(f.label.toHtmlEscaped(), f.value.toHtmlEscaped());
    return QStringLiteral("<h3>%1</h3><p><b>%2</b> — %3</p><p>%4</p><table cellpadding=\"2\">%5</table><p><small>%6</small></p>")
        .arg(s.title.toHtmlEscaped(), s.personaName.toHtmlEscaped(), s.personaDescription.toHtmlEscaped(), s.summary.toHtmlEscaped(), facts,
             tr("%1 · starting heat %2 · %3 minutes, %4 replies at most")
                 .arg(ToneFormat::languageText(s.language))
                 .arg(s.startHeat)
                 .arg(s.timeLimitMinutes)
                 .arg(s.maxTurns)
                 .toHtmlEscaped());
}

} // namespace calma::gui
