// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosoptions.h"
#include "models/result.h"

#include <QObject>

#include <memory>

namespace comptoir::chaos {

// The till child process: opens its shop database in its data folder, enrols with the marketplace
// on its first start, runs a SyncEngine in continuous mode on this thread's event loop, prints
// "ready" once the first snapshot has brought the catalogue, then performs its remaining share of
// operations with random pauses, nudging the engine after each, prints "done" and exits 0.
// With --quiesce it performs nothing: it runs sync passes until one ends with an empty outbox and
// no error, then exits 0. Problems go to stderr with exit status 1.
class TillChild : public QObject
{
    Q_OBJECT

public:
    explicit TillChild(const TillOptions &options, QObject *parent = nullptr);
    ~TillChild() override;

    // Starts the work; the child quits the application with its exit status when it is done.
    void start();

private:
    void fail(const QString &what);
    void enrolled();
    void startEngine(Result<QByteArray> token);
    void waitForCatalogue();
    void step();
    void quiescePass();
    void watchCursor();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace comptoir::chaos
