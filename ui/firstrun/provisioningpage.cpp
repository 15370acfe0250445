// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/provisioningpage.h"

#include "models/storage/database.h"
#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/firstrun/provisioningsearch.h"
#include "ui/logging.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {

// The identity the file gave, kept until the identity step is done (FirstRunProgress).
QString shopJson(const ProvisionedShop &shop)
{
    const QJsonObject object {{QStringLiteral("name"), shop.name},
                              {QStringLiteral("address"), shop.address},
                              {QStringLiteral("siret"), shop.siret},
                              {QStringLiteral("vat_number"), shop.vatNumber}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ProvisioningPage::ProvisioningPage(FirstRunWizard &wizard)
    : m_wizard(wizard),
      m_enrollment(wizard.services().db, wizard.services().secrets, wizard.services().network)
{
    setObjectName(QStringLiteral("provisioningPage"));
    setTitle(tr("Connect the till to the marketplace"));
    setSubTitle(tr("The association sent the shop a provisioning file (name.comptoir) on a USB key or by "
                   "e-mail. Comptoir looks for it on USB keys and in Downloads."));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("provisioningFileList"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("provisioningDetailsLabel"));
    m_details->setWordWrap(true);
    m_enrolFile = new QPushButton(tr("&Enrol with this file"), this);
    m_enrolFile->setObjectName(QStringLiteral("enrolFileButton"));
    m_openFile = new QPushButton(tr("&Open a file…"), this);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    m_search = new QPushButton(tr("&Search again"), this);
    m_search->setObjectName(QStringLiteral("searchButton"));
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_enrolFile);
    fileButtons->addWidget(m_openFile);
    fileButtons->addWidget(m_search);
    fileButtons->addStretch();

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_enrolCode = new QPushButton(tr("Enrol with this &code"), this);
    m_enrolCode->setObjectName(QStringLiteral("enrolCodeButton"));
    auto *typed = new QFormLayout;
    typed->addRow(tr("Marketplace address:"), m_url);
    typed->addRow(tr("Enrolment code:"), m_code);
    typed->addRow(QString(), m_enrolCode);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("enrolProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("enrolStatusLabel"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrolErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_offline = new QPushButton(tr("Continue &without the marketplace (enrol later in Settings)"), this);
    m_offline->setObjectName(QStringLiteral("offlineButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(fileButtons);
    layout->addWidget(new QLabel(tr("No file? Type the address and the code the association gave:"), this));
    layout->addLayout(typed);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_offline, 0, Qt::AlignLeft);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProvisioningPage::showSelected);
    connect(m_enrolFile, &QPushButton::clicked, this, &ProvisioningPage::enrolWithSelectedFile);
    connect(m_enrolCode, &QPushButton::clicked, this, &ProvisioningPage::enrolWithCode);
    connect(m_search, &QPushButton::clicked, this, &ProvisioningPage::search);
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Open a provisioning file"), QString(),
                                       tr("Provisioning files (*.comptoir *.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { addFile(path); });
        dialog->open();
    });
    connect(m_offline, &QPushButton::clicked, this, [this] {
        if (Status s = m_wizard.progress().mark(FirstRunProgress::OfflineKey); !s)
            return showError(comptoir::errorText(s.error()));
        qCInfo(lcUi) << "first run: continuing without the marketplace";
        Q_EMIT completeChanged();
        m_wizard.next();
    });
}

void ProvisioningPage::initializePage()
{
    search();
    if (!m_wizard.services().initialFile.isEmpty())
        addFile(m_wizard.services().initialFile);
}

void ProvisioningPage::search()
{
    for (const QString &path : ProvisioningSearch::find(m_wizard.services().searchRoots))
        addFile(path);
    if (m_list->count() == 0)
        m_details->setText(tr("No provisioning file was found. Plug in the USB key, then Search again; or "
                              "open the file; or type the code."));
}

int ProvisioningPage::addFile(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(row);
            return row;
        }
    }
    // Refused as soon as it is listed when it cannot be used (damaged, foreign, expired…).
    const auto read = ProvisioningFile::read(key);
    const Status checked = read
        ? ProvisioningFile::check(*read, m_wizard.services().db, m_wizard.services().clock)
        : Status(read.error());
    QString label = QFileInfo(key).fileName();
    if (checked) {
        m_files.insert(key, *read);
        if (!read->shopName.isEmpty())
            label = tr("%1 — %2").arg(read->shopName, label);
    } else {
        m_refused.insert(key, checked.error());
        label = tr("%1 (cannot be used)").arg(label);
    }
    auto *item = new QListWidgetItem(label);
    item->setData(Qt::UserRole, key);
    item->setToolTip(key);
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    return m_list->row(item);
}

void ProvisioningPage::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    m_enrolFile->setEnabled(m_files.contains(path) && !isBusy());
    if (m_refused.contains(path)) {
        m_details->setText(comptoir::errorText(m_refused.value(path)));
        return;
    }
    if (!m_files.contains(path)) {
        m_details->clear();
        return;
    }
    const Provisioning &p = *m_files.constFind(path);
    QString text = tr("Shop: %1").arg(p.shopName) + QLatin1Char('\n')
        + tr("Marketplace: %1").arg(p.endpoint.toString());
    if (p.expiresAt.isValid())
        text += QLatin1Char('\n')
            + tr("Valid until: %1").arg(QLocale().toString(p.expiresAt.toLocalTime(), QLocale::ShortFormat));
    m_details->setText(text);
}

void ProvisioningPage::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_status->setText(what);
    for (QWidget *w :
         {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_openFile),
          static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_code),
          static_cast<QWidget *>(m_enrolCode), static_cast<QWidget *>(m_offline)})
        w->setEnabled(!busy);
    showSelected();
}

void ProvisioningPage::enrolWithSelectedFile()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (!m_files.contains(path) || isBusy())
        return;
    const Provisioning provisioning = *m_files.constFind(path);
    showError({});
    setBusy(true, tr("Enrolling with %1…").arg(provisioning.endpoint.baseUrl().host()));
    const ProvisionedShop shop = provisioning.shop;
    m_enrollment.enrollWith(
        provisioning, path, m_wizard.services().deviceName, m_wizard.services().clock,
        [this, shop](Result<EnrolledDevice> result) { finished(std::move(result), shop); });
}

void ProvisioningPage::enrolWithCode()
{
    if (isBusy())
        return;
    showError({});
    setBusy(true, tr("Enrolling…"));
    m_enrollment.enroll(m_url->text().trimmed(), m_code->text(), m_wizard.services().deviceName,
                        [this](Result<EnrolledDevice> result) { finished(std::move(result), {}); });
}

void ProvisioningPage::finished(Result<EnrolledDevice> result, const ProvisionedShop &shop)
{
    setBusy(false);
    if (!result) {
        qCInfo(lcUi) << "first run: enrolment refused, error" << int(result.error().code);
        // A file refused for good (expired, used, another shop) is marked so in the list.
        if (QListWidgetItem *item = m_list->currentItem(); item && !shop.id.isEmpty()) {
            const QString path = item->data(Qt::UserRole).toString();
            if (result.error().code == ErrorCode::EnrollmentCodeUsed
                || result.error().code == ErrorCode::EnrollmentCodeExpired) {
                m_files.remove(path);
                m_refused.insert(path, result.error());
            }
        }
        showSelected();
        return showError(comptoir::errorText(result.error()));
    }
    ProvisionedShop kept = shop;
    if (kept.name.isEmpty())
        kept.name = result->shopName;
    if (Status s = m_wizard.services().db.setMeta(QString::fromLatin1(FirstRunProgress::ProvisionedShopKey),
                                                  shopJson(kept));
        !s)
        qCWarning(lcUi) << "first run: the file's identity was not kept: error" << int(s.error().code);
    m_status->setText(tr("This till is enrolled with the shop %1.").arg(result->shopName));
    Q_EMIT completeChanged();
}

void ProvisioningPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ProvisioningPage::errorText() const
{
    return m_error->text();
}

bool ProvisioningPage::isComplete() const
{
    const auto done = m_wizard.progress().isDone(FirstRunProgress::Step::Enrolment);
    return !isBusy() && done && *done;
}

} // namespace comptoir
