// Feeds arbitrary bytes to the scenario parser: it must never crash, every error must name a line
// inside the file, and a scenario it accepts must play a turn against the simulated customer.
#include "roleplay/session.h"

#include <cstdint>
#include <cstdlib>

using namespace calma;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto loaded = Coach::load();
    if (!loaded.coach)
        std::abort();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScenarioFile file = ScenarioParser::parse(json, QStringLiteral("fuzz.json"));
    const int lines = int(json.count('\n')) + 1;
    for (const LexiconIssue &issue : file.errors) {
        if (issue.line < 1 || issue.line > lines || issue.message.isEmpty())
            std::abort();
    }
    if (file.ok() != bool(file.scenario))
        std::abort();
    if (file.scenario) {
        SessionSetup setup;
        setup.trainee = QStringLiteral("Fuzz");
        setup.scenario = file.scenario;
        RoleplaySession session(setup, loaded.coach);
        session.start(1);
        const QList<RoleplayTurn> turns = session.reply(QStringLiteral("Calm down, as I already said."), 100'000);
        if (turns.size() != 2 || turns.at(1).heat < 0 || turns.at(1).heat > 100)
            std::abort();
    }
    return 0;
}
