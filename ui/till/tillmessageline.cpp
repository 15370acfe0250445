// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillmessageline.h"

#include "models/error.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"

namespace comptoir {

TillMessageLine::TillMessageLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("messageLabel"));
    setFont(scaled(font(), 1.8, true));
    setWordWrap(true);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void TillMessageLine::showMessage(const QString &text, Tone tone)
{
    static const char *const colours[] = {"#1f3b57", "#1b6e20", "#8a5300", "#b00020"};
    m_signInRequest = false;
    setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colours[int(tone)])));
    setText(text);
}

void TillMessageLine::showError(const Error &error)
{
    qCInfo(lcUi) << "till refused an action, code" << int(error.code);
    showMessage(errorText(error), Tone::Error);
}

void TillMessageLine::showProblem(const Error &error)
{
    qCInfo(lcUi) << "till problem reported, code" << int(error.code);
    const QString current = text();
    const QString problem = errorText(error);
    showMessage(current.isEmpty() || current == problem ? problem : current + QLatin1Char('\n') + problem,
                Tone::Warning);
}

void TillMessageLine::addMessage(const QString &added, Tone tone)
{
    const QString current = text();
    showMessage(current.isEmpty() ? added : current + QLatin1Char('\n') + added, tone);
}

void TillMessageLine::clearMessage()
{
    m_signInRequest = false;
    clear();
}

void TillMessageLine::showSignInRequest(const QString &request)
{
    showMessage(request, Tone::Warning);
    m_signInRequest = true;
}

void TillMessageLine::clearSignInRequest()
{
    if (m_signInRequest)
        clearMessage();
}

} // namespace comptoir
