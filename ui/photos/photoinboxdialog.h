// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace comptoir {

class PhotoInbox;
class PhotoStore;

// The photo inbox (issue 15): the photos from the watched folder or the command line whose name
// named no product, one after the other, large. Scanning a product (or typing its reference, Enter)
// gives it the photo shown and moves to the next; Delete throws the photo shown away; Esc closes.
class PhotoInboxDialog : public QDialog
{
    Q_OBJECT

public:
    PhotoInboxDialog(PhotoInbox &inbox, const PhotoStore &store, QWidget *parent = nullptr);

    void reload();
    QString currentPhoto() const; // its sha256, empty when the inbox is empty

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrent();
    void assign();
    void discard();

    PhotoInbox &m_inbox;
    const PhotoStore &m_store;
    QListWidget *m_list = nullptr;
    QLabel *m_preview = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace comptoir
