// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/enrollmentdialog.h"

#include "models/staff/operatorsession.h"
#include "ui/errortext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

EnrollmentDialog::EnrollmentDialog(Database &db, SecretStore &secrets, QNetworkAccessManager &network,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_secrets(secrets), m_network(network)
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    setWindowTitle(tr("Enrol this till with a marketplace"));

    m_form = new QWidget(this);
    auto *intro = new QLabel(tr("Type the marketplace's address and the enrolment code the marketplace gave "
                                "the shop, or open the provisioning file that came with it."),
                             m_form);
    intro->setWordWrap(true);

    // The fields keep a readable width whatever the sentences below them say.
    const int fieldWidth = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
    m_url = new QLineEdit(m_form);
    m_url->setObjectName(QStringLiteral("enrollUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_code = new QLineEdit(m_form);
    m_code->setObjectName(QStringLiteral("enrollCodeEdit"));
    m_deviceName = new QLineEdit(QHostInfo::localHostName(), m_form);
    m_deviceName->setObjectName(QStringLiteral("enrollDeviceNameEdit"));
    for (QLineEdit *field : {m_url, m_code, m_deviceName})
        field->setMinimumWidth(fieldWidth);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Marketplace &address:"), m_url);
    form->addRow(tr("Enrolment &code:"), m_code);
    form->addRow(tr("&Name of this till:"), m_deviceName);

    m_fileButton = new QPushButton(tr("Open a &provisioning file…"), m_form);
    m_fileButton->setObjectName(QStringLiteral("enrollFileButton"));
    m_fileButton->setAutoDefault(false);
    connect(m_fileButton, &QPushButton::clicked, this, &EnrollmentDialog::chooseFile);

    m_busyLabel = new QLabel(tr("Enrolling with the marketplace…"), this);
    m_busyLabel->setObjectName(QStringLiteral("enrollBusyLabel"));
    m_busyLabel->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrollErrorLabel"));
    m_error->setWordWrap(true);
    // Wraps within the dialog's width rather than widening it (or squeezing the fields).
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::MinimumExpanding);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("enrollButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("enrollOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter in any field enrols
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("enrollCancelButton"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("enrollCloseButton"));
    m_closeButton->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollmentDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrollmentDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    m_doneLabel = new QLabel(this);
    m_doneLabel->setObjectName(QStringLiteral("enrollDoneLabel"));
    m_doneLabel->setWordWrap(true);
    m_doneLabel->setTextFormat(Qt::PlainText);
    m_doneLabel->hide();

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addLayout(form);
    formLayout->addWidget(m_fileButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_url->setFocus();
}

EnrollmentDialog::~EnrollmentDialog() = default;

QString EnrollmentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Enrollment &EnrollmentDialog::enrollment()
{
    if (!m_enrollment)
        m_enrollment = std::make_unique<Enrollment>(m_db, m_secrets, m_network);
    return *m_enrollment;
}

void EnrollmentDialog::submit()
{
    if (m_busy)
        return;
    if (m_url->text().trimmed().isEmpty()) {
        showError(tr("Type the marketplace's address."));
        m_url->setFocus();
        return;
    }
    if (m_code->text().trimmed().isEmpty()) {
        showError(tr("Type the enrolment code the marketplace gave the shop."));
        m_code->setFocus();
        return;
    }
    setBusy(true);
    enrollment().enroll(m_url->text().trimmed(), m_code->text(), m_deviceName->text().trimmed(),
                        [this](Result<EnrolledDevice> result) { enrollmentFinished(std::move(result)); });
}

void EnrollmentDialog::chooseFile()
{
    if (m_busy)
        return;
    auto *dialog = new QFileDialog(this, tr("Open a provisioning file"), QString(),
                                   tr("Provisioning files (*.comptoir *.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("enrollFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &EnrollmentDialog::enrollFromFile);
    dialog->open();
}

void EnrollmentDialog::enrollFromFile(const QString &path)
{
    if (m_busy || path.isEmpty())
        return;
    setBusy(true);
    enrollment().enrollFromFile(path, m_deviceName->text().trimmed(), [this](Result<EnrolledDevice> result) {
        enrollmentFinished(std::move(result));
    });
}

void EnrollmentDialog::enrollmentFinished(Result<EnrolledDevice> result)
{
    setBusy(false);
    if (!result) {
        showError(comptoir::errorText(result.error()));
        return;
    }
    m_device = *result;
    m_error->hide();
    // Said before closing: which shop this till now belongs to.
    m_form->hide();
    m_doneLabel->setText(tr("Till enrolled with the shop “%1” on the marketplace. Orders and stock now "
                            "sync with it.")
                             .arg(m_device->shopName));
    m_doneLabel->show();
    m_buttons->button(QDialogButtonBox::Ok)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    Q_EMIT enrolled(*m_device);
}

void EnrollmentDialog::reject()
{
    if (m_device) // enrolled: Escape closes the confirmation
        return accept();
    // Abandons a request in flight: its answer is not waited for, nothing more is written.
    m_enrollment.reset();
    setBusy(false);
    QDialog::reject();
}

void EnrollmentDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_url->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_deviceName->setEnabled(!busy);
    m_fileButton->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    if (busy)
        m_error->hide();
}

void EnrollmentDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

MarketplaceSection::MarketplaceSection(const Database &db, OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Marketplace"), parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("marketplaceSection"));
    m_url = new QLabel(this);
    m_url->setObjectName(QStringLiteral("marketplaceUrlLabel"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shop = new QLabel(this);
    m_shop->setObjectName(QStringLiteral("marketplaceShopLabel"));
    m_device = new QLabel(this);
    m_device->setObjectName(QStringLiteral("marketplaceDeviceLabel"));
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enroll = new QPushButton(tr("&Enrol this till…"), this);
    m_enroll->setObjectName(QStringLiteral("marketplaceEnrollButton"));
    connect(m_enroll, &QPushButton::clicked, this, &MarketplaceSection::enrollmentRequested);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Marketplace address:"), m_url);
    form->addRow(tr("Shop:"), m_shop);
    form->addRow(tr("Device id:"), m_device);
    form->addRow(m_enroll);

    connect(&m_session, &OperatorSession::changed, this, &MarketplaceSection::updateEditable);
    refresh();
    updateEditable();
}

void MarketplaceSection::refresh()
{
    const auto current = Enrollment::current(m_db);
    if (!current) {
        m_url->setText(comptoir::errorText(current.error()));
        m_shop->clear();
        m_device->clear();
    } else if (!current->has_value()) {
        m_url->setText(tr("This till is not enrolled with a marketplace."));
        m_shop->clear();
        m_device->clear();
    } else {
        const EnrolledDevice &device = **current;
        m_url->setText(device.endpoint.toString());
        m_shop->setText(device.shopName);
        m_device->setText(device.deviceId);
    }
}

void MarketplaceSection::updateEditable()
{
    const bool manager = m_session.current() && m_session.current()->isManager();
    m_enroll->setEnabled(manager);
    m_enroll->setToolTip(manager ? QString() : tr("A manager must be signed in to enrol this till."));
}

} // namespace comptoir
