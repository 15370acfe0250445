// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace comptoir {

struct Error;

// The till's message line ("messageLabel"), above the cart: the last sale and its change, an
// unknown code, an error…, in the colour of its tone. The sign-in request shown while nobody is
// signed in stays until someone signs in or another message replaces it.
class TillMessageLine : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Info, Success, Warning, Error };

    explicit TillMessageLine(QWidget *parent = nullptr);

    void showMessage(const QString &text, Tone tone);
    // The till refused an action: the error's text (errorText).
    void showError(const Error &error);
    // A problem reported from outside (printing, returns): its text added under the message, so
    // that after a sale the change stays in view.
    void showProblem(const Error &error);
    // text added under the message (or alone when there is none), in this tone.
    void addMessage(const QString &text, Tone tone);
    void clearMessage();

    void showSignInRequest(const QString &text);
    // Clears the message when it is the sign-in request.
    void clearSignInRequest();

private:
    bool m_signInRequest = false;
};

} // namespace comptoir
