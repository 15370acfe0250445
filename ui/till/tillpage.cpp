// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillpage.h"

#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operatorsession.h"
#include "ui/fonts.h"
#include "ui/photos/thumbnaildelegate.h"
#include "ui/till/favouritesbar.h"
#include "ui/till/managerapproval.h"
#include "ui/till/overduedaygate.h"
#include "ui/till/paymentpanel.h"
#include "ui/till/tillcart.h"
#include "ui/till/tillcollection.h"
#include "ui/till/tilldiscounts.h"
#include "ui/till/tillfavourites.h"
#include "ui/till/tillmessageline.h"
#include "ui/till/tillparking.h"
#include "ui/till/tillpayment.h"
#include "ui/widgets/scancatcher.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QPushButton *bigButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(48);
    button->setFont(scaled(button->font(), 1.2));
    return button;
}

} // namespace

TillPage::TillPage(Database &db, Catalogue &catalogue, StockLedger &ledger, TicketSession &ticket,
                   DayClosing &closing, Operators &operators, OperatorSession &session,
                   ShopSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_ticket(ticket)
{
    setObjectName(QStringLiteral("tillPage"));
    m_searchModel = new CatalogueModel(db, this);
    m_favouritesBar = new FavouritesBar(catalogue, settings, this);
    buildUi();

    m_approval = new ManagerApproval(operators, session, this);
    m_overdueGate = new OverdueDayGate(ticket, closing, operators, session, settings, *m_messages,
                                       m_overdueBanner, m_overdueLabel, this);
    m_payment = new TillPayment(ticket, session, *m_overdueGate, *m_messages, m_paymentPanel, this);
    m_discounts = new TillDiscounts(ticket, *m_payment, *m_approval, session, *m_messages, this);
    m_tillCart = new TillCart(ticket, catalogue, session, *m_overdueGate, *m_payment, *m_discounts,
                              *m_messages, m_searchEdit, m_resultsView, m_searchModel, m_cartView, this);
    m_parking = new TillParking(ticket, session, *m_messages, this);
    m_favourites = new TillFavourites(db, catalogue, ledger, ticket.cart(), *m_approval, session, *m_messages,
                                      m_favouritesBar, this);
    m_favourites->reload();

    m_scanCatcher = new ScanCatcher(this);
    connectCollaborators();
    updateTotal();
    updateState();
}

TillPage::~TillPage() = default;

void TillPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search a product, or scan"));
    m_searchEdit->setFont(scaled(font(), 1.5));
    m_searchEdit->setClearButtonEnabled(true);
    top->addWidget(m_searchEdit, 1);
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_operatorLabel->setFont(scaled(font(), 1.2));
    top->addWidget(m_operatorLabel);
    layout->addLayout(top);

    m_resultsView = new QTableView(this);
    m_resultsView->setObjectName(QStringLiteral("searchResults"));
    m_resultsView->setModel(m_searchModel);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::Stretch);
    for (const int column : {int(CatalogueModel::BrandColumn), int(CatalogueModel::CategoryColumn),
                             int(CatalogueModel::BarcodeColumn), int(CatalogueModel::VatColumn)})
        m_resultsView->hideColumn(column);
    m_resultsView->setMaximumHeight(220);
    m_resultsView->hide();
    layout->addWidget(m_resultsView);

    layout->addWidget(buildOverdueBanner());
    layout->addWidget(buildMessageRow());

    layout->addWidget(m_favouritesBar);
    m_sellingWidgets.append(m_favouritesBar);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_cartView = new QTableView(this);
    m_cartView->setObjectName(QStringLiteral("cartView"));
    m_cartView->setModel(m_ticket.itemModel());
    m_cartView->setFont(scaled(font(), 1.3));
    m_cartView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cartView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cartView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cartView->verticalHeader()->hide();
    m_cartView->horizontalHeader()->setSectionResizeMode(CartModel::LabelColumn, QHeaderView::Stretch);
    left->addWidget(m_cartView, 1);
    left->addWidget(buildCartButtons());
    body->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setFont(scaled(font(), 3.0, true));
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    right->addWidget(m_totalLabel);
    m_paymentPanel = new PaymentPanel(this);
    m_paymentPanel->setObjectName(QStringLiteral("paymentPanel"));
    right->addWidget(m_paymentPanel, 1);
    right->addWidget(buildTicketButtons());
    body->addLayout(right, 2);
    layout->addLayout(body, 1);
}

QWidget *TillPage::buildOverdueBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("overdueBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(
        QStringLiteral("#overdueBanner { background: #fff3e0; border: 1px solid #8a5300; }"));
    auto *row = new QHBoxLayout(banner);
    m_overdueLabel = new QLabel(banner);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_overdueLabel->setWordWrap(true);
    m_overdueLabel->setFont(scaled(font(), 1.2, true));
    m_overdueLabel->setStyleSheet(QStringLiteral("color: #8a5300;"));
    row->addWidget(m_overdueLabel, 1);
    auto *button = new QPushButton(tr("Close it now (Ctrl+Shift+Z)"), banner);
    button->setObjectName(QStringLiteral("overdueCloseButton"));
    button->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    button->setMinimumHeight(48);
    button->setFont(scaled(button->font(), 1.2));
    connect(button, &QPushButton::clicked, this, &TillPage::openOverdueClosure);
    row->addWidget(button);
    m_sellingWidgets.append(button);
    banner->hide();
    m_overdueBanner = banner;
    return banner;
}

QWidget *TillPage::buildMessageRow()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_messages = new TillMessageLine(box);
    row->addWidget(m_messages, 1);
    m_createProductButton
        = bigButton(tr("Create the product (F2)"), QStringLiteral("createProductButton"), box);
    m_createProductButton->setShortcut(QKeySequence(Qt::Key_F2));
    m_createProductButton->setToolTip(tr("Add the unknown code to the catalogue (a manager)"));
    connect(m_createProductButton, &QPushButton::clicked, this, &TillPage::openCreateProductDialog);
    m_createProductButton->hide();
    row->addWidget(m_createProductButton);
    m_sellingWidgets.append(m_createProductButton);
    return box;
}

QWidget *TillPage::buildCartButtons()
{
    // Two rows, so that every label fits beside the cart on a 1366 × 768 screen, in French too.
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *plus = bigButton(tr("+"), QStringLiteral("plusButton"), box);
    plus->setShortcut(QKeySequence(Qt::Key_Plus));
    plus->setToolTip(tr("One more of the selected line (+)"));
    connect(plus, &QPushButton::clicked, this, [this] { m_tillCart->changeQuantity(1); });
    auto *minus = bigButton(tr("−"), QStringLiteral("minusButton"), box);
    minus->setShortcut(QKeySequence(Qt::Key_Minus));
    minus->setToolTip(tr("One less of the selected line (−)"));
    connect(minus, &QPushButton::clicked, this, [this] { m_tillCart->changeQuantity(-1); });
    auto *remove = bigButton(tr("Remove (Del)"), QStringLiteral("removeButton"), box);
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    connect(remove, &QPushButton::clicked, this, [this] { m_tillCart->removeSelectedLine(); });
    auto *freePrice = bigButton(tr("Free price"), QStringLiteral("freePriceButton"), box);
    connect(freePrice, &QPushButton::clicked, this, &TillPage::openFreePriceDialog);
    auto *discount = bigButton(tr("Discount (F4)"), QStringLiteral("lineDiscountButton"), box);
    discount->setShortcut(QKeySequence(Qt::Key_F4));
    discount->setToolTip(tr("A discount on the selected line, as a percentage or an amount (F4)"));
    connect(discount, &QPushButton::clicked, this, &TillPage::openLineDiscountDialog);
    auto *price = bigButton(tr("Price (F3)"), QStringLiteral("priceOverrideButton"), box);
    price->setShortcut(QKeySequence(Qt::Key_F3));
    price->setToolTip(tr("Change the unit price of the selected line; a manager authorises it (F3)"));
    connect(price, &QPushButton::clicked, this, &TillPage::openPriceOverrideDialog);
    auto *favourite = bigButton(tr("★ Favourite"), QStringLiteral("addFavouriteButton"), box);
    favourite->setToolTip(tr("Add the selected line's product to the favourites (a manager)"));
    connect(favourite, &QPushButton::clicked, this, &TillPage::addSelectedToFavourites);
    grid->addWidget(plus, 0, 0);
    grid->addWidget(minus, 0, 1);
    grid->addWidget(remove, 0, 2);
    grid->addWidget(freePrice, 0, 3);
    grid->addWidget(discount, 1, 0);
    grid->addWidget(price, 1, 1);
    grid->addWidget(favourite, 1, 2, 1, 2);
    for (int column = 0; column < grid->columnCount(); ++column)
        grid->setColumnStretch(column, 1);
    for (QPushButton *button : {plus, minus, remove, freePrice, discount, price, favourite})
        m_sellingWidgets.append(button);
    return box;
}

QWidget *TillPage::buildTicketButtons()
{
    auto *box = new QWidget(this);
    m_ticketButtons = new QGridLayout(box);
    m_ticketButtons->setContentsMargins(0, 0, 0, 0);
    auto *parkButton = bigButton(tr("Park (F6)"), QStringLiteral("parkButton"), box);
    parkButton->setShortcut(QKeySequence(Qt::Key_F6));
    connect(parkButton, &QPushButton::clicked, this, &TillPage::park);
    auto *resumeButton = bigButton(tr("Resume (F7)"), QStringLiteral("resumeButton"), box);
    resumeButton->setShortcut(QKeySequence(Qt::Key_F7));
    connect(resumeButton, &QPushButton::clicked, this, &TillPage::resumeParked);
    auto *cancelButton = bigButton(tr("Cancel ticket (F8)"), QStringLiteral("cancelButton"), box);
    cancelButton->setShortcut(QKeySequence(Qt::Key_F8));
    connect(cancelButton, &QPushButton::clicked, this, &TillPage::cancelTicket);
    auto *discountButton
        = bigButton(tr("Ticket discount (Shift+F4)"), QStringLiteral("ticketDiscountButton"), box);
    discountButton->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4));
    connect(discountButton, &QPushButton::clicked, this, &TillPage::openTicketDiscountDialog);
    for (QPushButton *button : {parkButton, resumeButton, cancelButton, discountButton})
        addTicketButton(button);
    return box;
}

void TillPage::connectCollaborators()
{
    connect(m_scanCatcher, &ScanCatcher::scanned, this, &TillPage::handleCode);
    connect(&m_ticket.cart(), &CartModel::totalsChanged, this, &TillPage::updateTotal);
    connect(&m_session, &OperatorSession::changed, this, &TillPage::updateState);
    connect(m_tillCart, &TillCart::unknownCodeChanged, this,
            [this](const QString &code) { m_createProductButton->setVisible(!code.isEmpty()); });
    connect(m_payment, &TillPayment::saleCommitted, this, &TillPage::onSaleCommitted);
    connect(m_discounts, &TillDiscounts::lineChanged, m_tillCart, &TillCart::selectRow);
    connect(m_parking, &TillParking::ticketParked, m_tillCart, &TillCart::focusSearch);
    connect(m_parking, &TillParking::ticketCancelled, m_tillCart, &TillCart::focusSearch);
    connect(m_parking, &TillParking::ticketResumed, m_tillCart, [this] {
        m_tillCart->selectRow(m_ticket.cart().rowCount() - 1);
        m_tillCart->focusSearch();
    });
    connect(m_favourites, &TillFavourites::variantChosen, m_tillCart, &TillCart::addVariant);
    connect(m_favourites, &TillFavourites::productCreated, m_tillCart, &TillCart::addCreatedProduct);
    connect(m_overdueGate, &OverdueDayGate::dayClosed, this, &TillPage::onDayClosed);
    connect(m_overdueGate, &OverdueDayGate::closingCancelled, m_tillCart, &TillCart::focusSearch);
}

void TillPage::addTicketButton(QPushButton *button)
{
    constexpr int columns = 3;
    const int index = m_ticketButtons->count();
    button->setParent(m_ticketButtons->parentWidget());
    button->setMinimumHeight(48); // as large as the page's own buttons
    button->setFont(scaled(button->font(), 1.2));
    button->setEnabled(canSell());
    m_ticketButtons->addWidget(button, index / columns, index % columns);
    m_sellingWidgets.append(button);
}

void TillPage::enableOrders(OrderCollection &collection, ReservedStock &stock)
{
    if (m_collection)
        return;
    m_collection = new TillCollection(collection, stock, m_ticket, m_session, *m_messages, this);
    connect(m_tillCart, &TillCart::variantAdded, m_collection, &TillCollection::showReserved);
    TillCollection *orders = m_collection;
    m_tillCart->setEnteredCodeHandler([orders](const QString &code) { return orders->handleCode(code); });
    auto *button = new QPushButton(tr("Collect an order"));
    button->setObjectName(QStringLiteral("collectOrderButton"));
    connect(button, &QPushButton::clicked, m_collection, &TillCollection::openSearch);
    addTicketButton(button);
}

void TillPage::showThumbnails(ThumbnailLoader &thumbnails, ProductPhotos &photos)
{
    new ThumbnailDelegate(m_resultsView, CatalogueModel::NameColumn, thumbnails,
                          ThumbnailDelegate::fromRole(CatalogueModel::MainPhotoRole));
    new ThumbnailDelegate(
        m_cartView, CartModel::LabelColumn, thumbnails,
        ThumbnailDelegate::variantMainPhoto(photos, m_cartView->model(), CartModel::VariantIdRole));
}

bool TillPage::canSell() const
{
    return m_session.isSignedIn();
}

void TillPage::updateState()
{
    const bool selling = canSell();
    for (QWidget *widget : std::as_const(m_sellingWidgets))
        widget->setEnabled(selling);
    m_searchEdit->setEnabled(selling);
    m_resultsView->setEnabled(selling);
    m_paymentPanel->setSellingEnabled(selling);
    if (selling) {
        m_operatorLabel->setText(m_session.current()->name);
        m_favourites->reload();
        m_messages->clearSignInRequest();
        m_tillCart->focusSearch();
    } else {
        m_operatorLabel->clear();
        m_messages->showSignInRequest(tr("Sign in to sell"));
    }
}

void TillPage::updateTotal()
{
    m_totalLabel->setText(Money::format(m_ticket.cart().totalCents()));
}

void TillPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        checkOverdueDay();
}

void TillPage::onSaleCommitted(const Ticket &ticket)
{
    m_tillCart->refreshSearch(); // stock on hand changed
    m_tillCart->focusSearch();
    Q_EMIT saleCommitted(ticket);
}

void TillPage::refreshSearch()
{
    m_tillCart->refreshSearch();
}

void TillPage::onDayClosed(const Closure &closure)
{
    m_tillCart->focusSearch();
    Q_EMIT dayClosed(closure);
}

void TillPage::handleCode(const QString &code)
{
    if (!canSell()) {
        m_messages->showSignInRequest(tr("Sign in to sell"));
        return;
    }
    if (m_collection && m_collection->handleCode(code))
        return;
    m_tillCart->handleCode(code);
}

const CartModel *TillPage::cart() const
{
    return &m_ticket.cart();
}

QString TillPage::message() const
{
    return m_messages->text();
}

const QList<Payment> &TillPage::payments() const
{
    return m_payment->payments();
}

const std::optional<Ticket> &TillPage::lastTicket() const
{
    return m_payment->lastTicket();
}

void TillPage::takePayment(PaymentMethod method)
{
    m_payment->takePayment(method);
}

void TillPage::openFreePriceDialog()
{
    m_tillCart->openFreePriceDialog();
}

void TillPage::park()
{
    m_parking->park();
}

void TillPage::resumeParked()
{
    m_parking->resumeParked();
}

void TillPage::cancelTicket()
{
    m_parking->cancelTicket();
}

void TillPage::openLineDiscountDialog()
{
    m_discounts->openLineDiscountDialog(m_tillCart->selectedRow());
}

void TillPage::openTicketDiscountDialog()
{
    m_discounts->openTicketDiscountDialog();
}

void TillPage::openPriceOverrideDialog()
{
    m_discounts->openPriceOverrideDialog(m_tillCart->selectedRow());
}

void TillPage::addSelectedToFavourites()
{
    m_favourites->addToFavourites(m_tillCart->selectedRow());
}

void TillPage::removeFavourite(qint64 variantId)
{
    m_favourites->removeFavourite(variantId);
}

void TillPage::openCreateProductDialog()
{
    m_favourites->openCreateProductDialog(m_tillCart->unknownCode());
}

void TillPage::showNotice(const QString &text)
{
    m_messages->showMessage(text, TillMessageLine::Tone::Info);
}

void TillPage::showProblem(const Error &error)
{
    m_messages->showProblem(error);
}

QString TillPage::overdueDay() const
{
    return m_overdueGate->overdueDay();
}

void TillPage::checkOverdueDay()
{
    m_overdueGate->checkOverdueDay();
}

void TillPage::openOverdueClosure()
{
    m_overdueGate->openOverdueClosure();
}

OverdueClosureDialog *TillPage::overdueClosureDialog() const
{
    return m_overdueGate->overdueClosureDialog();
}

} // namespace comptoir
