// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/photostrip.h"

#include "models/photos/productphotos.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/photos/thumbnailloader.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMetaObject>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {

constexpr int ShaRole = Qt::UserRole + 1;

// The local files a drag from a file manager carries; empty for anything else.
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

PhotoStrip::PhotoStrip(ProductPhotos &photos, const PhotoPreparer &preparer, ThumbnailLoader &thumbnails,
                       qint64 productId, QWidget *parent)
    : QWidget(parent),
      m_photos(photos),
      m_preparer(preparer),
      m_thumbnails(thumbnails),
      m_productId(productId),
      m_list(new QListWidget(this)),
      m_addButton(new QPushButton(tr("Add photos…"), this)),
      m_mainButton(new QPushButton(tr("Make main"), this)),
      m_removeButton(new QPushButton(tr("Remove"), this)),
      m_busy(new QProgressBar(this)),
      m_busyLabel(new QLabel(this)),
      m_message(new QLabel(this))
{
    m_pool.setMaxThreadCount(2);

    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setAccessibleName(tr("Product photos"));
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setIconSize(QSize(IconSide, IconSide));
    m_list->setSpacing(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setFixedHeight(IconSide + 40);
    m_list->setToolTip(tr("Drag photos here from your files. The first photo is the main one. "
                          "Ctrl+Left/Right: move, Ctrl+Home: make main, Delete: remove."));
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    setAcceptDrops(true);

    m_addButton->setObjectName(QStringLiteral("addPhotos"));
    m_mainButton->setObjectName(QStringLiteral("makeMainPhoto"));
    m_mainButton->setToolTip(tr("The main photo is the one shown first online (Ctrl+Home)."));
    m_removeButton->setObjectName(QStringLiteral("removePhoto"));
    m_removeButton->setToolTip(tr("Remove this photo from the product (Delete)."));
    m_busy->setRange(0, 0); // a busy mark, not a measure
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();
    m_message->setObjectName(QStringLiteral("photoMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_mainButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_busyLabel);
    buttons->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &PhotoStrip::chooseFiles);
    connect(m_mainButton, &QPushButton::clicked, this, &PhotoStrip::makeCurrentMain);
    connect(m_removeButton, &QPushButton::clicked, this, &PhotoStrip::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_mainButton->setEnabled(row > 0);
        m_removeButton->setEnabled(row >= 0);
    });
    // A drag within the strip moves the item in the list: the new order is then saved.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_reloading)
            QTimer::singleShot(0, this, &PhotoStrip::onReorderedByDrag);
    });
    connect(&m_photos, &ProductPhotos::productPhotosChanged, this, [this](qint64 changed) {
        if (changed == m_productId)
            reload();
    });
    connect(&m_thumbnails, &ThumbnailLoader::thumbnailReady, this, &PhotoStrip::updateThumbnail);
    reload();
}

PhotoStrip::~PhotoStrip()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QStringList PhotoStrip::shownPhotos() const
{
    QStringList photos;
    for (int row = 0; row < m_list->count(); ++row)
        photos.append(m_list->item(row)->data(ShaRole).toString());
    return photos;
}

QString PhotoStrip::message() const
{
    return m_messages.join(QLatin1Char('\n'));
}

void PhotoStrip::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_pending.isEmpty())
        setMessages({}); // a new batch: what the last one said is done with
    for (const QString &path : paths) {
        const int ticket = m_nextTicket++;
        m_pending.append(Pending {path, std::nullopt});
        // The strip outlives the jobs: its destructor waits for them; a call queued to a
        // destroyed object is dropped.
        m_pool.start([this, ticket, path] {
            const Result<PreparedPhoto> prepared = m_preparer.prepareFile(path);
            QMetaObject::invokeMethod(
                this, [this, ticket, prepared] { onPrepared(ticket, prepared); }, Qt::QueuedConnection);
        });
    }
    updateBusy();
}

void PhotoStrip::onPrepared(int ticket, const Result<PreparedPhoto> &prepared)
{
    const int index = ticket - m_firstTicket;
    if (index < 0 || index >= m_pending.size())
        return;
    m_pending[index].prepared = prepared;
    addReadyPhotos();
}

void PhotoStrip::addReadyPhotos()
{
    QStringList lines = m_messages;
    bool added = false;
    while (!m_pending.isEmpty() && m_pending.constFirst().prepared.has_value()) {
        const Pending done = m_pending.takeFirst();
        ++m_firstTicket;
        const Result<PreparedPhoto> &prepared = *done.prepared;
        if (!prepared) {
            lines.append(errorText(prepared.error()));
            continue;
        }
        const Status status = m_photos.add(m_productId, prepared.value());
        if (!status) {
            qCWarning(lcUi) << "photo not added: error" << int(status.error().code) << status.error().subject
                            << status.error().detail;
            lines.append(errorText(status.error()));
            continue;
        }
        added = true;
        if (prepared->tooSmall) {
            lines.append(tr("%1 was added, but at %2 × %3 pixels it is small to sell from: a photo of at "
                            "least %4 pixels on its long side shows the product better.")
                             .arg(prepared->sourceName)
                             .arg(prepared->originalSize.width())
                             .arg(prepared->originalSize.height())
                             .arg(PhotoPreparer::MinSellableLongSide));
        }
    }
    setMessages(lines);
    if (added)
        reload();
    updateBusy();
    if (m_pending.isEmpty())
        Q_EMIT preparationFinished();
}

void PhotoStrip::moveCurrent(int delta)
{
    const QString sha256 = currentPhoto();
    QStringList order = shownPhotos();
    const int from = int(order.indexOf(sha256));
    const int to = std::clamp(from + delta, 0, int(order.size()) - 1);
    if (sha256.isEmpty() || from < 0 || to == from)
        return;
    order.move(from, to);
    apply(m_photos.reorder(m_productId, order));
    selectPhoto(sha256);
}

void PhotoStrip::makeCurrentMain()
{
    const QString sha256 = currentPhoto();
    if (sha256.isEmpty())
        return;
    apply(m_photos.makeMain(m_productId, sha256));
    selectPhoto(sha256);
}

void PhotoStrip::removeCurrent()
{
    const QString sha256 = currentPhoto();
    if (sha256.isEmpty())
        return;
    const int row = m_list->currentRow();
    apply(m_photos.remove(m_productId, sha256));
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void PhotoStrip::reload()
{
    const Result<QStringList> photos = m_photos.photosOf(m_productId);
    if (!photos) {
        setMessages({errorText(photos.error())});
        return;
    }
    const QString current = currentPhoto();
    m_reloading = true;
    m_list->clear();
    for (const QString &sha256 : photos.value()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(ShaRole, sha256);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    for (int row = 0; row < m_list->count(); ++row)
        updateThumbnail(m_list->item(row)->data(ShaRole).toString());
    m_reloading = false;
    selectPhoto(current);
    m_mainButton->setEnabled(m_list->currentRow() > 0);
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
}

bool PhotoStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() == Qt::ControlModifier;
        if (ctrl && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            moveCurrent(key->key() == Qt::Key_Left ? -1 : 1);
            return true;
        }
        if (ctrl && key->key() == Qt::Key_Home) {
            makeCurrentMain();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeCurrent();
            return true;
        }
    }
    if (watched == m_list->viewport()) {
        // Files from a file manager; a drag within the strip is the list's own (a reorder).
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->source() != m_list && !droppedFiles(drag->mimeData()).isEmpty()) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = droppedFiles(drop->mimeData());
            if (drop->source() != m_list && !paths.isEmpty()) {
                drop->setDropAction(Qt::CopyAction);
                drop->accept();
                addFiles(paths);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PhotoStrip::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QString(),
        tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF)"));
    addFiles(paths);
}

void PhotoStrip::onReorderedByDrag()
{
    const QStringList shown = shownPhotos();
    const Result<QStringList> saved = m_photos.photosOf(m_productId);
    if (saved && shown != saved.value())
        apply(m_photos.reorder(m_productId, shown));
    else
        reload();
}

void PhotoStrip::apply(const Status &status)
{
    if (!status)
        setMessages({errorText(status.error())});
    else if (!isBusy())
        setMessages({});
    reload();
}

void PhotoStrip::setMessages(const QStringList &lines)
{
    m_messages = lines;
    m_message->setText(message());
    m_message->setVisible(!lines.isEmpty());
}

void PhotoStrip::updateThumbnail(const QString &sha256)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(ShaRole).toString() != sha256)
            continue;
        // Square icons so that the strip lines up whatever the photos' shapes; the main one marked.
        const QPixmap thumbnail = m_thumbnails.thumbnail(sha256, ThumbnailLoader::LargeSize);
        const int side = ThumbnailLoader::LargeSize;
        QPixmap icon(side, side);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        const QPixmap scaled = thumbnail.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawPixmap((side - scaled.width()) / 2, (side - scaled.height()) / 2, scaled);
        if (row == 0) {
            const QRect band(0, side - side / 5, side, side / 5);
            painter.fillRect(band, QColor(0, 0, 0, 160));
            painter.setPen(Qt::white);
            painter.drawText(band, Qt::AlignCenter, tr("Main"));
        }
        painter.end();
        item->setIcon(QIcon(icon));
        item->setToolTip(row == 0 ? tr("Main photo") : tr("Photo %1").arg(row + 1));
    }
}

void PhotoStrip::updateBusy()
{
    const bool busy = isBusy();
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_busyLabel->setText(tr("Preparing photos: %1 left…").arg(m_pending.size()));
}

QString PhotoStrip::currentPhoto() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ShaRole).toString() : QString();
}

void PhotoStrip::selectPhoto(const QString &sha256)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(ShaRole).toString() == sha256) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

} // namespace comptoir
