// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/catalogueexport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace comptoir {

class Database;

// The export of the Catalogue page (issue 14): which (the catalogue, with the stock, or the stock's
// value at cost), where (a path, .xlsx or .csv, with a "Choose…" file dialog), then Export writes
// it and says where it went, or why not (errorText). Written on the window's thread: a shop's
// catalogue of a few thousand rows takes well under a second.
class CatalogueExportDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueExportDialog(Database &db, QWidget *parent = nullptr);

    CatalogueExportKind kind() const;
    void setKind(CatalogueExportKind kind);
    QString path() const;
    void setPath(const QString &path);
    // What the last export said (for the tests and screen readers: the label's text).
    QString message() const;

public Q_SLOTS:
    // Writes the file; true when it was written.
    bool exportNow();

Q_SIGNALS:
    void exported(const QString &path);

private:
    void onChoose();
    void onKindChanged();
    QString defaultName() const;

    Database &m_db;
    QRadioButton *m_catalogue = nullptr;
    QRadioButton *m_stock = nullptr;
    QRadioButton *m_valuation = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace comptoir
