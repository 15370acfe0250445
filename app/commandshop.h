#pragma once

#include "models/result.h"
#include "models/storage/secretstore.h"

#include <QEventLoop>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace comptoir {

class Database;
class RegisterSigner;

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

namespace comptoir {

// A command's top level waits for an asynchronous answer (a secret store's) in an event loop of
// its own: start gets a context and the callback to answer; for commands and the start of the
// program only, never from a window's slot.
template<typename T> T awaitAnswer(const std::function<void(QObject *, std::function<void(T)>)> &start)
{
    QObject context;
    std::optional<T> answer;
    QEventLoop loop;
    start(&context, [&answer, &loop](T value) {
        answer = std::move(value);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

// Waits (as above) until the register's key has come from the secret store: its status.
Status awaitSigningKey(RegisterSigner &signer);

} // namespace comptoir
