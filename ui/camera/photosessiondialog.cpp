// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/camera/photosessiondialog.h"

#include "models/photos/photoinbox.h"
#include "models/photos/photostore.h"
#include "models/photos/productphotos.h"
#include "models/storage/database.h"
#include "ui/camera/camerasource.h"
#include "ui/camera/capturedphotos.h"
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

constexpr int ThumbnailSide = 96;

QIcon thumbnail(const QString &path)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio));
    return QIcon(QPixmap::fromImage(reader.read()));
}

} // namespace

PhotoSessionDialog::PhotoSessionDialog(Database &db, ProductPhotos &photos, const PhotoStore &store,
                                       CameraSource &camera, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_photos(photos),
      m_store(store),
      m_camera(camera),
      m_captured(new CapturedPhotos(photos, this))
{
    setObjectName(QStringLiteral("photoSessionDialog"));
    setWindowTitle(tr("Photo session"));
    auto *intro = new QLabel(tr("Scan a product (or type its reference and press Enter), then press Space to "
                                "take each photo. Esc ends the session."),
                             this);
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("photoSessionCode"));
    m_code->setPlaceholderText(tr("Barcode or reference"));
    m_code->installEventFilter(this);
    connect(m_code, &QLineEdit::returnPressed, this, &PhotoSessionDialog::lookUp);

    m_name = new QLabel(tr("No product yet: scan one."), this);
    m_name->setObjectName(QStringLiteral("photoSessionProduct"));
    QFont bigger = m_name->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    m_name->setFont(bigger);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("photoSessionCount"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("photoSessionStatus"));
    m_status->setWordWrap(true);

    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("photoSessionPhotos"));
    m_strip->setViewMode(QListView::IconMode);
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(false);
    m_strip->setIconSize(QSize(ThumbnailSide, ThumbnailSide));
    m_strip->setFixedHeight(ThumbnailSide + 24);
    m_strip->setFocusPolicy(Qt::NoFocus);

    QWidget *view = m_camera.createView(this);
    view->setObjectName(QStringLiteral("photoSessionLiveView"));
    view->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_name);
    layout->addWidget(m_count);
    layout->addWidget(view, 1);
    layout->addWidget(m_strip);
    layout->addWidget(m_status);
    resize(720, 640);

    connect(&m_camera, &CameraSource::captured, this, &PhotoSessionDialog::onCaptured);
    connect(&m_camera, &CameraSource::failed, this, [this](const Error &error) {
        if (!m_waitingForPicture.isEmpty())
            m_waitingForPicture.removeFirst();
        say(errorText(error));
    });
    connect(m_captured, &CapturedPhotos::added, this, &PhotoSessionDialog::onAdded);
    connect(m_captured, &CapturedPhotos::refused, this, &PhotoSessionDialog::onRefused);
    m_code->setFocus();
}

PhotoSessionDialog::~PhotoSessionDialog()
{
    m_camera.stop();
}

int PhotoSessionDialog::pending() const
{
    return m_captured->pending() + int(m_waitingForPicture.size());
}

void PhotoSessionDialog::say(const QString &text)
{
    m_status->setText(text);
}

bool PhotoSessionDialog::showProduct(qint64 productId)
{
    auto rows = m_db.rows(QStringLiteral("SELECT name FROM products WHERE id = ?"), {productId});
    if (!rows || rows->isEmpty()) {
        say(rows ? errorText(makeError(ErrorCode::NotFound)) : errorText(rows.error()));
        return false;
    }
    m_productId = productId;
    m_name->setText(rows->first().first().toString());
    showPhotos();
    if (!m_camera.isActive())
        m_camera.start();
    return true;
}

void PhotoSessionDialog::showPhotos()
{
    m_strip->clear();
    auto photos = m_photos.photosOf(m_productId);
    if (!photos) {
        say(errorText(photos.error()));
        return;
    }
    for (const QString &sha : std::as_const(*photos)) {
        auto *item = new QListWidgetItem(thumbnail(m_store.pathOf(sha)), QString(), m_strip);
        item->setData(Qt::UserRole, sha);
    }
    m_count->setText(photos->isEmpty()         ? tr("No photo yet: press Space to take one.")
                         : photos->size() == 1 ? tr("1 photo. Space takes another.")
                                               : tr("%1 photos. Space takes another.").arg(photos->size()));
}

void PhotoSessionDialog::lookUp()
{
    const QString code = m_code->text().trimmed();
    m_code->clear();
    if (code.isEmpty())
        return;
    auto product = productWithCode(m_db, code);
    if (!product) {
        say(errorText(product.error()));
        return;
    }
    if (!*product) {
        say(tr("No product has the code %1: scan another, or add the product in the Catalogue first.")
                .arg(code));
        return;
    }
    if (showProduct(**product))
        say(tr("Frame the product, then press Space."));
}

void PhotoSessionDialog::capture()
{
    if (m_productId == 0) {
        say(tr("Scan a product first: the photo goes to the product scanned."));
        return;
    }
    if (!m_camera.isActive())
        m_camera.start();
    m_waitingForPicture.append(m_productId);
    say(tr("Taking the photo…"));
    m_camera.capture();
}

void PhotoSessionDialog::onCaptured(const QImage &image)
{
    if (m_waitingForPicture.isEmpty())
        return; // a picture nobody here asked for
    const qint64 productId = m_waitingForPicture.takeFirst();
    say(tr("Preparing the photo…"));
    m_captured->add(productId, image);
}

void PhotoSessionDialog::onAdded(qint64 productId, const QString &sha256, bool tooSmall)
{
    if (productId == m_productId)
        showPhotos();
    say(tooSmall ? tr("Photo added, but it is small (under 600 pixels): come closer or use a better camera "
                      "to sell from it.")
                 : tr("Photo added. Space takes another; scan the next product when done."));
    Q_EMIT photoAdded(productId, sha256);
}

void PhotoSessionDialog::onRefused(qint64 productId, const Error &error)
{
    say(errorText(error));
    Q_EMIT photoRefused(productId, error);
}

bool PhotoSessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Space takes the picture: codes and references have no spaces, so the field never needs one.
    if (watched == m_code && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (!key->isAutoRepeat())
                capture();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PhotoSessionDialog::done(int result)
{
    m_camera.stop();
    QDialog::done(result);
}

} // namespace comptoir
