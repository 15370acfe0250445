// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/photosettingssection.h"

#include "models/staff/operatorsession.h"
#include "ui/errortext.h"

#include <QCameraDevice>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

PhotoSettingsSection::PhotoSettingsSection(ShopSettings &settings, OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Photos"), parent), m_settings(settings), m_session(session)
{
    setObjectName(QStringLiteral("photoSettingsSection"));
    auto *intro = new QLabel(tr("The camera the photo session uses, and the folder your phone syncs its "
                                "photos to: a photo named after a barcode or a reference goes to that "
                                "product, the others wait in the photo inbox."),
                             this);
    intro->setWordWrap(true);
    m_camera = new QComboBox(this);
    m_camera->setObjectName(QStringLiteral("photoCameraCombo"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("photoWatchedFolderEdit"));
    m_folder->setPlaceholderText(tr("None: photos are added from files or the camera only"));
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(QStringLiteral("photoWatchedFolderBrowse"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &PhotoSettingsSection::browse);
    m_save = new QPushButton(tr("Save the photo settings"), this);
    m_save->setObjectName(QStringLiteral("photoSettingsSave"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &PhotoSettingsSection::save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("photoSettingsStatus"));
    m_status->setWordWrap(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("C&amera:"), m_camera);
    form->addRow(tr("&Watched folder:"), folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_status);

    connect(&m_session, &OperatorSession::changed, this, [this] {
        reload();
        updateEditable();
    });
    reload();
    updateEditable();
}

void PhotoSettingsSection::fillCameras(const QString &chosenId)
{
    m_camera->clear();
    m_camera->addItem(tr("The system's default camera"), QString());
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    for (const QCameraDevice &device : devices)
        m_camera->addItem(device.description(), QString::fromUtf8(device.id()));
    int index = m_camera->findData(chosenId);
    if (index < 0 && !chosenId.isEmpty()) {
        // Chosen once, not plugged in now: kept, and said so.
        m_camera->addItem(tr("The chosen camera (not connected)"), chosenId);
        index = m_camera->count() - 1;
    }
    m_camera->setCurrentIndex(qMax(0, index));
}

void PhotoSettingsSection::reload()
{
    auto listing = m_settings.listing();
    if (!listing) {
        m_status->setText(errorText(listing.error()));
        return;
    }
    fillCameras(listing->cameraId);
    m_folder->setText(QDir::toNativeSeparators(listing->watchedFolder));
}

void PhotoSettingsSection::updateEditable()
{
    const bool manager = m_session.current() && m_session.current()->isManager();
    for (QWidget *widget : {static_cast<QWidget *>(m_camera), static_cast<QWidget *>(m_folder),
                            static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_save)})
        widget->setEnabled(manager);
    m_status->setText(manager ? QString() : tr("A manager changes the photo settings."));
}

void PhotoSettingsSection::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("The folder your phone syncs photos to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PhotoSettingsSection::save()
{
    if (!m_session.current() || !m_session.current()->isManager())
        return;
    auto listing = m_settings.listing();
    if (!listing) {
        m_status->setText(errorText(listing.error()));
        return;
    }
    ListingSettings changed = *listing;
    changed.cameraId = m_camera->currentData().toString();
    const QString folder = m_folder->text().trimmed();
    changed.watchedFolder
        = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    if (Status s = m_settings.setListing(changed); !s) {
        m_status->setText(errorText(s.error()));
        return;
    }
    m_status->setText(changed.watchedFolder.isEmpty()
                          ? tr("Photo settings saved.")
                          : tr("Photo settings saved: the folder is watched from now on while Comptoir is "
                               "open."));
    Q_EMIT listingSaved(changed);
}

} // namespace comptoir
