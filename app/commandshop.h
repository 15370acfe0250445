#pragma once

#include "models/result.h"
#include "models/storage/secretstore.h"

#include <QString>

#include <memory>
#include <optional>

class QTextStream;

namespace comptoir {

class Database;

// The shop a command-line command works on (journal, sync, enroll). A command never creates a
// shop: each function says what is wrong on `err`, in words, and returns nothing.

// The data folder of an existing shop.
std::optional<QString> existingShopFolder(const QString &dataDirOverride, bool demo, QTextStream &err);
// That folder's database, opened (and migrated), with the storage's own log lines quieted: the
// command's output is for a person.
std::unique_ptr<Database> openExistingShop(const QString &dataDirOverride, bool demo, QTextStream &err);

// The secret store the window uses for this shop: the demo's own, or the OS keychain.
struct ShopSecrets
{
    std::unique_ptr<SecretStore> store;
    bool demo = false;
};
std::optional<ShopSecrets> shopSecrets(const Database &db, QTextStream &err);

} // namespace comptoir
