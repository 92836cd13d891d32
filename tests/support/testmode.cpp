// Linked into every test: Qt's test mode, so that QStandardPaths (the database's default place, the
// import dialog's folder, cached data) points into the test's own home and never at the user's. CTest
// gives each test a home of its own under the build folder (tests/CMakeLists.txt), so tests that run
// at the same time (ctest -j2) never share settings or files either.
#include <QStandardPaths>
#include <QtGlobal>

namespace {

void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestMode)
