// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A till process for tst_photosync's crash case: opens the till's database, confirms on the
// marketplace the photos of the outbox's first batch (PhotoUploader: HEAD, PUT) exactly as the
// engine does before a push, prints "confirmed" and then waits, never pushing: the test kills it
// (SIGKILL) there, between the upload and the link.
// Usage: comptoir-photouploadchild DATABASE PHOTO_DATA_DIR   (the device token on stdin)
#include "models/clock.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "sync/client/marketplaceclient.h"
#include "sync/engine/outboxstore.h"
#include "sync/engine/photouploader.h"
#include "sync/enrolment/enrollment.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

using namespace comptoir;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 3) {
        out << "usage: comptoir-photouploadchild DATABASE PHOTO_DATA_DIR" << Qt::endl;
        return 2;
    }
    const QByteArray token = QTextStream(stdin).readLine().trimmed().toLatin1();
    auto db = Database::open(args.at(1));
    if (!db) {
        out << "error: database" << Qt::endl;
        return 1;
    }
    auto device = Enrollment::current(**db);
    if (!device || !*device) {
        out << "error: not enrolled" << Qt::endl;
        return 1;
    }
    SystemClock clock;
    UuidV7Generator uuids(clock);
    QNetworkAccessManager network;
    MarketplaceClient client(network, (*device)->endpoint);
    client.setCredentials((*device)->shopId, token);
    PhotoStore photos(args.at(2));
    OutboxStore outbox(**db, clock, uuids);
    PhotoUploader uploader(**db, clock, client, &photos);
    auto batch = outbox.nextBatch(200);
    if (!batch) {
        out << "error: outbox" << Qt::endl;
        return 1;
    }
    uploader.confirm(batch.value(), [&out](std::optional<Error> error) {
        out << (error ? QStringLiteral("error: %1 %2").arg(int(error->code)).arg(error->subject)
                      : QStringLiteral("confirmed"))
            << Qt::endl;
    });
    return app.exec(); // until killed
}
