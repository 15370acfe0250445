// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace comptoir::market::testing {

// The real comptoir-marketplace process on a temporary SQLite file, on a loopback port.
class MarketServer
{
public:
    MarketServer();
    ~MarketServer();

    // Starts `serve` (port 0 = any; the port is read from its first line of output).
    bool start(const QStringList &extraArgs = {}, quint16 port = 0);
    void kill(); // SIGKILL, as a crash or a restart would
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("marketplace.sqlite")); }
    static QByteArray adminToken() { return QByteArrayLiteral("test-admin-token"); }

    // Runs one admin subcommand on the same file: its standard output, trimmed.
    QString cli(const QStringList &args, int *exitCode = nullptr) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection closed, timeout)
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

struct Device
{
    QString id;
    QByteArray token;
    QString shopId;
    qint64 seq = 0; // the last seq given to a mutation
};

// A small synchronous HTTP client over QNetworkAccessManager, for the tests.
class MarketClient
{
public:
    explicit MarketClient(const QUrl &base);
    void setBase(const QUrl &base) { m_base = base; }

    HttpResult request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                       const QByteArray &token = {}, const QByteArray &contentType = "application/json",
                       int timeoutMs = 20000);
    HttpResult json(const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QByteArray &token);
    HttpResult admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QString createShop(const QString &name);
    QString createCode(const QString &shopId);
    Device enrol(const QString &shopId, const QString &name = QStringLiteral("till"));
    // A product with one variant, created from `device`, with `onHand` received into stock.
    // Returns {product_id, variant_id}.
    QPair<QString, QString> createProduct(Device &device, const QString &name, qint64 onHand);
    QJsonObject state(const QString &shopId);
    qint64 onHand(const QString &shopId, const QString &variantId);
    QJsonObject variantState(const QString &shopId, const QString &variantId);

    // Pushes mutations (each {kind, payload}) with the device's next seqs.
    HttpResult push(Device &device, const QJsonArray &mutations);
    // Pushes already numbered mutations as they are.
    HttpResult pushRaw(const Device &device, const QJsonArray &numberedMutations);
    // epoch -1: the marketplace's current one (read from the admin state).
    HttpResult changes(const Device &device, qint64 since, int limit = 0, int wait = 0, qint64 epoch = -1);

    static QString uuid();
    static QJsonObject mutation(const QString &kind, const QJsonObject &payload);
    static QJsonObject movement(const QString &variantId, qint64 delta, const QString &reason,
                                const QString &movementId = {});
    static QJsonObject numbered(Device &device, const QJsonObject &mutation);

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace comptoir::market::testing
