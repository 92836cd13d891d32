// UI language: Calma's own translation (embedded at :/i18n) and Qt's for standard dialogs.
#include <atomic>
#include "application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace calma::gui {

namespace {
std::atomic<Language> g_interfaceLanguage{Language::English};
}

Language interfaceLanguage()
{
    return g_interfaceLanguage.load();
}

bool installTranslation(const QString &languageCode)
{
    static QTranslator *calma = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *old : {calma, qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    calma = new QTranslator(QCoreApplication::instance());
    qt = new QTranslator(QCoreApplication::instance());
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    // A locale with no translation of its own (C, or a language Calma does not speak) gets the English
    // one, which holds the English plurals ("1 conversation", "2 conversations").
    const bool found = calma->load(locale, QStringLiteral("calma"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || calma->load(QStringLiteral("calma_en"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(calma);
    g_interfaceLanguage = found && locale.language() == QLocale::Spanish ? Language::Spanish : Language::English;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

} // namespace calma::gui
