// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.h"

#include "invariants.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

namespace comptoir::chaos {

using market::testing::MarketClient;
using market::testing::MarketServer;

Harness::Harness(const ChaosOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_random(options.seed)
{ }

Harness::~Harness()
{
    for (Till *till : std::as_const(m_tills)) {
        if (till->process && till->process->state() != QProcess::NotRunning) {
            till->process->disconnect(this);
            till->process->kill();
            till->process->waitForFinished(5000);
        }
        delete till;
    }
}

int Harness::finish(const QString &line, bool ok)
{
    std::fprintf(stdout, "invariants: %s\n", qPrintable(line));
    std::fflush(stdout);
    if (!ok || m_options.keep) {
        m_tempDir.setAutoRemove(false);
        std::fprintf(stderr, "chaos: work folder kept: %s\n", qPrintable(m_workDir));
    }
    return ok ? 0 : 1;
}

bool Harness::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs || !m_failure.isEmpty())
            return condition();
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool Harness::setUpMarket()
{
    if (!m_market.start())
        return false;
    m_client = std::make_unique<MarketClient>(m_market.url());
    m_shopId = m_client->createShop(QStringLiteral("Chaos et Compagnie"));
    return !m_shopId.isEmpty();
}

bool Harness::createCatalogue()
{
    for (int p = 0; p < m_options.products; ++p) {
        QJsonArray variants;
        for (const char *label : {"A", "B"}) {
            const qint64 onHand = 5 + m_random.bounded(26);
            QJsonObject fields {{QStringLiteral("label"), QLatin1String(label)},
                                {QStringLiteral("reference"),
                                 QStringLiteral("CH-%1-%2").arg(p + 1).arg(QLatin1String(label))},
                                {QStringLiteral("price_cents"), 150 + 10 * qint64(m_random.bounded(400))}};
            if (p % 3 == 0)
                fields.insert(QStringLiteral("safety_stock"), 1 + qint64(m_random.bounded(2)));
            variants.append(
                QJsonObject {{QStringLiteral("fields"), fields}, {QStringLiteral("on_hand"), onHand}});
        }
        const QJsonObject request {
            {QStringLiteral("fields"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Produit %1").arg(p + 1)},
                          {QStringLiteral("vat_rate_bp"), p % 2 == 0 ? 2000 : 550}}},
            {QStringLiteral("variants"), variants}};
        const auto reply
            = m_client->admin("POST", QStringLiteral("/admin/v1/shops/%1/products").arg(m_shopId), request);
        if (reply.status != 201) {
            m_failure = QStringLiteral("creating a product online: HTTP %1 %2")
                            .arg(reply.status)
                            .arg(QString::fromUtf8(reply.body));
            return false;
        }
        QHash<QString, qint64> byReference; // the answer lists the variants in its own order
        for (const QJsonValue &v : std::as_const(variants))
            byReference.insert(v[QStringLiteral("fields")][QStringLiteral("reference")].toString(),
                               v[QStringLiteral("on_hand")].toInteger());
        const QJsonArray created = reply.json.value(QStringLiteral("variants")).toArray();
        for (const QJsonValue &v : created) {
            const QString id = v[QStringLiteral("variant_id")].toString();
            m_variants.append(id);
            m_initialStock.insert(id, byReference.value(v[QStringLiteral("reference")].toString(), -1));
        }
    }
    return m_variants.size() == 2 * m_options.products;
}

void Harness::startTill(Till &till)
{
    till.process = std::make_unique<QProcess>();
    QProcess *process = till.process.get();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("comptoir.*.debug=false\ncomptoir.*.info=false"));
    process->setProcessEnvironment(env);
    process->setStandardErrorFile(QDir(till.dataDir).filePath(QStringLiteral("stderr.log")),
                                  QIODevice::Append);
    process->setProgram(QCoreApplication::applicationFilePath());
    process->setArguments({QStringLiteral("till"), QStringLiteral("--index"), QString::number(till.index),
                           QStringLiteral("--data-dir"), till.dataDir, QStringLiteral("--url"),
                           m_market.url().toString(), QStringLiteral("--code"), till.code,
                           QStringLiteral("--ops"), QString::number(till.ops), QStringLiteral("--variants"),
                           QString::number(m_variants.size()), QStringLiteral("--seed"),
                           QString::number(m_options.seed + quint32(till.starts) * 1000003u)});
    connect(process, &QProcess::readyReadStandardOutput, this, [this, &till] { tillOutput(till); });
    connect(process, &QProcess::finished, this,
            [this, &till](int code, QProcess::ExitStatus status) { tillFinished(till, code, status); });
    till.ready = false;
    till.out.clear();
    ++till.starts;
    process->start();
}

void Harness::tillOutput(Till &till)
{
    till.out += till.process->readAllStandardOutput();
    if (till.out.contains("ready\n"))
        till.ready = true;
    if (till.out.contains("done ")) {
        till.done = true;
        const qsizetype at = till.out.indexOf("done ");
        std::fprintf(stderr, "chaos: till %d %s\n", till.index + 1,
                     till.out.mid(at, till.out.indexOf('\n', at) - at).constData());
    }
}

void Harness::tillFinished(Till &till, int exitCode, QProcess::ExitStatus status)
{
    till.process->disconnect(this);
    till.process.release()->deleteLater();
    if (till.killedByUs) {
        till.killedByUs = false;
        if (!till.done && m_failure.isEmpty())
            startTill(till); // the same data folder: the till resumes where it was killed
        return;
    }
    if (status == QProcess::NormalExit && exitCode == 0 && till.done)
        return;
    m_failure
        = QStringLiteral("till %1 stopped (exit %2): %3").arg(till.index).arg(exitCode).arg(tillLog(till));
}

QString Harness::tillLog(const Till &till) const
{
    QFile file(QDir(till.dataDir).filePath(QStringLiteral("stderr.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = file.readAll();
    return QString::fromUtf8(all.right(1500)).simplified();
}

bool Harness::setFaults(double scale)
{
    const double p = scale / 3.0;
    const QJsonObject rates {{QStringLiteral("drop_request"), p},
                             {QStringLiteral("drop_response"), p},
                             {QStringLiteral("error_5xx"), p},
                             {QStringLiteral("duplicate"), p},
                             {QStringLiteral("delay_ms"), int(300 * scale)}};
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_client->admin("POST", QStringLiteral("/admin/v1/faults"), rates).status == 200)
            return true;
    }
    return false;
}

void Harness::placeOrCancelOrder()
{
    if (!m_openOrders.isEmpty() && m_random.bounded(4) == 0) {
        // Most cancellations hit an order a till has accepted, the one it is picking (the pick
        // progress is local to the till: an accepted order is one being picked) when there is one.
        QString order;
        if (m_random.bounded(4) != 0) {
            const QJsonArray orders = m_client->state(m_shopId).value(QStringLiteral("orders")).toArray();
            QStringList accepted;
            for (const QJsonValue &value : orders) {
                if (value[QStringLiteral("status")].toString() == QLatin1String("accepted"))
                    accepted.append(value[QStringLiteral("order_id")].toString());
            }
            if (!accepted.isEmpty()) {
                order = accepted.at(m_random.bounded(int(accepted.size())));
                m_openOrders.removeAll(order);
            }
        }
        if (order.isEmpty())
            order = m_openOrders.takeAt(m_random.bounded(int(m_openOrders.size())));
        const auto reply = m_client->admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/orders/%2/cancel").arg(m_shopId, order));
        if (reply.status == 200) {
            ++m_ordersCancelled;
            if (reply.json.value(QStringLiteral("steps")).toArray().size() > 2)
                ++m_cancelledWhilePicking; // placed, accepted, cancelled
        }
        return;
    }
    // One to three lines, so that a till can refuse one line alone (a partial order).
    QJsonArray lines;
    const int lineCount = 1 + int(m_random.bounded(3));
    for (int i = 0; i < lineCount; ++i) {
        const QString variant = m_variants.at(m_random.bounded(int(m_variants.size())));
        lines.append(QJsonObject {{QStringLiteral("variant_id"), variant},
                                  {QStringLiteral("quantity"), 1 + qint64(m_random.bounded(2))}});
    }
    const QJsonObject request {
        {QStringLiteral("customer"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Client %1").arg(m_ordersPlaced + 1)},
                      {QStringLiteral("phone"), QJsonValue()}}},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("payment"),
         m_random.bounded(2) == 0 ? QStringLiteral("online") : QStringLiteral("at_collection")}};
    const auto reply
        = m_client->admin("POST", QStringLiteral("/admin/v1/shops/%1/orders").arg(m_shopId), request);
    if (reply.status == 201) {
        ++m_ordersPlaced;
        m_openOrders.append(reply.json.value(QStringLiteral("order_id")).toString());
    }
}

void Harness::killSomeTill()
{
    QList<Till *> running;
    for (Till *till : std::as_const(m_tills)) {
        if (till->process && till->process->state() == QProcess::Running && till->ready && !till->done)
            running.append(till);
    }
    if (running.isEmpty())
        return;
    Till *victim = running.at(m_random.bounded(int(running.size())));
    victim->killedByUs = true;
    ++victim->kills;
    ++m_kills;
    victim->process->kill(); // SIGKILL: the till restarts on the same data folder when it is gone
}

bool Harness::restartMarket()
{
    const quint16 port = m_market.port();
    m_market.kill();
    if (!m_market.start({}, port)) {
        m_failure = QStringLiteral("the marketplace did not restart on port %1").arg(port);
        return false;
    }
    ++m_marketRestarts;
    return setFaults(m_options.faults);
}

bool Harness::runQuiesceChild(Till &till)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("comptoir.*.debug=false\ncomptoir.*.info=false"));
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QDir(till.dataDir).filePath(QStringLiteral("stderr.log")),
                                 QIODevice::Append);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("till"), QStringLiteral("--quiesce"), QStringLiteral("--index"),
                   QString::number(till.index), QStringLiteral("--data-dir"), till.dataDir});
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        m_failure = QStringLiteral("till %1 did not quiesce within 120 s").arg(till.index);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_failure = QStringLiteral("till %1 could not quiesce: %2").arg(till.index).arg(tillLog(till));
        return false;
    }
    return true;
}

bool Harness::quiesce()
{
    if (!setFaults(0)) {
        m_failure = QStringLiteral("could not turn the faults off");
        return false;
    }
    // Twice round: the second round brings every till what the others pushed in the first.
    for (int round = 0; round < 2; ++round) {
        for (Till *till : std::as_const(m_tills)) {
            if (!runQuiesceChild(*till))
                return false;
        }
    }
    return true;
}

int Harness::run()
{
    m_clock.start();
    m_workDir = m_options.workDir.isEmpty() ? m_tempDir.path() : m_options.workDir;
    QDir().mkpath(m_workDir);
    if (!m_options.marketplace.isEmpty())
        qputenv("COMPTOIR_MARKETPLACE_BIN", QFile::encodeName(m_options.marketplace));
    if (!setUpMarket())
        return finish(QStringLiteral("FAILED the marketplace did not start"), false);
    if (!createCatalogue())
        return finish(QStringLiteral("FAILED %1").arg(m_failure), false);

    for (int i = 0; i < 4; ++i) // a few orders already waiting in the first snapshot
        placeOrCancelOrder();
    for (int i = 0; i < m_options.tills; ++i) {
        auto *till = new Till;
        till->index = i;
        till->dataDir = QDir(m_workDir).filePath(QStringLiteral("till%1").arg(i + 1));
        QDir().mkpath(till->dataDir);
        till->code = m_client->createCode(m_shopId);
        till->ops = m_options.ops / m_options.tills + (i < m_options.ops % m_options.tills ? 1 : 0);
        m_tills.append(till);
    }
    for (Till *till : std::as_const(m_tills))
        startTill(*till);
    const auto allReady = [this] {
        return std::all_of(m_tills.cbegin(), m_tills.cend(),
                           [](const Till *t) { return t->ready || t->done; });
    };
    if (!waitUntil(allReady, 90000))
        return finish(QStringLiteral("FAILED tills not ready: %1").arg(m_failure), false);
    if (!setFaults(m_options.faults))
        return finish(QStringLiteral("FAILED could not set the marketplace's faults"), false);

    QTimer orders;
    connect(&orders, &QTimer::timeout, this, [this] { placeOrCancelOrder(); });
    orders.start(60);
    QTimer killer;
    killer.setSingleShot(true);
    connect(&killer, &QTimer::timeout, this, [this, &killer] {
        killSomeTill();
        killer.start(150 + int(m_random.bounded(700)));
    });
    killer.start(300);
    if (m_options.restartMarket)
        QTimer::singleShot(1500, this, [this] { restartMarket(); });
    const auto allDone = [this] {
        return std::all_of(m_tills.cbegin(), m_tills.cend(),
                           [](const Till *t) { return t->done && !t->process; });
    };
    const bool finished = waitUntil(allDone, m_options.timeoutS * 1000);
    orders.stop();
    killer.stop();
    if (!m_failure.isEmpty())
        return finish(QStringLiteral("FAILED %1").arg(m_failure), false);
    if (!finished)
        return finish(
            QStringLiteral("FAILED the tills did not finish their operations in %1 s").arg(elapsedS()),
            false);
    std::fprintf(
        stderr,
        "chaos: %d operations done in %d s; %d kills, %d marketplace restart(s), %d orders, %d cancelled"
        " (%d while being picked)\n",
        m_options.ops, elapsedS(), m_kills, m_marketRestarts, m_ordersPlaced, m_ordersCancelled,
        m_cancelledWhilePicking);
    if (!quiesce())
        return finish(QStringLiteral("FAILED quiescence: %1").arg(m_failure), false);
    m_market.kill();

    RunFacts facts;
    facts.shopId = m_shopId;
    facts.marketDb = QDir(m_workDir).filePath(QStringLiteral("marketplace.sqlite"));
    QFile::remove(facts.marketDb);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::copy(m_market.dbPath() + QLatin1String(suffix), facts.marketDb + QLatin1String(suffix));
    for (const Till *till : std::as_const(m_tills))
        facts.tillDbs.append(QDir(till->dataDir).filePath(QStringLiteral("till.sqlite")));
    facts.initialStock = m_initialStock;
    const Verdict verdict = checkInvariants(facts);
    for (const QString &problem : verdict.problems)
        std::fprintf(stderr, "chaos: %s\n", qPrintable(problem));
    std::fprintf(stderr, "chaos: finished in %d s\n", elapsedS());
    return finish(verdict.line, verdict.ok);
}

} // namespace comptoir::chaos
