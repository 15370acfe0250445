// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace comptoir {

// A one-line label that shows its whole text when there is room for it, and otherwise the text
// elided (in the middle by default: a file path keeps its beginning and its file name), the whole
// text in its tooltip. It asks the layout for the room its whole text needs, and accepts far
// less: in a crowded status bar it gives way rather than the texts beside it.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);

    // The whole text (text() is what is shown: it, or elided).
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int wholeWidth() const;
    void elide();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};

} // namespace comptoir
