// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/firstrunprogress.h"

#include "models/clock.h"
#include "models/staff/operators.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"

namespace comptoir {

FirstRunProgress::FirstRunProgress(Database &db, const Operators &operators, const Clock &clock)
    : m_db(db), m_operators(operators), m_clock(clock)
{ }

Result<bool> FirstRunProgress::needed(const Database &db, const Operators &operators, bool demo)
{
    if (demo)
        return false;
    auto completed = db.meta(QString::fromLatin1(CompletedKey));
    auto started = db.meta(QString::fromLatin1(StartedKey));
    if (!completed)
        return completed.error();
    if (!started)
        return started.error();
    if (!completed->isEmpty())
        return false;
    if (!started->isEmpty())
        return true;
    auto people = operators.list();
    if (!people)
        return people.error();
    return people->isEmpty();
}

Result<bool> FirstRunProgress::hasMeta(const char *key) const
{
    auto value = m_db.meta(QString::fromLatin1(key));
    if (!value)
        return value.error();
    return !value->isEmpty();
}

Result<bool> FirstRunProgress::isDone(Step step) const
{
    switch (step) {
    case Step::Enrolment: {
        auto enrolled = Enrollment::current(m_db);
        if (!enrolled)
            return enrolled.error();
        if (enrolled->has_value())
            return true;
        return hasMeta(OfflineKey);
    }
    case Step::Identity:
        return hasMeta(IdentityKey);
    case Step::Manager: {
        auto people = m_operators.activeOperators();
        if (!people)
            return people.error();
        for (const OperatorInfo &person : *people) {
            if (person.isManager())
                return true;
        }
        return false;
    }
    case Step::Printer:
        return hasMeta(PrinterKey);
    case Step::Start:
    case Step::Done:
        return hasMeta(CompletedKey);
    }
    return false;
}

Result<FirstRunProgress::Step> FirstRunProgress::firstStepToDo() const
{
    for (const Step step : {Step::Enrolment, Step::Identity, Step::Manager, Step::Printer, Step::Start}) {
        auto done = isDone(step);
        if (!done)
            return done.error();
        if (!*done)
            return step;
    }
    return Step::Done;
}

QString FirstRunProgress::markValue() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Status FirstRunProgress::mark(const char *key)
{
    return m_db.setMeta(QString::fromLatin1(key), markValue());
}

} // namespace comptoir
