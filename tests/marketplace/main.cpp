// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-marketplace: the reference Vitrines marketplace (docs/marketplace-api.md), a test and
// demo server listening on 127.0.0.1 only, and its admin command line working on the same file.
#include "bulkseed.h"
#include "faultplan.h"
#include "httpserver.h"
#include "marketplace.h"
#include "marketstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace comptoir::market;

namespace {

int printReply(const Reply &reply, const QString &field = {})
{
    if (!reply.ok()) {
        std::fprintf(stderr, "%s\n", QJsonDocument(reply.body).toJson(QJsonDocument::Compact).constData());
        return 1;
    }
    const QByteArray out = field.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Indented)
                                           : reply.body.value(field).toVariant().toString().toUtf8() + '\n';
    std::fputs(out.constData(), stdout);
    std::fflush(stdout);
    return 0;
}

QJsonValue parseFieldValue(const QString &text)
{
    // JSON when it parses (numbers, true/false, null, lists, "quoted"), else the text itself.
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + text.toUtf8() + "]").array();
    return wrapped.size() == 1 ? wrapped.first() : QJsonValue(text);
}

// `provision`: the file holds a one-time code, so it is made for its owner only (0600) before a
// byte is written; an existing file is not overwritten.
int writeProvisioningFile(Marketplace &market, const QString &shopId, const QString &url, int ttl,
                          const QString &out)
{
    if (out.isEmpty() || url.isEmpty()) {
        std::fputs("provision needs --shop, --url and --out\n", stderr);
        return 2;
    }
    QFile file(out);
    if (file.exists()) {
        std::fprintf(stderr, "%s exists already: not overwritten\n", qPrintable(out));
        return 1;
    }
    const Reply reply = market.provision(shopId, url, ttl);
    if (!reply.ok())
        return printReply(reply);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(out), qPrintable(file.errorString()));
        return 1;
    }
    const QByteArray bytes = QJsonDocument(reply.body.value(QStringLiteral("file")).toObject()).toJson();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(out), qPrintable(file.errorString()));
        file.remove();
        return 1;
    }
    std::printf("%s\n", qPrintable(out));
    return 0;
}

int usage()
{
    std::fputs(
        "usage: comptoir-marketplace COMMAND --db FILE [options]\n"
        "  serve --db F [--port N] [--admin-token T] [--drop-request P] [--drop-response P]\n"
        "        [--error-5xx P] [--delay-ms MAX] [--duplicate P] [--seed S] [--order-every SECONDS]\n"
        "  create-shop --db F --name NAME [--address A] [--siret S] [--vat V]   prints the shop id\n"
        "  create-code --db F --shop ID [--ttl SECONDS]      prints a one-time enrollment code\n"
        "  provision --db F --shop ID --url URL [--ttl SECONDS] --out FILE.comptoir\n"
        "        writes a provisioning file (a new one-time code and the shop's identity), mode 0600\n"
        "  create-product --db F --shop ID --name NAME [--on-hand N]\n"
        "  seed-products --db F --shop ID --count N [--on-hand Q]   N products at once (benchmarks)\n"
        "  place-order --db F --shop ID --variant ID --quantity N [--payment online|at_collection]\n"
        "  cancel-order --db F --shop ID --order ID\n"
        "  service-levels --db F --shop ID --accept MIN --ready MIN --warn MIN   the shop's deadlines\n"
        "  edit-product --db F --shop ID --product ID --field NAME=VALUE...\n"
        "  bump-epoch --db F\n"
        "  state --db F --shop ID\n"
        "The server listens on 127.0.0.1 only: it is a test and demo server, without TLS.\n",
        stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-marketplace"));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-')))
        return usage();
    const QString command = args.takeAt(1);

    QCommandLineParser parser;
    const auto option = [&parser](const char *name) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    };
    for (const char *name :
         {"db",       "port",      "admin-token", "drop-request", "drop-response", "error-5xx",
          "delay-ms", "duplicate", "seed",        "order-every",  "name",          "shop",
          "ttl",      "variant",   "quantity",    "product",      "field",         "order",
          "on-hand",  "customer",  "count",       "address",      "siret",         "vat",
          "url",      "out",       "payment",     "accept",       "ready",         "warn"})
        option(name);
    if (!parser.parse(args)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return usage();
    }
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    if (value("db").isEmpty())
        return usage();
    QString error;
    const std::unique_ptr<MarketStore> store = MarketStore::open(value("db"), &error);
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(value("db")), qPrintable(error));
        return 1;
    }
    Marketplace market(*store);

    if (command == QLatin1String("serve")) {
        FaultRates rates;
        rates.dropRequest = value("drop-request").toDouble();
        rates.dropResponse = value("drop-response").toDouble();
        rates.error5xx = value("error-5xx").toDouble();
        rates.duplicate = value("duplicate").toDouble();
        rates.delayMs = value("delay-ms").toInt();
        const quint32 seed = value("seed").toUInt();
        FaultPlan faults(seed);
        faults.setRates(rates);
        MarketHttpServer server(market, faults, value("admin-token").toUtf8());
        const quint16 port = server.listenOnLoopback(quint16(value("port").toUInt()));
        if (port == 0) {
            std::fprintf(stderr, "cannot listen on 127.0.0.1:%s\n", qPrintable(value("port")));
            return 1;
        }
        std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
        std::fflush(stdout);
        QRandomGenerator orderRandom(seed + 1);
        QTimer orders;
        const int every = value("order-every").toInt();
        if (every > 0) {
            QObject::connect(&orders, &QTimer::timeout, &market,
                             [&] { market.placeRandomOrders(orderRandom); });
            orders.start(every * 1000);
        }
        return QCoreApplication::exec();
    }
    if (command == QLatin1String("create-shop"))
        return printReply(market.createShop(value("name"), {value("address"), value("siret"), value("vat")}),
                          QStringLiteral("shop_id"));
    if (command == QLatin1String("provision"))
        return writeProvisioningFile(market, value("shop"), value("url"), value("ttl").toInt(), value("out"));
    if (command == QLatin1String("create-code"))
        return printReply(market.createCode(value("shop"), value("ttl").toInt()), QStringLiteral("code"));
    if (command == QLatin1String("create-product")) {
        const QJsonObject request {
            {QStringLiteral("fields"), QJsonObject {{QStringLiteral("name"), value("name")}}},
            {QStringLiteral("variants"),
             QJsonArray {QJsonObject {{QStringLiteral("on_hand"), value("on-hand").toLongLong()}}}}};
        return printReply(market.createProduct(value("shop"), request));
    }
    if (command == QLatin1String("seed-products"))
        return printReply(
            seedProducts(*store, value("shop"), value("count").toInt(), value("on-hand").toLongLong()));
    if (command == QLatin1String("place-order")) {
        const QJsonObject request {
            {QStringLiteral("customer"),
             value("customer").isEmpty() ? QStringLiteral("Online customer") : value("customer")},
            {QStringLiteral("lines"),
             QJsonArray {QJsonObject {{QStringLiteral("variant_id"), value("variant")},
                                      {QStringLiteral("quantity"), value("quantity").toLongLong()}}}}};
        QJsonObject withPayment = request;
        if (!value("payment").isEmpty())
            withPayment.insert(QStringLiteral("payment"), value("payment"));
        return printReply(market.placeOrder(value("shop"), withPayment));
    }
    if (command == QLatin1String("cancel-order"))
        return printReply(market.cancelOrder(value("shop"), value("order")));
    if (command == QLatin1String("service-levels"))
        return printReply(
            market.setServiceLevels(value("shop"),
                                    {{QStringLiteral("accept_within_min"), value("accept").toLongLong()},
                                     {QStringLiteral("ready_within_min"), value("ready").toLongLong()},
                                     {QStringLiteral("warn_before_min"), value("warn").toLongLong()}}));
    if (command == QLatin1String("edit-product")) {
        QJsonObject fields;
        for (const QString &assignment : parser.values(QStringLiteral("field"))) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage();
            fields.insert(assignment.left(eq), parseFieldValue(assignment.mid(eq + 1)));
        }
        return printReply(
            market.editProduct(value("shop"), value("product"), {{QStringLiteral("fields"), fields}}));
    }
    if (command == QLatin1String("bump-epoch"))
        return printReply(market.bumpEpoch(), QStringLiteral("epoch"));
    if (command == QLatin1String("state"))
        return printReply(market.state(value("shop")));
    return usage();
}
