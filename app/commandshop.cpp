#include "app/commandshop.h"

#include "models/demo/demosecretstore.h"
#include "models/demo/demoshop.h"
#include "models/fiscal/registersigner.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "sync/keychain/keychainsecretstore.h"
#include "ui/errortext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

namespace comptoir {

std::optional<QString> existingShopFolder(const QString &dataDirOverride, bool demo, QTextStream &err)
{
    auto dataDir = resolveDataDirectory(dataDirOverride, demo);
    if (!dataDir) {
        err << errorText(dataDir.error()) << Qt::endl;
        return std::nullopt;
    }
    if (!QFileInfo::exists(databasePath(*dataDir))) {
        err << QCoreApplication::translate(
                   "Command", "There is no shop in %1: give the shop's data folder with --data-dir.")
                   .arg(*dataDir)
            << Qt::endl;
        return std::nullopt;
    }
    return *dataDir;
}

std::unique_ptr<Database> openExistingShop(const QString &dataDirOverride, bool demo, QTextStream &err)
{
    const auto dataDir = existingShopFolder(dataDirOverride, demo, err);
    if (!dataDir)
        return nullptr;
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    auto opened = Database::open(databasePath(*dataDir));
    if (!opened) {
        err << errorText(opened.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

std::optional<ShopSecrets> shopSecrets(const Database &db, QTextStream &err)
{
    auto isDemo = DemoShop::isDemo(db);
    if (!isDemo) {
        err << errorText(isDemo.error()) << Qt::endl;
        return std::nullopt;
    }
    ShopSecrets secrets;
    secrets.demo = *isDemo;
    if (secrets.demo)
        secrets.store = std::make_unique<DemoSecretStore>();
    else
        secrets.store = std::make_unique<KeychainSecretStore>();
    return secrets;
}

Status awaitSigningKey(RegisterSigner &signer)
{
    if (signer.state() == RegisterSigner::State::Loading) {
        QEventLoop loop;
        QObject::connect(&signer, &RegisterSigner::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return signer.status();
}

} // namespace comptoir
