// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tillchild.h"

#include "filesecretstore.h"
#include "models/storage/database.h"
#include "sync/engine/backoff.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"
#include "sync/syncstatus.h"
#include "tillops.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <cstdio>
#include <optional>

namespace comptoir::chaos {

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString describe(const Error &error)
{
    return QStringLiteral("error %1 %2 %3").arg(int(error.code)).arg(error.subject, error.detail);
}

} // namespace

struct TillChild::Private
{
    explicit Private(const TillOptions &o)
        : options(o), secrets(QDir(o.dataDir).filePath(QStringLiteral("secrets")))
    { }

    TillOptions options;
    std::unique_ptr<Database> db;
    std::unique_ptr<TillOps> ops;
    FileSecretStore secrets;
    QNetworkAccessManager network;
    std::unique_ptr<Enrollment> enrollment;
    std::unique_ptr<SyncEngine> engine;
    std::optional<EnrolledDevice> device;
    QRandomGenerator random;
    int enrollAttempts = 0;
    int waits = 0;
    int cleanPasses = 0;
    int passes = 0;
    bool finished = false;
    int kinds[8] = {}; // one per TillOps::Kind
};

TillChild::TillChild(const TillOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(options))
{ }

TillChild::~TillChild()
{
    if (d->engine)
        d->engine->stop();
}

void TillChild::fail(const QString &what)
{
    if (d->finished)
        return;
    d->finished = true;
    std::fprintf(stderr, "till %d: %s\n", d->options.index, qPrintable(what));
    std::fflush(stderr);
    if (d->engine)
        d->engine->stop();
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}

void TillChild::start()
{
    QDir().mkpath(d->options.dataDir);
    auto opened = Database::open(QDir(d->options.dataDir).filePath(QStringLiteral("till.sqlite")));
    if (!opened)
        return fail(QStringLiteral("open: ") + describe(opened.error()));
    d->db = std::move(opened).value();
    auto probe = std::make_unique<TillOps>(*d->db, 0);
    const auto counted = probe->opsDone();
    const qint64 done = counted ? *counted : 0;
    probe.reset();
    const quint32 seed = d->options.seed * 7919u + quint32(d->options.index) * 131u + quint32(done);
    d->random.seed(seed);
    // Clock skew: till 1 on time, till 2 ninety minutes ahead, till 3 ninety minutes behind…
    const qint64 skewMs = qint64(d->options.index % 3 == 2 ? -1 : d->options.index % 3) * 90 * 60 * 1000;
    d->ops = std::make_unique<TillOps>(*d->db, seed, skewMs);
    if (Status s = d->ops->prepare(); !s)
        return fail(QStringLiteral("prepare: ") + describe(s.error()));

    auto current = Enrollment::current(*d->db);
    if (!current)
        return fail(QStringLiteral("enrollment: ") + describe(current.error()));
    if (current->has_value()) {
        d->device = **current;
        return enrolled();
    }
    if (d->options.code.isEmpty())
        return fail(QStringLiteral("not enrolled and no code"));
    d->enrollment = std::make_unique<Enrollment>(*d->db, d->secrets, d->network);
    const auto attempt = [this](const auto &self) -> void {
        d->enrollment->enroll(d->options.url, d->options.code,
                              QStringLiteral("Caisse %1").arg(d->options.index + 1),
                              [this, self](Result<EnrolledDevice> result) {
                                  if (result) {
                                      d->device = *result;
                                      return enrolled();
                                  }
                                  if (++d->enrollAttempts >= 10)
                                      return fail(QStringLiteral("enroll: ") + describe(result.error()));
                                  QTimer::singleShot(200, this, [self] { self(self); });
                              });
    };
    attempt(attempt);
}

void TillChild::enrolled()
{
    Enrollment::token(d->secrets, d->device->deviceId, this,
                      [this](Result<QByteArray> token) { startEngine(std::move(token)); });
}

void TillChild::startEngine(Result<QByteArray> token)
{
    if (!token)
        return fail(QStringLiteral("token: ") + describe(token.error()));
    d->engine = std::make_unique<SyncEngine>(*d->db, d->ops->clock(), d->ops->uuids(), d->network, *d->device,
                                             *token);
    d->engine->setLongPollSeconds(2);
    d->engine->setBackoff(Backoff([this] { return d->random.generateDouble(); }, 20, 500));
    connect(d->engine.get(), &SyncEngine::passFinished, this, [this] { watchCursor(); });
    connect(d->engine.get(), &SyncEngine::statusChanged, this, [this](const SyncStatus &status) {
        if (status.state == SyncState::NeedsEnrollment || status.state == SyncState::Stopped)
            fail(QStringLiteral("sync engine stopped: ")
                 + (status.lastError ? describe(*status.lastError) : QStringLiteral("(no error)")));
    });
    if (d->options.quiesce)
        return quiescePass();
    d->engine->start();
    waitForCatalogue();
}

void TillChild::waitForCatalogue()
{
    auto variants = d->ops->variantCount();
    auto snapshot = d->db->query(QStringLiteral("SELECT needs_snapshot FROM sync_state WHERE id = 1"));
    if (!variants || !snapshot)
        return fail(QStringLiteral("reading the catalogue"));
    const bool snapshotDone = snapshot.value().next() && snapshot.value().value(0).toInt() == 0;
    if (snapshotDone && *variants >= d->options.variants) {
        say(QStringLiteral("ready"));
        return step();
    }
    if (++d->waits > 1200)
        return fail(
            QStringLiteral("the first snapshot did not bring the catalogue within 60 s (%1 of %2 variants)")
                .arg(*variants)
                .arg(d->options.variants));
    QTimer::singleShot(50, this, [this] { waitForCatalogue(); });
}

void TillChild::step()
{
    if (d->finished)
        return;
    auto done = d->ops->opsDone();
    if (!done)
        return fail(QStringLiteral("ops counter: ") + describe(done.error()));
    if (*done >= d->options.ops) {
        d->finished = true;
        QStringList kinds;
        for (int count : d->kinds)
            kinds.append(QString::number(count));
        say(QStringLiteral("done %1 kinds_this_start=%2").arg(*done).arg(kinds.join(QLatin1Char('/'))));
        d->engine->stop();
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    auto ran = d->ops->runOne();
    if (!ran)
        return fail(QStringLiteral("operation %1: ").arg(*done + 1) + describe(ran.error()));
    ++d->kinds[int(*ran)];
    d->engine->nudge();
    QTimer::singleShot(int(d->random.bounded(30)), this, [this] { step(); });
}

void TillChild::quiescePass()
{
    d->engine->runOnce([this](SyncReport report) {
        watchCursor();
        ++d->passes;
        if (!report.error && report.pending == 0) {
            if (++d->cleanPasses >= 2) {
                d->finished = true;
                say(QStringLiteral("quiet passes=%1 cursor=%2 exceptions=%3")
                        .arg(d->passes)
                        .arg(report.cursor)
                        .arg(report.openExceptions));
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
                return;
            }
        } else {
            d->cleanPasses = 0;
        }
        if (d->passes > 200)
            return fail(QStringLiteral("no clean sync pass after 200 (pending %1): %2")
                            .arg(report.pending)
                            .arg(report.error ? describe(*report.error) : QString()));
        QTimer::singleShot(report.error ? 100 : 0, this, [this] { quiescePass(); });
    });
}

// Cursors only move forward within an epoch: the highest seen is kept in meta, and a lower one
// seen later is recorded for the parent's checks.
void TillChild::watchCursor()
{
    auto q = d->db->query(QStringLiteral("SELECT coalesce(epoch, -1), cursor FROM sync_state WHERE id = 1"));
    if (!q || !q.value().next())
        return;
    const qint64 epoch = q.value().value(0).toLongLong();
    const qint64 cursor = q.value().value(1).toLongLong();
    const auto stored = d->db->meta(QLatin1String(CursorMeta));
    const QString seen = stored ? *stored : QString();
    const QStringList parts = seen.split(QLatin1Char(':'));
    if (parts.size() == 2 && parts.at(0).toLongLong() == epoch && parts.at(1).toLongLong() > cursor) {
        (void)d->db->setMeta(QLatin1String(CursorRegressMeta),
                             QStringLiteral("epoch %1: %2 after %3").arg(epoch).arg(cursor).arg(parts.at(1)));
        return;
    }
    (void)d->db->setMeta(QLatin1String(CursorMeta), QStringLiteral("%1:%2").arg(epoch).arg(cursor));
}

} // namespace comptoir::chaos
