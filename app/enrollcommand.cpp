// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/enrollcommand.h"

#include "app/commandshop.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>
#include <optional>

namespace comptoir {

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitRefused = 3;

// The command's texts (context "EnrollCommand" for lupdate).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
};

} // namespace

int runEnrollCommand(const QString &dataDirOverride, const QString &url, const QString &code,
                     const QString &deviceName, const QString &provisioningFile)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto db = openExistingShop(dataDirOverride, false, err);
    if (!db)
        return db.exitCode();
    auto secrets = shopSecrets(*db, err);
    if (!secrets)
        return ExitFailure;

    const QString name = deviceName.trimmed().isEmpty() ? QHostInfo::localHostName() : deviceName.trimmed();
    QNetworkAccessManager network;
    Enrollment enrollment(*db, *secrets->store, network);
    std::optional<Result<EnrolledDevice>> result;
    QEventLoop loop;
    auto done = [&](Result<EnrolledDevice> r) {
        result.emplace(std::move(r));
        loop.quit();
    };
    if (!provisioningFile.isEmpty())
        enrollment.enrollFromFile(provisioningFile, name, done);
    else
        enrollment.enroll(url, code, name, done);
    if (!result)
        loop.exec();
    if (!*result) {
        err << Text::tr("Enrolment failed: %1").arg(errorText(result->error())) << Qt::endl;
        return ExitRefused;
    }
    const EnrolledDevice &device = **result;
    out << Text::tr("This till is enrolled with %1.").arg(device.endpoint.toString()) << Qt::endl;
    out << Text::tr("Shop: %1").arg(device.shopName) << Qt::endl;
    out << Text::tr("Device id: %1").arg(device.deviceId) << Qt::endl;
    return 0;
}

} // namespace comptoir
