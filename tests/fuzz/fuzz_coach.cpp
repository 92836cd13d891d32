// Feeds arbitrary text to the reply coach: reading the customer's ask, suggesting replies and
// reviewing the same text as a draft must never crash, and every offset must stay inside the text.
#include "coach/coach.h"

#include <cstdint>
#include <cstdlib>

using namespace calma;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto loaded = Coach::load();
    if (!loaded.coach)
        std::abort();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype half = text.size() / 2;
    const QString customer = text.left(half), draft = text.mid(half);
    const CustomerReading reading = loaded.coach->read(customer);
    for (const Fact &f : reading.ask.facts) {
        if (f.start < 0 || f.start >= f.end || f.end > customer.size())
            std::abort();
    }
    for (const Request &r : reading.ask.requests) {
        if (r.start < 0 || r.start >= r.end || r.end > customer.size())
            std::abort();
    }
    for (const Suggestion &s : loaded.coach->suggest(customer, reading)) {
        if (s.text.isEmpty() || s.heat >= 25)
            std::abort();
    }
    const DraftReview review = loaded.coach->review(draft, customer);
    for (const DraftFlag &f : review.flags) {
        if (f.start < 0 || f.start >= f.end || f.end > draft.size() || f.rewrites.isEmpty())
            std::abort();
    }
    return 0;
}
