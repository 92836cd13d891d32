// Translated names and colours for tone levels and categories.
#include "toneformat.h"

namespace calma::gui {

QString ToneFormat::levelText(ToneLevel level)
{
    switch (level) {
    case ToneLevel::Calm: return tr("Calm");
    case ToneLevel::Tense: return tr("Tense");
    case ToneLevel::Heated: return tr("Heated");
    case ToneLevel::Hostile: return tr("Hostile");
    }
    return {};
}

QString ToneFormat::categoryText(ToneCategory category)
{
    switch (category) {
    case ToneCategory::Anger: return tr("Anger");
    case ToneCategory::Insult: return tr("Insult");
    case ToneCategory::Threat: return tr("Threat");
    case ToneCategory::Urgency: return tr("Urgency");
    case ToneCategory::Repetition: return tr("Repeated contact");
    case ToneCategory::Sarcasm: return tr("Sarcasm");
    case ToneCategory::Politeness: return tr("Politeness");
    case ToneCategory::Gratitude: return tr("Thanks");
    case ToneCategory::Apology: return tr("Apology");
    case ToneCategory::Praise: return tr("Praise");
    case ToneCategory::Dissatisfaction: return tr("Dissatisfaction");
    case ToneCategory::Profanity: return tr("Swearing");
    case ToneCategory::Shouting: return tr("Shouting");
    case ToneCategory::Punctuation: return tr("Punctuation");
    case ToneCategory::Elongation: return tr("Stretched word");
    }
    return {};
}

QString ToneFormat::languageText(Language language)
{
    return PerLanguage{tr("Spanish"), tr("English")}[language];
}

QString ToneFormat::statusText(const QString &status)
{
    if (status == u"open")
        return tr("Open");
    if (status == u"pending")
        return tr("Pending");
    if (status == u"solved")
        return tr("Solved");
    if (status == u"closed")
        return tr("Closed");
    return status;
}

QString ToneFormat::factText(const QString &kind)
{
    if (kind == u"order")
        return tr("Order");
    if (kind == u"booking")
        return tr("Booking");
    if (kind == u"flight")
        return tr("Flight");
    if (kind == u"claim")
        return tr("Claim");
    if (kind == u"account")
        return tr("Account");
    if (kind == u"card")
        return tr("Card ending");
    if (kind == u"member")
        return tr("Membership");
    if (kind == u"invoice")
        return tr("Invoice");
    if (kind == u"ticket")
        return tr("Case or ticket");
    if (kind == u"amount")
        return tr("Amount");
    if (kind == u"date")
        return tr("Date");
    if (kind == u"email")
        return tr("E-mail");
    if (kind == u"phone")
        return tr("Phone");
    if (kind == u"product")
        return tr("Product");
    return kind;
}

QString ToneFormat::businessText(const QString &domain)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("retail"), QT_TR_NOOP("shop and delivery")},
        {QStringLiteral("airline"), QT_TR_NOOP("airline")},
        {QStringLiteral("travel"), QT_TR_NOOP("hotel and travel")},
        {QStringLiteral("insurance"), QT_TR_NOOP("insurance")},
        {QStringLiteral("telecom"), QT_TR_NOOP("phone and internet")},
        {QStringLiteral("banking"), QT_TR_NOOP("banking and cards")},
        {QStringLiteral("utilities"), QT_TR_NOOP("energy and water")},
        {QStringLiteral("subscription"), QT_TR_NOOP("subscription or membership")},
        {QStringLiteral("software"), QT_TR_NOOP("software")},
        {QStringLiteral("food"), QT_TR_NOOP("food delivery")},
    };
    const char *name = names.value(domain);
    return name ? tr(name) : domain;
}

QString ToneFormat::requestText(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("refund"), QT_TR_NOOP("a refund")},
        {QStringLiteral("replacement"), QT_TR_NOOP("a replacement")},
        {QStringLiteral("repair"), QT_TR_NOOP("a fix")},
        {QStringLiteral("cancellation"), QT_TR_NOOP("to cancel")},
        {QStringLiteral("information"), QT_TR_NOOP("an answer")},
        {QStringLiteral("reconsider"), QT_TR_NOOP("the decision reviewed")},
        {QStringLiteral("access"), QT_TR_NOOP("access back")},
        {QStringLiteral("compensation"), QT_TR_NOOP("compensation")},
        {QStringLiteral("manager"), QT_TR_NOOP("a manager")},
    };
    const char *name = names.value(kind);
    return name ? tr(name) : QString();
}

QString ToneFormat::strategyText(const QString &strategy)
{
    if (strategy == u"calm")
        return tr("Calm", "reply strategy");
    if (strategy == u"apologetic")
        return tr("Apologetic");
    if (strategy == u"topic-shift")
        return tr("Topic shift");
    return strategy;
}

QString ToneFormat::verdictText(const QString &verdict)
{
    if (verdict == u"send")
        return tr("Ready to send");
    if (verdict == u"review")
        return tr("Review before sending");
    if (verdict == u"rewrite")
        return tr("Rewrite before sending");
    return verdict;
}

QColor ToneFormat::levelColor(ToneLevel level)
{
    switch (level) {
    case ToneLevel::Calm: return QColor(0x2e, 0x7d, 0x32);
    case ToneLevel::Tense: return QColor(0xc7, 0x8a, 0x00);
    case ToneLevel::Heated: return QColor(0xe6, 0x51, 0x00);
    case ToneLevel::Hostile: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString ToneFormat::levelDotHtml(ToneLevel level)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>").arg(levelColor(level).name());
}

QString ToneFormat::heatBadgeHtml(int heat)
{
    const ToneLevel level = levelForHeat(heat);
    return QStringLiteral("%1 %2 %3").arg(levelDotHtml(level), levelText(level).toHtmlEscaped()).arg(heat);
}

} // namespace calma::gui
