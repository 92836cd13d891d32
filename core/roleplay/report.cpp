// Writing session reports.
#include "roleplay/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace calma {
namespace {

using namespace Qt::StringLiterals;

QString speakerTitle(const RoleplayTurn &t)
{
    if (!t.fromCustomer())
        return QCoreApplication::translate("CalmaRoleplay", "Trainee");
    return t.speaker == u"trainer" ? QCoreApplication::translate("CalmaRoleplay", "Customer (trainer)")
                                   : QCoreApplication::translate("CalmaRoleplay", "Customer");
}

QString clock(qint64 ms, qint64 startMs)
{
    const qint64 s = std::max<qint64>(0, (ms - startMs) / 1000);
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

const TurnFeedback *feedbackFor(const ScoreCard &card, int index)
{
    for (const TurnFeedback &f : card.turns) {
        if (f.turnIndex == index)
            return &f;
    }
    return nullptr;
}

} // namespace

QString SessionReport::html(const SessionRecord &session, const QList<RoleplayTurn> &turns, const ScoreCard &card)
{
    const qint64 start = session.startedMs ? session.startedMs : (turns.isEmpty() ? 0 : turns.first().sentMs);
    QString h;
    h += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + session.scenarioTitle.toHtmlEscaped()
        + u"</title><style>body{font-family:sans-serif;max-width:46em;margin:2em auto;color:#222}"
          "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}"
          ".customer{background:#fff4ec}.trainee{background:#eef5ff}.note{color:#555;font-style:italic}"
          ".raise{color:#b3261e}.lower{color:#1e7b34}.score{font-size:2em;font-weight:bold}"
          // Printed (a browser's print, or the app's PDF), no row of the transcript is cut across two pages.
          "table.turn{margin:0;page-break-inside:avoid;break-inside:avoid}table.turn td{border-top:none}"
          "tr{page-break-inside:avoid;break-inside:avoid}</style></head><body>\n"_s;
    h += u"<h1>"_s + QCoreApplication::translate("CalmaRoleplay", "Role-play report").toHtmlEscaped() + u"</h1>\n<p><b>"_s + session.scenarioTitle.toHtmlEscaped()
        + u"</b></p>\n"_s;
    h += u"<table>"_s;
    auto row = [&](const QString &label, const QString &value) {
        h += u"<tr><th>"_s + label.toHtmlEscaped() + u"</th><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    row(QCoreApplication::translate("CalmaRoleplay", "Trainee"), session.trainee);
    if (!session.trainer.isEmpty())
        row(QCoreApplication::translate("CalmaRoleplay", "Trainer"), session.trainer);
    row(QCoreApplication::translate("CalmaRoleplay", "Mode"), session.mode == SessionMode::Live ? QCoreApplication::translate("CalmaRoleplay", "Live, trainer as the customer") : QCoreApplication::translate("CalmaRoleplay", "Simulated customer"));
    row(QCoreApplication::translate("CalmaRoleplay", "Assistant"), session.assistantOn ? QCoreApplication::translate("CalmaRoleplay", "On") : QCoreApplication::translate("CalmaRoleplay", "Off"));
    row(QCoreApplication::translate("CalmaRoleplay", "Started"), QDateTime::fromMSecsSinceEpoch(session.startedMs).toString(u"yyyy-MM-dd HH:mm"_s));
    row(QCoreApplication::translate("CalmaRoleplay", "Outcome"), SessionScorer::outcomeTitle(session.outcome));
    const QString score = session.score < 0 && session.endedMs == 0
        ? QCoreApplication::translate("CalmaRoleplay", "Not scored yet: the session is still going on.")
        : QCoreApplication::translate("CalmaRoleplay", "Score: %1 / 100").arg(card.total);
    h += u"</table>\n<p class=\"score\">"_s + score.toHtmlEscaped() + u"</p>\n"_s;
    h += u"<table><tr><th>"_s + QCoreApplication::translate("CalmaRoleplay", "Rubric").toHtmlEscaped() + u"</th><th>"_s + QCoreApplication::translate("CalmaRoleplay", "Points").toHtmlEscaped()
        + u"</th><th>"_s + QCoreApplication::translate("CalmaRoleplay", "Why").toHtmlEscaped() + u"</th></tr>"_s;
    for (const ScoreItem &i : card.items)
        h += u"<tr><td>%1</td><td>%2 / %3</td><td>%4</td></tr>"_s.arg(i.title.toHtmlEscaped(), QString::number(i.points), QString::number(i.maximum), i.detail.toHtmlEscaped());
    // The transcript: a heading row, then each turn as a table of its own, so that a turn is never cut
    // across two pages (browsers honour page-break-inside; the app's PDF writer moves a turn that would
    // be cut to the next page). Fixed column widths line the turns up as one table.
    static const QString widths[] = {u"9%"_s, u"17%"_s, u"64%"_s, u"10%"_s};
    auto cells = [&](const QStringList &texts, const QString &tag) {
        QString out;
        for (qsizetype i = 0; i < texts.size(); ++i)
            out += u"<%1 width=\"%2\">%3</%1>"_s.arg(tag, widths[i], texts.at(i));
        return out;
    };
    h += u"</table>\n<h2>"_s + QCoreApplication::translate("CalmaRoleplay", "Transcript").toHtmlEscaped() + u"</h2>\n"_s;
    h += u"<table class=\"turn\" cellspacing=\"0\"><tr>"_s
        + cells({QCoreApplication::translate("CalmaRoleplay", "Time").toHtmlEscaped(), QCoreApplication::translate("CalmaRoleplay", "Who").toHtmlEscaped(),
                 QCoreApplication::translate("CalmaRoleplay", "Message").toHtmlEscaped(), QCoreApplication::translate("CalmaRoleplay", "Heat").toHtmlEscaped()},
                u"th"_s)
        + u"</tr></table>\n"_s;
    for (const RoleplayTurn &t : turns) {
        QString message = t.body.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
        if (const TurnFeedback *f = t.fromCustomer() ? nullptr : feedbackFor(card, t.index)) {
            for (qsizetype i = 0; i < f->notes.size(); ++i) {
                const bool raised = f->changes.value(i) > 0;
                message += u"<br><span class=\"%1\">• %2</span>"_s.arg(raised ? u"raise"_s : u"lower"_s, f->notes.at(i).toHtmlEscaped());
            }
        }
        if (!t.annotation.isEmpty())
            message += u"<br><span class=\"note\">"_s + QCoreApplication::translate("CalmaRoleplay", "Trainer's note: %1").arg(t.annotation).toHtmlEscaped() + u"</span>"_s;
        // The heat column is the customer's: a trainee's reply has none of its own here.
        h += u"<table class=\"turn\" cellspacing=\"0\"><tr class=\"%1\">"_s.arg(t.fromCustomer() ? u"customer"_s : u"trainee"_s)
            + cells({clock(t.sentMs, start), speakerTitle(t).toHtmlEscaped(), message, t.fromCustomer() ? QString::number(t.heat) : QString()}, u"td"_s)
            + u"</tr></table>\n"_s;
    }
    h += u"</body></html>\n"_s;
    return h;
}

QByteArray SessionReport::csv(const QList<SessionRecord> &sessions)
{
    static const QStringList itemKeys{u"heat-change"_s, u"peak"_s, u"phrases"_s, u"apologies"_s, u"ask"_s, u"response-time"_s, u"outcome"_s};
    QStringList lines;
    lines << (u"session,trainee,scenario,language,mode,assistant,started,minutes,outcome,score,start_heat,end_heat,"_s + itemKeys.join(u','));
    for (const SessionRecord &s : sessions) {
        const ScoreCard card = ScoreCard::fromJson(QJsonDocument::fromJson(s.breakdown.toUtf8()).object());
        QStringList fields{QString::number(s.id), csvField(s.trainee), csvField(s.scenarioId), s.language, sessionModeName(s.mode),
                           s.assistantOn ? u"on"_s : u"off"_s,
                           QDateTime::fromMSecsSinceEpoch(s.startedMs, QTimeZone::utc()).toString(Qt::ISODate),
                           s.endedMs ? QString::number(double(s.endedMs - s.startedMs) / 60000.0, 'f', 1) : QString(),
                           outcomeName(s.outcome), s.score >= 0 ? QString::number(s.score) : QString(),
                           s.startHeat >= 0 ? QString::number(s.startHeat) : QString(),
                           s.endHeat >= 0 ? QString::number(s.endHeat) : QString()};
        for (const QString &key : itemKeys) {
            QString points;
            for (const ScoreItem &i : card.items) {
                if (i.key == key)
                    points = QString::number(i.points);
            }
            fields << points;
        }
        lines << fields.join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QString SessionReport::text(const QList<RoleplayTurn> &turns, const ScoreCard &card, Outcome outcome)
{
    QString out;
    const qint64 start = turns.isEmpty() ? 0 : turns.first().sentMs;
    for (const RoleplayTurn &t : turns) {
        out += u"[%1] %2 (%3 %4): %5\n"_s.arg(clock(t.sentMs, start), speakerTitle(t), QCoreApplication::translate("CalmaRoleplay", "heat"), QString::number(t.heat), t.body);
        if (const TurnFeedback *f = t.fromCustomer() ? nullptr : feedbackFor(card, t.index)) {
            for (const QString &note : f->notes)
                out += u"    • "_s + note + u'\n';
        }
    }
    out += u"\n"_s + QCoreApplication::translate("CalmaRoleplay", "Outcome") + u": "_s + SessionScorer::outcomeTitle(outcome) + u'\n';
    out += QCoreApplication::translate("CalmaRoleplay", "Score: %1 / 100").arg(card.total) + u'\n';
    for (const ScoreItem &i : card.items)
        out += u"  %1: %2/%3 — %4\n"_s.arg(i.title, QString::number(i.points), QString::number(i.maximum), i.detail);
    return out;
}

} // namespace calma
