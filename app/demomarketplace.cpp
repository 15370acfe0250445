// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demomarketplace.h"

#include "app/applogging.h"
#include "models/demo/demoshop.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "models/storage/secretstore.h"
#include "sync/enrolment/enrollment.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace comptoir {

namespace {

QString executableIn(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

} // namespace

DemoMarketplace::DemoMarketplace(QObject *parent) : QObject(parent)
{
    m_status = tr("No demo marketplace");
}

DemoMarketplace::~DemoMarketplace()
{
    stop();
}

QString DemoMarketplace::program()
{
    const QString fromEnvironment = qEnvironmentVariable("COMPTOIR_MARKETPLACE_BIN");
    if (!fromEnvironment.isEmpty())
        return executableIn(fromEnvironment);
    const QString beside = executableIn(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("comptoir-marketplace")));
    if (!beside.isEmpty())
        return beside;
#ifdef COMPTOIR_DEMO_MARKETPLACE
    return executableIn(QStringLiteral(COMPTOIR_DEMO_MARKETPLACE));
#else
    return {};
#endif
}

QString DemoMarketplace::databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("marketplace.sqlite"));
}

bool DemoMarketplace::fail(const QString &status)
{
    m_status = status;
    qCWarning(lcApp).noquote() << "demo marketplace:" << status;
    stop();
    return false;
}

bool DemoMarketplace::start(const QString &dataDir, Database &db, SecretStore &secrets)
{
    m_program = program();
    if (m_program.isEmpty()) {
        return fail(tr("The demo runs without its marketplace: comptoir-marketplace is not built (see "
                       "run.sh)."));
    }
    m_databaseFile = databaseFile(dataDir);

    // The address the till was enrolled with is kept when its port is free again, so that a
    // restarted demo speaks to the same URL; otherwise any free port, and enrolling again
    // records the new address.
    const auto enrolled = Enrollment::current(db);
    const std::optional<EnrolledDevice> device = enrolled ? *enrolled : std::nullopt;
    const quint16 previousPort
        = device && device->endpoint.isLoopback() ? quint16(device->endpoint.baseUrl().port(0)) : quint16(0);
    if (!(previousPort != 0 && startServer(dataDir, previousPort)) && !startServer(dataDir, 0))
        return fail(tr("The demo runs without its marketplace: comptoir-marketplace did not start (see "
                       "logs/marketplace.log)."));

    // The marketplace's shop: the one this till is enrolled with, or a new one (first run).
    QString shopId = device ? device->shopId : QString();
    if (shopId.isEmpty()) {
        const auto name = db.meta(DemoShop::shopNameKey());
        const auto created = admin({QStringLiteral("create-shop"), QStringLiteral("--name"),
                                    name && !name->isEmpty() ? *name : QStringLiteral("Demo shop")});
        if (!created || created->isEmpty())
            return fail(tr("The demo runs without its marketplace: its shop could not be created."));
        shopId = *created;
    }
    const auto code = admin({QStringLiteral("create-code"), QStringLiteral("--shop"), shopId});
    if (!code || code->isEmpty())
        return fail(tr("The demo runs without its marketplace: no enrollment code for its shop (was %1 "
                       "removed?).")
                        .arg(QDir::toNativeSeparators(m_databaseFile)));
    const Result<EnrolledDevice> result = enroll(db, secrets, *code);
    if (!result)
        return fail(tr("The demo runs without its marketplace: %1").arg(errorText(result.error())));

    m_status = tr("Demo marketplace at %1: an online order every %2 s.")
                   .arg(m_url.toString())
                   .arg(OrderEverySeconds);
    qCInfo(lcApp).noquote() << "demo marketplace at" << m_url.toString() << "shop" << result->shopId
                            << "device" << result->deviceId;
    return true;
}

bool DemoMarketplace::startServer(const QString &dataDir, quint16 port)
{
    stop();
    // The server's own messages go to a file beside the till's log, started afresh when large.
    const QString logPath = QDir(logDirectory(dataDir)).filePath(QStringLiteral("marketplace.log"));
    QDir().mkpath(logDirectory(dataDir));
    const bool large = QFileInfo(logPath).size() > 1024 * 1024;
    m_process.setStandardErrorFile(logPath, large ? QIODevice::Truncate : QIODevice::Append);
    m_process.setProgram(m_program);
    m_process.setArguments({QStringLiteral("serve"), QStringLiteral("--db"), m_databaseFile,
                            QStringLiteral("--port"), QString::number(port), QStringLiteral("--order-every"),
                            QString::number(OrderEverySeconds)});
#ifdef Q_OS_LINUX
    // Should the till be killed, the server goes with it rather than lingering on its port.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        qCWarning(lcApp).noquote() << "demo marketplace:" << m_process.errorString();
        return false;
    }
    // Its first line: "listening on http://127.0.0.1:PORT".
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains('\n') && timer.elapsed() < StartTimeoutMs
           && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(std::max(1, int(StartTimeoutMs - timer.elapsed())));
        output += m_process.readAllStandardOutput();
    }
    static const QByteArray prefix("listening on ");
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    const QUrl url(QString::fromLatin1(line.mid(prefix.size())));
    if (!line.startsWith(prefix) || url.port() <= 0) {
        qCWarning(lcApp) << "demo marketplace: no listening line on port" << port;
        stop();
        return false;
    }
    m_url = url;
    // It says nothing more on stdout; whatever it might say is read and dropped (never a full pipe).
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_process.readAllStandardOutput(); });
    return true;
}

void DemoMarketplace::stop()
{
    disconnect(&m_process, &QProcess::readyReadStandardOutput, this, nullptr);
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    qCInfo(lcApp) << "demo marketplace stopped";
}

std::optional<QString> DemoMarketplace::admin(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(QStringList {arguments.value(0), QStringLiteral("--db"), m_databaseFile}
                         + arguments.mid(1));
    process.start();
    if (!process.waitForFinished(StartTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qCWarning(lcApp).noquote() << "demo marketplace:" << arguments.value(0) << "failed:"
                                   << QString::fromUtf8(process.readAllStandardError()).trimmed();
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

Result<EnrolledDevice> DemoMarketplace::enroll(Database &db, SecretStore &secrets, const QString &code)
{
    QNetworkAccessManager network;
    Enrollment enrollment(db, secrets, network);
    std::optional<Result<EnrolledDevice>> outcome;
    QEventLoop loop;
    enrollment.enroll(m_url.toString(), code, tr("Demo till"), [&outcome, &loop](Result<EnrolledDevice> r) {
        outcome = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(StartTimeoutMs, &loop, &QEventLoop::quit);
    if (!outcome)
        loop.exec();
    if (!outcome)
        return makeError(ErrorCode::MarketplaceUnreachable, m_url.toString(), QStringLiteral("timed out"));
    return *outcome;
}

} // namespace comptoir
