// The demo conversations shipped in resources/demo/conversations.jsonl, loaded into an empty database
// on the first start of the app and by `calma-cli demo`.
#pragma once

#include "storage/conversationstore.h"
#include "tone/toneanalyzer.h"

namespace calma {

struct DemoLoad
{
    bool ok = false;
    QString error;
    qint64 conversations = 0;
    qint64 messages = 0;
};

class DemoData
{
public:
    // Loads every demo conversation that is not there yet, in one transaction. Message times are
    // relative ("minutes ago"), so the inbox's waiting times look real whenever it is loaded.
    static DemoLoad load(const std::shared_ptr<Database> &database, const ToneAnalyzer &analyzer, qint64 nowMs = 0);
};

} // namespace calma
