// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingspage.h"

#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "models/vatrate.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/receipts/receiptservice.h"
#include "ui/settings/settingspageprinter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace comptoir {

struct SettingsPage::Private
{
    ShopSettings &settings;
    ReceiptService &receipts;
    OperatorSession &session;

    QLabel *readOnlyNote = nullptr;
    QGroupBox *shopGroup = nullptr;
    QLineEdit *name = nullptr;
    QPlainTextEdit *address = nullptr;
    QLineEdit *siret = nullptr;
    QLineEdit *vatNumber = nullptr;
    QComboBox *timeZone = nullptr; // IANA ids, Europe/Paris first
    QLineEdit *tillName = nullptr;
    QLabel *shopError = nullptr;
    SettingsPagePrinter *printerGroup = nullptr;
    QGroupBox *tillGroup = nullptr;
    QLineEdit *discountThreshold = nullptr;
    QLineEdit *cashFloat = nullptr;
    QComboBox *defaultVatRate = nullptr;
    QLabel *tillError = nullptr;
    QPushButton *save = nullptr;
    QPushButton *revert = nullptr;
    QLabel *status = nullptr;
    QVBoxLayout *content = nullptr; // the groups, in the scroll area
};

namespace {

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Every time zone this system knows, by IANA id; Orléans' first.
void fillTimeZones(QComboBox *combo)
{
    const QByteArray paris = QByteArrayLiteral("Europe/Paris");
    combo->addItem(QString::fromLatin1(paris), paris);
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        if (id != paris)
            combo->addItem(QString::fromUtf8(id), id);
    }
}

// Selects the zone; one the list lacks (the system's, by another name) is added after Paris.
void selectTimeZone(QComboBox *combo, const QByteArray &id)
{
    int index = combo->findData(id);
    if (index < 0) { // after Europe/Paris, which stays first
        combo->insertItem(1, QString::fromUtf8(id), id);
        index = 1;
    }
    combo->setCurrentIndex(index);
}

bool sameIdentity(const ShopIdentity &a, const ShopIdentity &b)
{
    return a.name == b.name && a.address == b.address && a.siret == b.siret && a.vatNumber == b.vatNumber
        && a.tillName == b.tillName;
}

} // namespace

SettingsPage::SettingsPage(ShopSettings &settings, ReceiptService &receipts, OperatorSession &session,
                           QWidget *parent)
    : QWidget(parent), d(new Private {settings, receipts, session})
{
    setObjectName(QStringLiteral("settingsPage"));
    // The groups scroll when the window is too short for them all.
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    d->content = layout;

    d->readOnlyNote = new QLabel(tr("Only a manager can change the settings."), this);
    d->readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    layout->addWidget(d->readOnlyNote);

    // Shop
    d->shopGroup = new QGroupBox(tr("Shop"), this);
    d->shopGroup->setObjectName(QStringLiteral("shopGroup"));
    auto *shopForm = new QFormLayout(d->shopGroup);
    d->name = new QLineEdit(d->shopGroup);
    d->name->setObjectName(QStringLiteral("shopNameEdit"));
    shopForm->addRow(tr("&Name:"), d->name);
    d->address = new QPlainTextEdit(d->shopGroup);
    d->address->setObjectName(QStringLiteral("shopAddressEdit"));
    d->address->setTabChangesFocus(true);
    d->address->setFixedHeight(d->address->fontMetrics().lineSpacing() * 4 + 12);
    shopForm->addRow(tr("&Address:"), d->address);
    d->siret = new QLineEdit(d->shopGroup);
    d->siret->setObjectName(QStringLiteral("siretEdit"));
    d->siret->setPlaceholderText(tr("14 digits"));
    shopForm->addRow(tr("S&IRET:"), d->siret);
    d->vatNumber = new QLineEdit(d->shopGroup);
    d->vatNumber->setObjectName(QStringLiteral("vatNumberEdit"));
    d->vatNumber->setPlaceholderText(tr("FR40123456789"));
    shopForm->addRow(tr("&VAT number:"), d->vatNumber);
    d->timeZone = new QComboBox(d->shopGroup);
    d->timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    d->timeZone->setToolTip(tr("Business days, closures and the times printed follow this time zone."));
    fillTimeZones(d->timeZone);
    shopForm->addRow(tr("Time &zone:"), d->timeZone);
    d->tillName = new QLineEdit(d->shopGroup);
    d->tillName->setObjectName(QStringLiteral("tillNameEdit"));
    d->tillName->setMaxLength(40);
    shopForm->addRow(tr("T&ill name, on receipts and Z reports:"), d->tillName);
    d->shopError = errorLabel(QStringLiteral("shopError"), d->shopGroup);
    shopForm->addRow(d->shopError);
    layout->addWidget(d->shopGroup);

    // Receipt printer
    d->printerGroup = new SettingsPagePrinter(settings, receipts, this);
    layout->addWidget(d->printerGroup);

    // Till
    d->tillGroup = new QGroupBox(tr("Till"), this);
    d->tillGroup->setObjectName(QStringLiteral("tillGroup"));
    auto *tillForm = new QFormLayout(d->tillGroup);
    d->discountThreshold = new QLineEdit(d->tillGroup);
    d->discountThreshold->setObjectName(QStringLiteral("discountThresholdEdit"));
    tillForm->addRow(tr("Discounts above this percentage need a &manager PIN:"), d->discountThreshold);
    d->cashFloat = new QLineEdit(d->tillGroup);
    d->cashFloat->setObjectName(QStringLiteral("cashFloatEdit"));
    tillForm->addRow(tr("Cash &float left in the drawer:"), d->cashFloat);
    d->defaultVatRate = new QComboBox(d->tillGroup);
    d->defaultVatRate->setObjectName(QStringLiteral("defaultVatRateCombo"));
    const QList<int> rates = VatRate::all();
    for (const int rate : rates)
        d->defaultVatRate->addItem(Money::formatRate(rate, locale()), rate);
    tillForm->addRow(tr("VAT rate of new prod&ucts:"), d->defaultVatRate);
    d->tillError = errorLabel(QStringLiteral("tillError"), d->tillGroup);
    tillForm->addRow(d->tillError);
    layout->addWidget(d->tillGroup);

    // Buttons
    auto *buttons = new QHBoxLayout;
    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("saveStatus"));
    d->revert = new QPushButton(tr("&Revert"), this);
    d->revert->setObjectName(QStringLiteral("revertButton"));
    d->save = new QPushButton(tr("&Save"), this);
    d->save->setObjectName(QStringLiteral("saveButton"));
    d->save->setShortcut(QKeySequence::Save);
    d->save->setToolTip(tr("Save the settings (%1)")
                            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->addWidget(d->status, 1);
    buttons->addWidget(d->revert);
    buttons->addWidget(d->save);
    layout->addLayout(buttons);
    layout->addStretch(1);
    scroll->setWidget(content);
    pageLayout->addWidget(scroll);

    connect(d->save, &QPushButton::clicked, this, [this] { save(); });
    connect(d->revert, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(&d->session, &OperatorSession::changed, this, [this] {
        if (!canEdit())
            reload(); // a manager left: drop what they did not save
        updateEditable();
    });

    reload();
    updateEditable();
}

SettingsPage::~SettingsPage()
{
    delete d;
}

void SettingsPage::addSection(QWidget *section)
{
    if (!section)
        return;
    d->content->insertWidget(d->content->count() - 1, section); // before the closing stretch
}

bool SettingsPage::canEdit() const
{
    return d->session.current() && d->session.current()->isManager();
}

void SettingsPage::updateEditable()
{
    const bool editable = canEdit();
    d->readOnlyNote->setVisible(!editable);
    for (QWidget *widget : {static_cast<QWidget *>(d->shopGroup), static_cast<QWidget *>(d->printerGroup),
                            static_cast<QWidget *>(d->tillGroup), static_cast<QWidget *>(d->save),
                            static_cast<QWidget *>(d->revert)})
        widget->setEnabled(editable);
}

void SettingsPage::reload()
{
    showError(d->shopError, {});
    showError(d->tillError, {});
    d->status->clear();
    QStringList problems;
    if (const auto identity = d->settings.identity()) {
        d->name->setText(identity->name);
        d->address->setPlainText(identity->address);
        d->siret->setText(identity->siret);
        d->vatNumber->setText(identity->vatNumber);
        d->tillName->setText(identity->tillName);
    } else {
        problems << errorText(identity.error());
    }
    if (const auto zone = d->settings.timeZone())
        selectTimeZone(d->timeZone, zone->id());
    else
        problems << errorText(zone.error());
    if (const auto printer = d->settings.printer())
        d->printerGroup->setPrinter(printer.value());
    else
        problems << errorText(printer.error());
    if (const auto till = d->settings.till()) {
        d->discountThreshold->setText(Money::formatPlain(till->discountThresholdBp));
        d->cashFloat->setText(Money::formatPlain(till->cashFloatCents));
    } else {
        problems << errorText(till.error());
    }
    if (const auto rate = d->settings.defaultVatRate())
        d->defaultVatRate->setCurrentIndex(qMax(0, d->defaultVatRate->findData(rate.value())));
    else
        problems << errorText(rate.error());
    if (!problems.isEmpty()) {
        qCWarning(lcUi) << "Cannot read the settings";
        d->status->setText(problems.join(QLatin1Char(' ')));
    }
}

bool SettingsPage::save()
{
    if (!canEdit())
        return false;
    bool allSaved = true;
    bool changed = false;

    // Shop: each group is checked and written on its own; a group at fault writes nothing.
    ShopIdentity identity {d->name->text().trimmed(), d->address->toPlainText().trimmed(),
                           d->siret->text().trimmed(), d->vatNumber->text().trimmed(),
                           d->tillName->text().simplified()};
    const auto storedIdentity = d->settings.identity();
    Status shopStatus;
    if (!storedIdentity || !sameIdentity(storedIdentity.value(), identity)) {
        shopStatus = d->settings.setIdentity(identity);
        changed = changed || shopStatus.ok();
    }
    showError(d->shopError, shopStatus ? QString() : errorText(shopStatus.error()));
    allSaved = allSaved && shopStatus.ok();
    const QByteArray zoneId = d->timeZone->currentData().toByteArray();
    const auto storedZone = d->settings.timeZone();
    if (!storedZone || storedZone->id() != zoneId) {
        const Status zoneStatus = d->settings.setTimeZone(zoneId);
        changed = changed || zoneStatus.ok();
        if (!zoneStatus && shopStatus)
            showError(d->shopError, errorText(zoneStatus.error()));
        allSaved = allSaved && zoneStatus.ok();
    }

    // Receipt printer
    const PrinterSettings printer = d->printerGroup->printer();
    const auto storedPrinter = d->settings.printer();
    Status printerStatus;
    if (!storedPrinter || storedPrinter.value() != printer) {
        printerStatus = d->settings.setPrinter(printer);
        changed = changed || printerStatus.ok();
    }
    d->printerGroup->showError(printerStatus ? QString() : errorText(printerStatus.error()));
    allSaved = allSaved && printerStatus.ok();

    // Till
    const Status tillStatus = saveTill(changed);
    allSaved = allSaved && tillStatus.ok();

    if (allSaved)
        reload(); // shows the values as stored (trimmed, spaces removed)
    d->status->setText(allSaved ? tr("Settings saved.")
                                : tr("Some settings were not saved: see the errors above."));
    if (changed) {
        qCInfo(lcUi) << "Settings saved";
        Q_EMIT settingsChanged();
    }
    return allSaved;
}

Status SettingsPage::saveTill(bool &changed)
{
    const QString thresholdText = tr("Type the discount threshold as a percentage from 0 to 100, like 10.");
    const auto threshold = Money::parse(d->discountThreshold->text());
    if (!threshold || threshold.value() > 10000) {
        showError(d->tillError, thresholdText);
        return makeError(ErrorCode::DiscountTooLarge, d->discountThreshold->text());
    }
    const auto cashFloat = Money::parse(d->cashFloat->text());
    if (!cashFloat) {
        showError(d->tillError, errorText(cashFloat.error()));
        return cashFloat.error();
    }
    const TillSettings till {int(threshold.value()), cashFloat.value()};
    const auto stored = d->settings.till();
    Status status;
    if (!stored || stored.value() != till) {
        status = d->settings.setTill(till);
        changed = changed || status.ok();
    }
    const int rate = d->defaultVatRate->currentData().toInt();
    if (const auto storedRate = d->settings.defaultVatRate();
        status && (!storedRate || *storedRate != rate)) {
        status = d->settings.setDefaultVatRate(rate);
        changed = changed || status.ok();
    }
    if (!status && status.error().code == ErrorCode::DiscountTooLarge)
        showError(d->tillError, thresholdText);
    else
        showError(d->tillError, status ? QString() : errorText(status.error()));
    return status;
}

} // namespace comptoir
