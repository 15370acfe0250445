#include "ui/till/tillpage.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/till/favouritesbar.h"
#include "ui/till/paymentpanel.h"
#include "ui/widgets/scancatcher.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

TillPage::TillPage(Database &db, const Clock &clock, Catalogue &catalogue, StockLedger &ledger,
                   SaleJournal &journal, TicketDrafts &drafts, DayClosing &closing, Operators &operators,
                   OperatorSession &session, ShopSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_clock(clock),
      m_catalogue(catalogue),
      m_ledger(ledger),
      m_journal(journal),
      m_drafts(drafts),
      m_closing(closing),
      m_operators(operators),
      m_session(session),
      m_settings(settings)
{
    setObjectName(QStringLiteral("tillPage"));
    m_cart = new CartModel(m_catalogue, this);
    m_searchModel = new CatalogueModel(m_db, this);
    buildUi();

    m_scanCatcher = new ScanCatcher(this);
    connect(m_scanCatcher, &ScanCatcher::scanned, this, &TillPage::handleCode);
    connect(m_cart, &CartModel::totalsChanged, this, &TillPage::updateTotals);
    connect(&m_session, &OperatorSession::changed, this, &TillPage::updateState);
    updateTotals();
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
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &TillPage::onSearchTextChanged);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &TillPage::addFromSearch);
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
    connect(m_resultsView, &QTableView::activated, this, &TillPage::addFromSearch);
    layout->addWidget(m_resultsView);

    layout->addWidget(buildOverdueBanner());
    layout->addWidget(buildMessageRow());

    layout->addWidget(buildFavouritesBar());

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_cartView = new QTableView(this);
    m_cartView->setObjectName(QStringLiteral("cartView"));
    m_cartView->setModel(m_cart);
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
    connect(m_paymentPanel, &PaymentPanel::paymentRequested, this, &TillPage::takePayment);
    right->addWidget(m_paymentPanel, 1);
    right->addWidget(buildTicketButtons());
    body->addLayout(right, 2);
    layout->addLayout(body, 1);
}

QWidget *TillPage::buildMessageRow()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_messageLabel = new QLabel(box);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setFont(scaled(font(), 1.8, true));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    row->addWidget(m_messageLabel, 1);
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
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *plus = bigButton(tr("+"), QStringLiteral("plusButton"), box);
    plus->setShortcut(QKeySequence(Qt::Key_Plus));
    plus->setToolTip(tr("One more of the selected line (+)"));
    connect(plus, &QPushButton::clicked, this, [this] { changeQuantity(1); });
    auto *minus = bigButton(tr("−"), QStringLiteral("minusButton"), box);
    minus->setShortcut(QKeySequence(Qt::Key_Minus));
    minus->setToolTip(tr("One less of the selected line (−)"));
    connect(minus, &QPushButton::clicked, this, [this] { changeQuantity(-1); });
    auto *remove = bigButton(tr("Remove (Del)"), QStringLiteral("removeButton"), box);
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    connect(remove, &QPushButton::clicked, this, &TillPage::removeSelectedLine);
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
    for (QPushButton *button : {plus, minus, remove, freePrice, discount, price, favourite}) {
        row->addWidget(button);
        m_sellingWidgets.append(button);
    }
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
        reloadFavourites();
        if (m_messageLabel->property("signIn").toBool())
            clearMessage();
        m_searchEdit->setFocus();
    } else {
        m_operatorLabel->clear();
        showMessage(tr("Sign in to sell"), Tone::Warning);
        m_messageLabel->setProperty("signIn", true);
    }
}

void TillPage::updateTotals()
{
    m_totalLabel->setText(Money::format(m_cart->totalCents()));
    m_paymentPanel->setState(m_cart->totalCents(),
                             TicketCalculator::remaining(m_cart->totalCents(), m_payments), m_payments);
}

QString TillPage::message() const
{
    return m_messageLabel->text();
}

void TillPage::showMessage(const QString &text, Tone tone)
{
    static const char *const colours[] = {"#1f3b57", "#1b6e20", "#8a5300", "#b00020"};
    m_messageLabel->setProperty("signIn", false);
    m_messageLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colours[int(tone)])));
    m_messageLabel->setText(text);
}

void TillPage::showError(const Error &error)
{
    qCInfo(lcUi) << "till refused an action, code" << int(error.code);
    showMessage(errorText(error), Tone::Error);
}

void TillPage::showNotice(const QString &text)
{
    showMessage(text, Tone::Info);
}

void TillPage::showProblem(const Error &error)
{
    qCInfo(lcUi) << "till problem reported, code" << int(error.code);
    const QString current = m_messageLabel->text();
    const QString text = errorText(error);
    showMessage(current.isEmpty() || current == text ? text : current + QLatin1Char('\n') + text,
                Tone::Warning);
}

void TillPage::clearMessage()
{
    m_messageLabel->setProperty("signIn", false);
    m_messageLabel->clear();
}

void TillPage::handleCode(const QString &code)
{
    if (!canSell()) {
        showMessage(tr("Sign in to sell"), Tone::Warning);
        m_messageLabel->setProperty("signIn", true);
        return;
    }
    auto found = m_catalogue.findVariantByCode(code.trimmed());
    if (!found) {
        showError(found.error());
        return;
    }
    if (!found->has_value()) {
        setUnknownCode(code.trimmed());
        showMessage(tr("Unknown code %1: this item is not in the catalogue. Press \"Free price\" to sell it "
                       "at a price you type, or \"Create the product\" (F2).")
                        .arg(m_unknownCode),
                    Tone::Warning);
        return;
    }
    addVariant(**found);
}

void TillPage::addVariant(qint64 variantId)
{
    if (m_cart->isEmpty() && !mayGoOnSelling([this, variantId] { addVariant(variantId); }))
        return;
    auto row = m_cart->addVariant(variantId);
    if (!row) {
        showError(row.error());
        return;
    }
    setUnknownCode({});
    clearMessage();
    selectRow(*row);
}

void TillPage::onSearchTextChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_resultsView->hide();
        return;
    }
    CatalogueModel::Filter filter;
    filter.text = text;
    m_searchModel->setFilter(filter);
    m_resultsView->show();
    if (m_searchModel->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_searchModel->index(0, CatalogueModel::NameColumn));
}

void TillPage::addFromSearch()
{
    if (!canSell() || m_searchEdit->text().trimmed().isEmpty())
        return;
    QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid() && m_searchModel->rowCount() > 0)
        current = m_searchModel->index(0, 0);
    if (!current.isValid()) {
        showMessage(tr("No product matches \"%1\".").arg(m_searchEdit->text().trimmed()), Tone::Warning);
        return;
    }
    const qint64 variantId = current.data(CatalogueModel::VariantIdRole).toLongLong();
    m_searchEdit->clear();
    addVariant(variantId);
    m_searchEdit->setFocus();
}

bool TillPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_resultsView->isVisible() && m_searchModel->rowCount() > 0) {
            m_resultsView->setFocus();
            if (!m_resultsView->currentIndex().isValid())
                m_resultsView->setCurrentIndex(m_searchModel->index(0, CatalogueModel::NameColumn));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int TillPage::selectedRow() const
{
    const QModelIndex current = m_cartView->currentIndex();
    if (current.isValid())
        return current.row();
    return m_cart->rowCount() - 1; // the last line added
}

void TillPage::selectRow(int row)
{
    if (row >= 0 && row < m_cart->rowCount())
        m_cartView->setCurrentIndex(m_cart->index(row, CartModel::LabelColumn));
}

void TillPage::changeQuantity(int delta)
{
    const int row = selectedRow();
    if (!canSell() || row < 0)
        return;
    if (delta < 0 && !m_payments.isEmpty()) {
        showMessage(tr("Payments have been taken: finish the ticket or cancel it."), Tone::Warning);
        return;
    }
    const qint64 quantity = m_cart->data(m_cart->index(row, 0), CartModel::QuantityRole).toLongLong() + delta;
    if (quantity < 1) {
        removeSelectedLine();
        return;
    }
    auto apply = [this, row, quantity] {
        if (row >= m_cart->rowCount())
            return;
        auto status = m_cart->setQuantity(row, quantity);
        if (!status)
            showError(status.error());
        selectRow(row);
    };
    if (delta > 0) {
        apply();
        return;
    }
    QList<TicketLine> lines = m_cart->lines();
    lines[row].quantity = quantity;
    guardAmountDiscounts(lines, apply);
}

void TillPage::removeSelectedLine()
{
    const int row = selectedRow();
    if (!canSell() || row < 0)
        return;
    if (!m_payments.isEmpty()) {
        showMessage(tr("Payments have been taken: finish the ticket or cancel it."), Tone::Warning);
        return;
    }
    QList<TicketLine> lines = m_cart->lines();
    lines.removeAt(row);
    guardAmountDiscounts(lines, [this, row] {
        if (row >= m_cart->rowCount())
            return;
        auto status = m_cart->removeLine(row);
        if (!status)
            showError(status.error());
        selectRow(qMin(row, m_cart->rowCount() - 1));
    });
}

} // namespace comptoir
