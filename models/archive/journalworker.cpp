// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/archive/journalworker.h"

#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/fiscal/registerkey.h"
#include "models/logging.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace comptoir {

namespace {

// The whole check, on the worker thread, with a connection of its own.
JournalCheckOutcome checkJournal(const QString &databasePath)
{
    JournalCheckOutcome outcome;
    auto db = Database::open(databasePath);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    auto key = registerPublicKey(**db);
    if (!key) {
        if (key.error().code == ErrorCode::NotFound)
            outcome.state = JournalCheckOutcome::State::NoRecords;
        else
            outcome.error = key.error();
        return outcome;
    }
    auto report = verifyJournal(**db, key.value());
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.state = JournalCheckOutcome::State::Checked;
    outcome.report = report.value();
    return outcome;
}

// The whole archive, on the worker thread: its own connection, chain and events journal (the
// chain reads the last link inside the Archive event's own transaction, so the till's sales on
// the window's connection interleave safely).
JournalArchiveOutcome archiveJournal(const QString &databasePath, const Signer &signer, const Clock &clock,
                                     const QString &period, const QString &path)
{
    JournalArchiveOutcome outcome;
    auto db = Database::open(databasePath);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    UuidV7Generator uuids(clock);
    FiscalChain chain(**db, signer, clock);
    EventJournal events(**db, clock, uuids, chain);
    auto summary = writeArchive(**db, events, signer, clock, period, path);
    if (!summary) {
        outcome.error = summary.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.summary = summary.value();
    return outcome;
}

} // namespace

JournalWorker::JournalWorker(const QString &databasePath, const Signer &signer, const Clock &clock,
                             QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_signer(signer), m_clock(clock)
{ }

JournalWorker::~JournalWorker()
{
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
}

bool JournalWorker::start(std::function<void()> job, std::function<void()> done)
{
    if (m_thread)
        return false;
    QThread *thread = QThread::create(std::move(job));
    thread->setObjectName(QStringLiteral("comptoir-journal"));
    m_thread = thread;
    // finished() is emitted by the worker thread: queued to this object's thread.
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        thread->deleteLater();
        m_thread = nullptr;
        done();
    });
    thread->start(QThread::LowPriority);
    return true;
}

bool JournalWorker::startCheck()
{
    auto outcome = std::make_shared<JournalCheckOutcome>();
    const QString path = m_databasePath;
    return start(
        [outcome, path] {
            QElapsedTimer timer;
            timer.start();
            *outcome = checkJournal(path);
            outcome->elapsedMs = timer.elapsed();
        },
        [this, outcome] {
            if (outcome->broken())
                qCWarning(lcModels).nospace().noquote()
                    << "journal checked: BROKEN at " << outcome->report.firstBroken << ": "
                    << outcome->report.problem << " (" << outcome->elapsedMs << " ms)";
            else if (outcome->state == JournalCheckOutcome::State::Checked)
                qCInfo(lcModels).nospace() << "journal checked: " << outcome->report.links
                                           << " links intact in " << outcome->elapsedMs << " ms";
            else if (outcome->state == JournalCheckOutcome::State::Failed)
                qCWarning(lcModels) << "journal not checked: error" << int(outcome->error.code);
            Q_EMIT checked(*outcome);
        });
}

bool JournalWorker::startArchive(const QString &period, const QString &path)
{
    auto outcome = std::make_shared<JournalArchiveOutcome>();
    const QString databasePath = m_databasePath;
    const Signer &signer = m_signer;
    const Clock &clock = m_clock;
    return start(
        [outcome, databasePath, &signer, &clock, period, path] {
            QElapsedTimer timer;
            timer.start();
            *outcome = archiveJournal(databasePath, signer, clock, period, path);
            outcome->elapsedMs = timer.elapsed();
        },
        [this, outcome] {
            if (outcome->ok)
                qCInfo(lcModels) << "archive of" << outcome->summary.period << "written in"
                                 << outcome->elapsedMs << "ms";
            else
                qCWarning(lcModels) << "archive not written: error" << int(outcome->error.code);
            Q_EMIT archived(*outcome);
        });
}

} // namespace comptoir
