// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/doctorcommand.h"

#include "app/commandshop.h"
#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/doctor/doctor.h"
#include "ui/doctor/doctortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>
#include <optional>

namespace comptoir {

namespace {

constexpr int ExitCheckFailed = 3;

} // namespace

int runDoctorCommand(const QString &dataDirOverride, bool demo)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString databaseFile;
    std::unique_ptr<SecretStore> store;
    {
        // Reads only, takes no lock: the doctor may run beside the open till.
        const auto opened = openExistingShop(dataDirOverride, demo, err, true);
        if (!opened)
            return opened.exitCode();
        auto secrets = shopSecrets(*opened, err);
        if (!secrets)
            return 1;
        store = std::move(secrets->store);
        databaseFile = opened->filePath();
    }
    out << DoctorText::tr("Data folder: %1")
               .arg(QDir::toNativeSeparators(QFileInfo(databaseFile).absolutePath()))
        << Qt::endl;

    const SystemClock clock;
    QNetworkAccessManager network;
    Doctor doctor(databaseFile, *store, network, clock);
    std::optional<QList<DoctorItem>> items;
    QEventLoop loop;
    QObject::connect(&doctor, &Doctor::finished, &loop, [&items, &loop](const QList<DoctorItem> &found) {
        items = found;
        loop.quit();
    });
    doctor.start();
    if (!items)
        loop.exec();
    for (const DoctorItem &item : *items)
        out << DoctorText::line(item) << Qt::endl;
    out << DoctorText::summary(*items) << Qt::endl;
    return hasFailure(*items) ? ExitCheckFailed : 0;
}

} // namespace comptoir
