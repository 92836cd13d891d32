// Reply coach benchmark: suggestions plus a draft review per message, and a role-play turn (the
// simulated customer reading a reply and answering), on one core. Prints figures only.
#include "coach/coach.h"
#include "roleplay/scorer.h"

#include "benchcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace calma;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const auto loaded = Coach::load();
    if (!loaded.coach)
        return 1;
    std::printf("Calma reply coach benchmark\nLoad (lexicons, phrase lists, templates): %.1f ms\n", timer.nsecsElapsed() / 1e6);
    const QStringList messages = benchCorpusTexts();
    if (messages.isEmpty())
        return 1;
    const QString draftEs = QStringLiteral("Entiendo lo que supone esperar, como ya le dije lo reviso hoy y le escribo mañana antes de las 12.");
    const QString draftEn = QStringLiteral("I understand the wait has been long. As I said, I'll check it today and email you by noon tomorrow.");
    std::vector<qint64> samples;
    int sink = 0;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            timer.start();
            const CustomerReading reading = loaded.coach->read(messages.at(i));
            sink += int(loaded.coach->suggest(messages.at(i), reading).size());
            const QString &draft = reading.tone.language == Language::Spanish ? draftEs : draftEn;
            sink += int(loaded.coach->review(draft, messages.at(i)).flags.size());
            samples.push_back(timer.nsecsElapsed());
        }
    }
    std::sort(samples.begin(), samples.end());
    double total = 0;
    for (const qint64 s : samples)
        total += double(s);
    std::printf("Suggest + coach per message (one core, %zu runs over the labelled corpus):\n"
                "  mean %.3f ms   p50 %.3f ms   p99 %.3f ms%s\n",
                samples.size(), total / double(samples.size()) / 1e6, double(samples[samples.size() / 2]) / 1e6,
                double(samples[samples.size() * 99 / 100]) / 1e6, sink < 0 ? "" : "");

    // Role-play: every shipped scenario, each customer message of the corpus's replies as a trainee reply.
    timer.start();
    const auto scenarios = ScenarioLibrary::load();
    std::printf("Load the %lld shipped scenarios: %.1f ms\n", static_cast<long long>(scenarios.library->all().size()),
                timer.nsecsElapsed() / 1e6);
    std::vector<qint64> turns;
    qsizetype next = 0;
    for (int round = 0; round < 4; ++round) {
        for (const auto &scenario : scenarios.library->all()) {
            SessionSetup setup;
            setup.trainee = QStringLiteral("Bench");
            setup.scenario = scenario;
            setup.seed = quint32(round + 1);
            RoleplaySession session(setup, loaded.coach);
            session.start(0);
            for (int reply = 0; reply < scenario->maxTurns && !session.finished(); ++reply) {
                const QString &text = messages.at(next++ % messages.size());
                timer.start();
                sink += int(session.reply(text, (reply + 1) * 30'000).size());
                turns.push_back(timer.nsecsElapsed());
            }
            timer.start();
            sink += SessionScorer::score(*scenario, session.turns(), session.outcome()).total;
            turns.push_back(timer.nsecsElapsed());
        }
    }
    std::sort(turns.begin(), turns.end());
    std::printf("Role-play turn (review the reply, the customer reacts and answers) or scoring (%zu samples):\n"
                "  p50 %.3f ms   p99 %.3f ms   max %.3f ms%s\n",
                turns.size(), double(turns[turns.size() / 2]) / 1e6, double(turns[turns.size() * 99 / 100]) / 1e6,
                double(turns.back()) / 1e6, sink < 0 ? "" : "");
    return 0;
}
