// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandshop.h"

#include "models/demo/demosecretstore.h"
#include "models/demo/demoshop.h"
#include "models/fiscal/registersigner.h"
#include "models/storage/database.h"
#include "models/storage/datadirectory.h"
#include "models/storage/instancelock.h"
#include "models/storage/privatefiles.h"
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

int exitCodeFor(const Error &error)
{
    constexpr int ExitFailure = 1;
    return error.code == ErrorCode::DataFolderInUse ? ExitShopInUse : ExitFailure;
}

CommandShop::CommandShop(int exitCode) : m_exitCode(exitCode) { }

CommandShop::CommandShop(std::unique_ptr<InstanceLock> lock, std::unique_ptr<Database> db)
    : m_lock(std::move(lock)), m_db(std::move(db)), m_exitCode(0)
{ }

CommandShop::CommandShop(CommandShop &&) noexcept = default;
CommandShop::~CommandShop() = default;

CommandShop openExistingShop(const QString &dataDirOverride, bool demo, QTextStream &err, bool readOnly)
{
    constexpr int ExitFailure = 1;
    const auto dataDir = existingShopFolder(dataDirOverride, demo, err);
    if (!dataDir)
        return CommandShop(ExitFailure);
    QLoggingCategory::setFilterRules(QStringLiteral("comptoir.*.info=false\ncomptoir.*.debug=false"));
    std::unique_ptr<InstanceLock> lock;
    if (!readOnly) {
        lock = std::make_unique<InstanceLock>(*dataDir);
        if (Status s = lock->tryLock(InstanceLock::CommandWaitMs); !s) {
            err << errorText(s.error()) << Qt::endl;
            return CommandShop(exitCodeFor(s.error()));
        }
        restrictTreeToOwner(*dataDir);
    }
    auto opened = Database::open(databasePath(*dataDir));
    if (!opened) {
        err << errorText(opened.error()) << Qt::endl;
        return CommandShop(ExitFailure);
    }
    return CommandShop(std::move(lock), std::move(opened).value());
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
