// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/windowgeometry.h"

namespace comptoir {

namespace {

bool fits(const QRect &available, const QRect &normal, const QMargins &frame)
{
    return normal.isValid() && available.contains(normal.marginsAdded(frame));
}

QRect centred(const QRect &available, const QSize &size)
{
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    return rect;
}

} // namespace

WindowGeometry fitWindowGeometry(const QRect &available, const QSize &preferred, const QMargins &frame,
                                 const std::optional<WindowGeometry> &saved)
{
    if (saved && fits(available, saved->normal, frame))
        return *saved;
    const QRect inside = available.marginsRemoved(frame);
    const QRect atPreferred = centred(inside, preferred);
    if (fits(available, atPreferred, frame))
        return {atPreferred, false};
    return {centred(inside, preferred.boundedTo(inside.size())), true};
}

} // namespace comptoir
