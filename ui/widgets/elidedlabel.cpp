// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/elidedlabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QResizeEvent>

#include <cmath>

namespace comptoir {

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    updateGeometry();
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int extra = 2 * margin() + margins.left() + margins.right();
    return {wholeWidth() + extra, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters around the ellipsis.
    const QSize whole = sizeHint();
    return {qMin(whole.width(), fontMetrics().horizontalAdvance(QStringLiteral("M…M")) * 3),
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        elide();
    }
}

int ElidedLabel::wholeWidth() const
{
    // Rounded up: elidedText() elides a text a fraction of a pixel wider than the room.
    return int(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_fullText)));
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width() - 2 * margin();
    const QString shown
        = wholeWidth() <= room ? m_fullText : fontMetrics().elidedText(m_fullText, m_mode, qMax(0, room));
    if (shown != text())
        setText(shown);
}

} // namespace comptoir
