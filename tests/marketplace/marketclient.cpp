// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace comptoir::market::testing {

namespace {

// The server under test: the one built beside the tests, unless COMPTOIR_MARKETPLACE_BIN names
// another build of it (e.g. a sanitizer build).
QString serverProgram()
{
    return qEnvironmentVariable("COMPTOIR_MARKETPLACE_BIN", QStringLiteral(COMPTOIR_MARKETPLACE));
}

} // namespace

MarketServer::MarketServer() = default;

MarketServer::~MarketServer()
{
    kill();
}

bool MarketServer::start(const QStringList &extraArgs, quint16 port)
{
    m_process.setProgram(serverProgram());
    m_process.setArguments(QStringList {QStringLiteral("serve"), QStringLiteral("--db"), dbPath(),
                                        QStringLiteral("--port"), QString::number(port),
                                        QStringLiteral("--admin-token"), QString::fromLatin1(adminToken())}
                           + extraArgs);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); // never a full pipe
    m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray line;
    while (!line.contains('\n') && timer.elapsed() < 20000) {
        if (!m_process.waitForReadyRead(20000))
            break;
        line += m_process.readAllStandardOutput();
    }
    static const QByteArray prefix("listening on ");
    if (!line.startsWith(prefix)) {
        qWarning("marketplace did not start (its errors are above): %s", line.constData());
        return false;
    }
    m_url = QUrl(QString::fromLatin1(line.mid(prefix.size()).trimmed()));
    return m_url.port() > 0;
}

void MarketServer::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString MarketServer::cli(const QStringList &args, int *exitCode) const
{
    QProcess process;
    process.start(serverProgram(),
                  QStringList {args.value(0), QStringLiteral("--db"), dbPath()} + args.mid(1));
    process.waitForFinished(20000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

MarketClient::MarketClient(const QUrl &base) : m_base(base) { }

HttpResult MarketClient::request(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body, const QByteArray &token,
                                 const QByteArray &contentType, int timeoutMs)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer timer;
    timer.start();
    // HEAD through head(): as a custom verb QNAM would wait for the announced body.
    QNetworkReply *reply
        = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.error = reply->error();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (method != "HEAD")
        result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpResult MarketClient::json(const QByteArray &method, const QString &path, const QJsonObject &body,
                              const QByteArray &token)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResult MarketClient::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return request(method, path,
                   method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                   MarketServer::adminToken());
}

QString MarketClient::createShop(const QString &name)
{
    return admin("POST", QStringLiteral("/admin/v1/shops"), {{QStringLiteral("name"), name}})
        .json.value(QStringLiteral("shop_id"))
        .toString();
}

QString MarketClient::createCode(const QString &shopId)
{
    return admin("POST", QStringLiteral("/admin/v1/shops/%1/enrollment-codes").arg(shopId))
        .json.value(QStringLiteral("code"))
        .toString();
}

Device MarketClient::enrol(const QString &shopId, const QString &name)
{
    Device device;
    device.id = uuid();
    const HttpResult result = json("POST", QStringLiteral("/v1/enroll"),
                                   {{QStringLiteral("code"), createCode(shopId)},
                                    {QStringLiteral("device_id"), device.id},
                                    {QStringLiteral("device_name"), name}},
                                   {});
    device.token = result.json.value(QStringLiteral("token")).toString().toLatin1();
    device.shopId = result.json.value(QStringLiteral("shop_id")).toString();
    return device;
}

QPair<QString, QString> MarketClient::createProduct(Device &device, const QString &name, qint64 onHand)
{
    const QString productId = uuid();
    const QString variantId = uuid();
    QJsonArray mutations {mutation(
        QStringLiteral("product_upsert"),
        {{QStringLiteral("product_id"), productId},
         {QStringLiteral("base_version"), 0},
         {QStringLiteral("fields"),
          QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("vat_rate_bp"), 550}}},
         {QStringLiteral("variants"),
          QJsonArray {QJsonObject {{QStringLiteral("variant_id"), variantId},
                                   {QStringLiteral("fields"),
                                    QJsonObject {{QStringLiteral("label"), QStringLiteral("Standard")},
                                                 {QStringLiteral("reference"), variantId.left(12)},
                                                 {QStringLiteral("price_cents"), 450}}}}}}})};
    if (onHand != 0)
        mutations.append(mutation(QStringLiteral("stock_movement"),
                                  movement(variantId, onHand, QStringLiteral("receipt"))));
    push(device, mutations);
    return {productId, variantId};
}

QJsonObject MarketClient::state(const QString &shopId)
{
    return admin("GET", QStringLiteral("/admin/v1/shops/%1/state").arg(shopId)).json;
}

QJsonObject MarketClient::variantState(const QString &shopId, const QString &variantId)
{
    for (const QJsonValue &v : state(shopId).value(QStringLiteral("variants")).toArray()) {
        if (v.toObject().value(QStringLiteral("variant_id")).toString() == variantId)
            return v.toObject();
    }
    return {};
}

qint64 MarketClient::onHand(const QString &shopId, const QString &variantId)
{
    return variantState(shopId, variantId).value(QStringLiteral("on_hand")).toInteger(-999999);
}

QJsonObject MarketClient::numbered(Device &device, const QJsonObject &mutation)
{
    QJsonObject numberedMutation = mutation;
    numberedMutation.insert(QStringLiteral("id"), uuid());
    numberedMutation.insert(QStringLiteral("seq"), ++device.seq);
    numberedMutation.insert(QStringLiteral("occurred_at"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return numberedMutation;
}

HttpResult MarketClient::push(Device &device, const QJsonArray &mutations)
{
    QJsonArray numberedMutations;
    for (const QJsonValue &m : mutations)
        numberedMutations.append(numbered(device, m.toObject()));
    return pushRaw(device, numberedMutations);
}

HttpResult MarketClient::pushRaw(const Device &device, const QJsonArray &numberedMutations)
{
    return json("POST", QStringLiteral("/v1/push"),
                {{QStringLiteral("shop_id"), device.shopId},
                 {QStringLiteral("device_id"), device.id},
                 {QStringLiteral("mutations"), numberedMutations}},
                device.token);
}

HttpResult MarketClient::changes(const Device &device, qint64 since, int limit, int wait, qint64 epoch)
{
    QString path = QStringLiteral("/v1/changes?since=%1").arg(since);
    if (limit > 0)
        path += QStringLiteral("&limit=%1").arg(limit);
    if (wait > 0)
        path += QStringLiteral("&wait=%1").arg(wait);
    if (epoch < 0) // the marketplace's current epoch
        epoch = state(device.shopId).value(QStringLiteral("epoch")).toInteger();
    path += QStringLiteral("&epoch=%1").arg(epoch);
    return request("GET", path, {}, device.token, {}, 40000);
}

QString MarketClient::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject MarketClient::mutation(const QString &kind, const QJsonObject &payload)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("payload"), payload}};
}

QJsonObject MarketClient::movement(const QString &variantId, qint64 delta, const QString &reason,
                                   const QString &movementId)
{
    return {{QStringLiteral("movement_id"), movementId.isEmpty() ? uuid() : movementId},
            {QStringLiteral("variant_id"), variantId},
            {QStringLiteral("delta"), delta},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("occurred_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

} // namespace comptoir::market::testing
