// calma-cli: Calma's analysis for scripts, QA teams and benchmarks.
#include "coachcommands.h"
#include "conversationcommand.h"
#include "datacommands.h"
#include "feedbackcommand.h"
#include "lexiconcommand.h"
#include "mailcommand.h"
#include "roleplaycommand.h"
#include "scorecommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

const char kUsage[] =
    "usage: calma-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  score            tone reports for JSON Lines on standard input, or for --text \"…\"\n"
    "  suggest          reply suggestions (calm, apologetic, topic-shift) for customer messages\n"
    "  coach            review agents' drafts: flags, rewrites, what is missing, a verdict\n"
    "  lexicon check    validate lexicon files\n"
    "  lexicon fit      fit a team lexicon to labelled messages\n"
    "  db migrate|info  create or upgrade the database, or describe it\n"
    "  import FILE      import a help-desk export (CSV, JSON, JSON Lines)\n"
    "  export           export conversations with their scores (CSV, JSON), optionally redacted\n"
    "  feedback export  agents' \"this score is wrong\" as labelled JSON Lines for lexicon fit\n"
    "  search WORDS     full-text search over the messages\n"
    "  conversation     the workflow: list, show, claim, release, reply, status, expiry\n"
    "  demo             load the demo conversations\n"
    "  scenario check   validate role-play scenario files\n"
    "  roleplay SCENARIO  practise on a simulated angry customer in the terminal\n"
    "  mail read|sync   the support mailbox: read .eml files, sync an IMAP mailbox into the inbox\n"
    "  mail send|outbox|retry  replies by mail: send the outbox over SMTP, list it, retry a failed mail\n"
    "\n"
    "Run 'calma-cli COMMAND --help' for a command's options.\n";

// Whatever a command printed with stdio must have reached standard output: a full disk or a closed
// pipe is an error (exit 2), never "done".
int finished(int status)
{
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        if (status != 0)
            return status; // the command has said what went wrong already
        std::fprintf(stderr, "calma-cli: cannot write the output: %s\n", std::strerror(errno));
        return 2;
    }
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calma-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALMA_VERSION));
    // The reasons and explanations in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the
    // desktop app shows them; JSON keys and values other than the reasons stay as they are.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("calma"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && translator.language() != u"en")
        QCoreApplication::installTranslator(&translator);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h") {
        std::fputs(kUsage, arguments.size() < 2 ? stderr : stdout);
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments.at(1) == u"--version") {
        std::printf("calma-cli %s\n", CALMA_VERSION);
        return 0;
    }
    const QString command = arguments.takeAt(1);
    arguments[0] += u' ' + command;
    if (command == u"score")
        return finished(calma::cli::runScore(arguments));
    if (command == u"suggest")
        return finished(calma::cli::runSuggest(arguments));
    if (command == u"coach")
        return finished(calma::cli::runCoach(arguments));
    if (command == u"db")
        return finished(calma::cli::runDb(arguments));
    if (command == u"import")
        return finished(calma::cli::runImport(arguments));
    if (command == u"export")
        return finished(calma::cli::runExport(arguments));
    if (command == u"feedback")
        return finished(calma::cli::runFeedback(arguments));
    if (command == u"search")
        return finished(calma::cli::runSearch(arguments));
    if (command == u"conversation")
        return finished(calma::cli::runConversation(arguments));
    if (command == u"demo")
        return finished(calma::cli::runDemo(arguments));
    if (command == u"scenario")
        return finished(calma::cli::runScenario(arguments));
    if (command == u"roleplay")
        return finished(calma::cli::runRoleplay(arguments));
    if (command == u"lexicon")
        return finished(calma::cli::runLexicon(arguments));
    if (command == u"mail")
        return finished(calma::cli::runMail(arguments));
    std::fprintf(stderr, "calma-cli: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
    return 2;
}
