// Personal-data formats.
#include "io/personaldata.h"

namespace calma {

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    return re;
}

const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w#])(?:\+|\()?\d[\d ().-]{7,}\d\b)"));
    return re;
}

} // namespace calma
