// GMime for the mail channel: its header without Qt's "signals" keyword in the way, and the library
// set up once per process before the first use, from whichever thread gets there first.
#pragma once

// glib names a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <mutex>

namespace calma::mail {

inline void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace calma::mail
