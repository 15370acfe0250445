#include "enrollcommand.h"

#include "database.h"
#include "datadirectory.h"
#include "demosecretstore.h"
#include "demoshop.h"
#include "enrollment.h"
#include "errortext.h"
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
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
    auto dataDir = resolveDataDirectory(dataDirOverride, false);
    if (!dataDir) {
        err << errorText(dataDir.error()) << Qt::endl;
        return ExitFailure;
    }
    if (!QFileInfo::exists(databasePath(*dataDir))) {
        err << QCoreApplication::translate(
                   "Command", "There is no shop in %1: give the shop's data folder with --data-dir.")
                   .arg(*dataDir)
            << Qt::endl;
        return ExitFailure;
    }
    // Warnings only on the terminal; what is said below is the account.
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    auto db = Database::open(databasePath(*dataDir));
    if (!db) {
        err << errorText(db.error()) << Qt::endl;
        return ExitFailure;
    }
    // The secret store the window uses for this shop: the demo's own, or the keychain.
    auto isDemo = DemoShop::isDemo(**db);
    if (!isDemo) {
        err << errorText(isDemo.error()) << Qt::endl;
        return ExitFailure;
    }
    std::unique_ptr<SecretStore> secrets;
    if (*isDemo)
        secrets = std::make_unique<DemoSecretStore>();
    else
        secrets = std::make_unique<KeychainSecretStore>();

    const QString name = deviceName.trimmed().isEmpty() ? QHostInfo::localHostName() : deviceName.trimmed();
    QNetworkAccessManager network;
    Enrollment enrollment(**db, *secrets, network);
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
