// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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
class InstanceLock;
class RegisterSigner;

// The shop a command-line command works on (journal, sync, enroll). A command never creates a
// shop: each function says what is wrong on `err`, in words, and returns nothing.

// Every command's exit code when another Comptoir (a window, or a command) keeps the shop's data
// folder and did not let go of it within InstanceLock::CommandWaitMs.
constexpr int ExitShopInUse = 5;
// ExitShopInUse for ErrorCode::DataFolderInUse, 1 (failure) for any other error.
int exitCodeFor(const Error &error);

// The data folder of an existing shop.
std::optional<QString> existingShopFolder(const QString &dataDirOverride, bool demo, QTextStream &err);

// An existing shop opened for a command: its folder locked for this process (unless opened only
// to read), its permissions repaired, its database opened (and migrated) with the storage's own
// log lines quieted: the command's output is for a person. Used as a pointer to the database;
// empty when it could not be opened (said on `err`), then exitCode() is what the command returns.
class CommandShop
{
public:
    explicit CommandShop(int exitCode); // nothing opened
    CommandShop(std::unique_ptr<InstanceLock> lock, std::unique_ptr<Database> db);
    CommandShop(CommandShop &&) noexcept;
    ~CommandShop();

    explicit operator bool() const { return m_db != nullptr; }
    Database &operator*() const { return *m_db; }
    Database *operator->() const { return m_db.get(); }
    int exitCode() const { return m_exitCode; }

private:
    std::unique_ptr<InstanceLock> m_lock; // declared first: let go after the database is closed
    std::unique_ptr<Database> m_db;
    int m_exitCode = 1;
};

// readOnly: a command that only reads (journal verify) may run beside the open till, so it takes
// no lock; the others wait for the folder (InstanceLock::CommandWaitMs), then give up with
// ExitShopInUse.
CommandShop openExistingShop(const QString &dataDirOverride, bool demo, QTextStream &err,
                             bool readOnly = false);

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
