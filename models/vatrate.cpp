#include "models/vatrate.h"

namespace comptoir::VatRate {

bool isKnown(int basisPoints)
{
    return basisPoints == Standard || basisPoints == Intermediate || basisPoints == Reduced
        || basisPoints == SuperReduced;
}

QList<int> all()
{
    return {Standard, Intermediate, Reduced, SuperReduced};
}

} // namespace comptoir::VatRate
