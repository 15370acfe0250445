// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A deliberately wrong file for tst_sources, never compiled: checked as if it lay in
// models/catalogue, each include below but the first breaks one rule.
#include "models/catalogue/catalogue.h" // allowed: its own room
#include "models/sales/salejournal.h" // edge: the catalogue may not use the sales journal
#include "sync/engine/syncengine.h" // upward: models must not know sync
#include "tests/support/fixtures.h" // outside the layers
#include "ui/till/tillpage.h" // upward: models must not know the window
