// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/photoinboxdialog.h"

#include "models/photos/photoinbox.h"
#include "models/photos/photostore.h"
#include "ui/errortext.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int PreviewSide = 360;

QPixmap scaledPhoto(const QString &path, int side)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    return QPixmap::fromImage(reader.read());
}

} // namespace

PhotoInboxDialog::PhotoInboxDialog(PhotoInbox &inbox, const PhotoStore &store, QWidget *parent)
    : QDialog(parent), m_inbox(inbox), m_store(store)
{
    setObjectName(QStringLiteral("photoInboxDialog"));
    setWindowTitle(tr("Photo inbox"));
    auto *intro = new QLabel(tr("Photos whose name is no product's code. Scan the product a photo shows to "
                                "give it that photo; Delete throws the photo away."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("photoInboxList"));
    m_list->setMaximumWidth(240);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("photoInboxPreview"));
    m_preview->setMinimumSize(PreviewSide, PreviewSide);
    m_preview->setAlignment(Qt::AlignCenter);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("photoInboxCode"));
    m_code->setPlaceholderText(tr("Scan the product this photo shows"));
    m_code->installEventFilter(this);
    m_list->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("photoInboxStatus"));
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_code);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &PhotoInboxDialog::showCurrent);
    connect(m_code, &QLineEdit::returnPressed, this, &PhotoInboxDialog::assign);
    reload();
    m_code->setFocus();
}

void PhotoInboxDialog::reload()
{
    const int row = qMax(0, m_list->currentRow());
    m_list->clear();
    auto photos = m_inbox.list();
    if (!photos) {
        m_status->setText(errorText(photos.error()));
        return;
    }
    for (const InboxPhoto &photo : std::as_const(*photos)) {
        auto *item = new QListWidgetItem(photo.sourceName, m_list);
        item->setData(Qt::UserRole, photo.sha256);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    else
        m_status->setText(tr("The inbox is empty."));
    showCurrent();
}

QString PhotoInboxDialog::currentPhoto() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PhotoInboxDialog::showCurrent()
{
    const QString sha = currentPhoto();
    m_preview->setPixmap(sha.isEmpty() ? QPixmap() : scaledPhoto(m_store.pathOf(sha), PreviewSide));
}

void PhotoInboxDialog::assign()
{
    const QString code = m_code->text().trimmed();
    m_code->clear();
    const QString sha = currentPhoto();
    if (code.isEmpty() || sha.isEmpty())
        return;
    const QString name = m_list->currentItem()->text();
    auto product = m_inbox.assignByCode(sha, code);
    if (!product) {
        m_status->setText(product.error().code == ErrorCode::NotFound
                              ? tr("No product has the code %1: scan another.").arg(code)
                              : errorText(product.error()));
        return;
    }
    m_status->setText(tr("%1 given to the product scanned (%2).").arg(name, code));
    reload();
}

void PhotoInboxDialog::discard()
{
    const QString sha = currentPhoto();
    if (sha.isEmpty())
        return;
    const QString name = m_list->currentItem()->text();
    if (Status s = m_inbox.discard(sha); !s) {
        m_status->setText(errorText(s.error()));
        return;
    }
    m_status->setText(tr("%1 thrown away.").arg(name));
    reload();
}

bool PhotoInboxDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_code || watched == m_list) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && (watched == m_list || m_code->text().isEmpty())) {
            discard();
            return true;
        }
        // Up and Down in the code field walk the photos.
        if (watched == m_code && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const int step = key->key() == Qt::Key_Up ? -1 : 1;
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace comptoir
