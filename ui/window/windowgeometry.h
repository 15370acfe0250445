// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

#include <optional>

namespace comptoir {

// Where a top-level window sits when it is not maximised (its client area, frame excluded, in
// virtual desktop coordinates), and whether it is maximised.
struct WindowGeometry
{
    QRect normal;
    bool maximised = false;

    bool operator==(const WindowGeometry &) const = default;
};

// Where a window opens on a screen whose available area (without the panels) is available:
// - at saved when its normal area, with the frame around it, lies inside available (a window
//   saved on a larger or a disconnected screen is not restored);
// - else at preferred, centred, when it fits with its frame;
// - else maximised, with a normal area that fits the screen for when it is restored.
// frame: the window frame's margins (title bar, borders), an estimate before it is shown.
WindowGeometry fitWindowGeometry(const QRect &available, const QSize &preferred, const QMargins &frame,
                                 const std::optional<WindowGeometry> &saved = std::nullopt);

} // namespace comptoir
