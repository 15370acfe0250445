// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/returns/returndialog.h"

#include "models/money.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticketfinder.h"
#include "models/sales/ticketreader.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/fonts.h"
#include "ui/logging.h"
#include "ui/returns/returnlinesmodel.h"
#include "ui/staff/pindialog.h"

#include <QButtonGroup>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStringList>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

ReturnDialog::ReturnDialog(SaleJournal &journal, const TicketReader &tickets, const TicketFinder &finder,
                           Operators &operators, OperatorSession &session, QWidget *parent)
    : QDialog(parent),
      m_journal(journal),
      m_tickets(tickets),
      m_finder(finder),
      m_operators(operators),
      m_session(session)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return and refund"));
    setMinimumSize(900, 640);
    m_lines = new ReturnLinesModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFinder());
    layout->addWidget(buildSale(), 1);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setFont(scaled(font(), 1.3, true));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);

    auto *bottom = new QHBoxLayout;
    m_refundTotalLabel = new QLabel(this);
    m_refundTotalLabel->setObjectName(QStringLiteral("refundTotalLabel"));
    m_refundTotalLabel->setFont(scaled(font(), 2.5, true));
    bottom->addWidget(m_refundTotalLabel, 1);
    auto *close = bigButton(tr("Close (Esc)"), QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &ReturnDialog::reject);
    bottom->addWidget(close);
    m_refundButton = bigButton(tr("Refund (Ctrl+Enter)"), QStringLiteral("refundButton"));
    m_refundButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_refundButton, &QPushButton::clicked, this, &ReturnDialog::requestRefund);
    auto *keypadEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(keypadEnter, &QShortcut::activated, m_refundButton, &QPushButton::animateClick);
    bottom->addWidget(m_refundButton);
    layout->addLayout(bottom);

    connect(m_lines, &ReturnLinesModel::quantitiesChanged, this, &ReturnDialog::updateRefund);
    clearSale();
    m_codeEdit->setFocus();
}

ReturnDialog::~ReturnDialog() = default;

QPushButton *ReturnDialog::bigButton(const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setMinimumHeight(48);
    button->setFont(scaled(button->font(), 1.2));
    button->setAutoDefault(false); // Enter belongs to the fields (a scan ends with Enter)
    return button;
}

QWidget *ReturnDialog::buildFinder()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *codeTitle = new QLabel(tr("&Scan the receipt's return code, or type the ticket number:"), box);
    layout->addWidget(codeTitle);
    m_codeEdit = new QLineEdit(box);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setFont(scaled(font(), 1.5));
    m_codeEdit->setClearButtonEnabled(true);
    m_codeEdit->setPlaceholderText(tr("Return code or ticket number, then Enter"));
    codeTitle->setBuddy(m_codeEdit);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, [this] { lookUp(m_codeEdit->text()); });
    layout->addWidget(m_codeEdit);

    auto *searchBox = new QGroupBox(tr("No receipt? Search the sales"), box);
    auto *row = new QHBoxLayout(searchBox);
    auto *form = new QFormLayout;
    m_dayEdit = new QDateEdit(QDate::currentDate(), searchBox);
    m_dayEdit->setObjectName(QStringLiteral("dayEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->installEventFilter(this);
    m_dayEdit->setMinimumWidth(200);
    form->addRow(tr("&Day:"), m_dayEdit);
    m_amountEdit = new QLineEdit(searchBox);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setPlaceholderText(tr("Ticket total, e.g. 12,50"));
    m_amountEdit->setMinimumWidth(200);
    connect(m_amountEdit, &QLineEdit::returnPressed, this, &ReturnDialog::search);
    form->addRow(tr("&Amount:"), m_amountEdit);
    m_textEdit = new QLineEdit(searchBox);
    m_textEdit->setObjectName(QStringLiteral("articleEdit"));
    m_textEdit->setPlaceholderText(tr("Part of an article's name"));
    m_textEdit->setMinimumWidth(200);
    connect(m_textEdit, &QLineEdit::returnPressed, this, &ReturnDialog::search);
    form->addRow(tr("A&rticle:"), m_textEdit);
    row->addLayout(form);
    m_searchButton = bigButton(tr("Search (F3)"), QStringLiteral("searchButton"));
    m_searchButton->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_searchButton, &QPushButton::clicked, this, &ReturnDialog::search);
    row->addWidget(m_searchButton);

    m_resultsView = new QTableWidget(0, 5, searchBox);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setHorizontalHeaderLabels(
        {tr("Ticket"), tr("Time"), tr("Total"), tr("Lines"), tr("Cashier")});
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_resultsView->setMaximumHeight(160);
    connect(m_resultsView, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (QTableWidgetItem *item = m_resultsView->item(index.row(), 0))
            loadSale(item->data(Qt::UserRole).toLongLong());
    });
    row->addWidget(m_resultsView, 1);
    layout->addWidget(searchBox);
    return box;
}

QWidget *ReturnDialog::buildSale()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_saleLabel = new QLabel(box);
    m_saleLabel->setObjectName(QStringLiteral("saleLabel"));
    m_saleLabel->setFont(scaled(font(), 1.4, true));
    m_saleLabel->setWordWrap(true);
    layout->addWidget(m_saleLabel);

    m_linesView = new QTableView(box);
    m_linesView->setObjectName(QStringLiteral("linesView"));
    m_linesView->setModel(m_lines);
    m_linesView->setFont(scaled(font(), 1.3));
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_linesView->setToolTip(tr("+ or − changes how many come back; a digit sets it"));
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setSectionResizeMode(ReturnLinesModel::LabelColumn,
                                                          QHeaderView::Stretch);
    m_linesView->installEventFilter(this);
    layout->addWidget(m_linesView, 1);

    m_methodBox = new QGroupBox(tr("Refund by"), box);
    m_methodBox->setObjectName(QStringLiteral("methodBox"));
    auto *methods = new QHBoxLayout(m_methodBox);
    methods->addStretch(); // the radios go before it
    m_methodGroup = new QButtonGroup(this);
    connect(m_methodGroup, &QButtonGroup::idClicked, this, [this] { updateRefund(); });
    layout->addWidget(m_methodBox);
    return box;
}

void ReturnDialog::lookUp(const QString &codeOrNumber)
{
    if (codeOrNumber.trimmed().isEmpty())
        return;
    clearError();
    auto id = m_finder.findByReturnCode(codeOrNumber);
    if (!id) {
        clearSale();
        showError(errorText(id.error()));
        m_codeEdit->setFocus();
        m_codeEdit->selectAll(); // the next scan replaces it
        return;
    }
    m_codeEdit->clear();
    loadSale(*id);
}

void ReturnDialog::search()
{
    clearError();
    TicketSearch query;
    query.businessDay = m_dayEdit->date().toString(Qt::ISODate);
    query.text = m_textEdit->text();
    query.salesOnly = true;
    if (!m_amountEdit->text().trimmed().isEmpty()) {
        auto amount = Money::parse(m_amountEdit->text());
        if (!amount) {
            showError(errorText(amount.error()));
            m_amountEdit->setFocus();
            return;
        }
        query.totalCents = *amount;
    }
    auto found = m_finder.searchTickets(query);
    m_resultsView->setRowCount(0);
    if (!found) {
        showError(errorText(found.error()));
        return;
    }
    if (found->isEmpty()) {
        showError(tr("No sale of this till matches: try another day or amount."));
        return;
    }
    m_resultsView->setRowCount(int(found->size()));
    const QLocale locale;
    for (int row = 0; row < found->size(); ++row) {
        const TicketSummary &t = found->at(row);
        auto *number = new QTableWidgetItem(QString::number(t.number));
        number->setData(Qt::UserRole, t.id);
        m_resultsView->setItem(row, 0, number);
        m_resultsView->setItem(
            row, 1,
            new QTableWidgetItem(locale.toString(t.closedAt.toLocalTime().time(), QLocale::ShortFormat)));
        m_resultsView->setItem(row, 2, new QTableWidgetItem(Money::format(t.totalCents)));
        m_resultsView->setItem(row, 3, new QTableWidgetItem(QString::number(t.lineCount)));
        m_resultsView->setItem(row, 4, new QTableWidgetItem(t.operatorName));
    }
    m_resultsView->selectRow(0);
    m_resultsView->setFocus();
}

void ReturnDialog::loadSale(qint64 ticketId)
{
    clearError();
    auto sale = m_tickets.ticket(ticketId);
    if (!sale) {
        clearSale();
        showError(errorText(sale.error()));
        return;
    }
    if (sale->kind != TicketKind::Sale) {
        clearSale();
        showError(errorText(makeError(ErrorCode::NotASale, QString::number(sale->number))));
        return;
    }
    auto refundable = m_tickets.refundableLines(ticketId);
    if (!refundable) {
        clearSale();
        showError(errorText(refundable.error()));
        return;
    }
    m_sale = *sale;
    m_lines->setLines(sale->lines, *refundable);
    const QLocale locale;
    QStringList paid;
    for (const Payment &payment : std::as_const(sale->payments))
        paid << methodText(payment.method).remove(QLatin1Char('&')) + QLatin1Char(' ')
                + Money::format(payment.amountCents);
    m_saleLabel->setText(tr("Ticket %1 — %2 — %3 (%4)")
                             .arg(QString::number(sale->number),
                                  locale.toString(sale->closedAt.toLocalTime(), QLocale::ShortFormat),
                                  Money::format(sale->totalCents), paid.join(QStringLiteral(", "))));
    setMethods(sale->payments);
    if (refundable->isEmpty()) {
        showError(tr("Everything on ticket %1 has already been given back.").arg(sale->number));
        m_codeEdit->setFocus();
        return;
    }
    m_linesView->setFocus();
    m_linesView->setCurrentIndex(m_lines->index(0, ReturnLinesModel::QuantityColumn));
}

void ReturnDialog::clearSale()
{
    m_sale.reset();
    m_lines->clear();
    m_saleLabel->setText(tr("Scan or find a sale to see its lines."));
    setMethods({});
    updateRefund();
}

void ReturnDialog::setMethods(const QList<Payment> &salePayments)
{
    const QList<QAbstractButton *> old = m_methodGroup->buttons();
    for (QAbstractButton *button : old) {
        m_methodGroup->removeButton(button);
        delete button;
    }
    if (!m_sale)
        return;
    // The sale's methods, the one that paid most first (the default), then the credit note.
    QList<Payment> paid = salePayments;
    std::stable_sort(paid.begin(), paid.end(),
                     [](const Payment &a, const Payment &b) { return a.amountCents > b.amountCents; });
    QList<PaymentMethod> methods;
    for (const Payment &payment : std::as_const(paid)) {
        if (!methods.contains(payment.method))
            methods.append(payment.method);
    }
    if (!methods.contains(PaymentMethod::Voucher))
        methods.append(PaymentMethod::Voucher);
    for (const PaymentMethod method : std::as_const(methods)) {
        auto *radio = new QRadioButton(methodText(method), m_methodBox);
        radio->setObjectName(paymentMethodKey(method) + QStringLiteral("Method"));
        radio->setFont(scaled(radio->font(), 1.3));
        m_methodGroup->addButton(radio, int(method));
        auto *row = qobject_cast<QBoxLayout *>(m_methodBox->layout());
        row->insertWidget(row->count() - 1, radio);
    }
    m_methodGroup->buttons().constFirst()->setChecked(true);
}

QString ReturnDialog::methodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("&Cash");
    case PaymentMethod::Card:
        return tr("Car&d");
    case PaymentMethod::Cheque:
        return tr("C&heque");
    case PaymentMethod::Voucher:
        return tr("Credit &note");
    }
    return {};
}

std::optional<PaymentMethod> ReturnDialog::chosenMethod() const
{
    const int id = m_methodGroup->checkedId();
    if (id < 0)
        return std::nullopt;
    return PaymentMethod(id);
}

void ReturnDialog::updateRefund()
{
    const bool any = m_sale && m_lines->totalQuantity() > 0;
    m_refundTotalLabel->setText(any ? tr("To give back: %1").arg(Money::format(m_lines->refundCents()))
                                    : QString());
    m_refundButton->setEnabled(any && chosenMethod().has_value());
    m_methodBox->setEnabled(m_sale.has_value());
}

void ReturnDialog::requestRefund()
{
    if (!m_refundButton->isEnabled())
        return;
    if (!m_session.current()) {
        showError(tr("Nobody is signed in at the till: sign in, then refund."));
        return;
    }
    if (m_session.current()->isManager()) {
        commitRefund();
        return;
    }
    auto *pin = new PinDialog(m_operators, PinDialog::Purpose::ManagerOverride, this);
    pin->setAttribute(Qt::WA_DeleteOnClose);
    pin->setPrompt(tr("A refund of %1 needs a manager's approval: manager, type your PIN.")
                       .arg(Money::format(m_lines->refundCents())));
    connect(pin, &PinDialog::verified, this, [this] { commitRefund(); });
    pin->open();
}

void ReturnDialog::commitRefund()
{
    const auto method = chosenMethod();
    if (!m_sale || !method || !m_session.current())
        return;
    RefundDraft draft;
    draft.originalTicketId = m_sale->id;
    draft.operatorId = m_session.current()->id;
    draft.lines = m_lines->refundLines();
    draft.payments = {Payment {*method, 0, {}}}; // the whole refund by this method
    auto refund = m_journal.commitRefund(draft);
    if (!refund) {
        qCWarning(lcUi) << "refund of ticket" << m_sale->number << "refused:" << refund.error().detail;
        const Error error = refund.error();
        loadSale(m_sale->id); // what is left may have changed
        showError(errorText(error));
        return;
    }
    qCInfo(lcUi) << "refund" << refund->number << "of ticket" << m_sale->number;
    Q_EMIT refunded(*refund);
    accept();
}

void ReturnDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(true);
}

void ReturnDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
}

bool ReturnDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_dayEdit && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        search();
        return true;
    }
    const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (watched == m_linesView && m_linesView->hasFocus() // not while its editor is open
        && !(key->modifiers() & commands)) {
        const int row = m_linesView->currentIndex().row();
        const QString text = key->text();
        if (key->key() == Qt::Key_Plus || text == QLatin1String("+")) {
            m_lines->changeQuantity(row, 1);
            return true;
        }
        if (key->key() == Qt::Key_Minus || text == QLatin1String("-")) {
            m_lines->changeQuantity(row, -1);
            return true;
        }
        if (text.size() == 1 && text.at(0) >= QLatin1Char('0') && text.at(0) <= QLatin1Char('9')) {
            m_lines->setQuantity(row, text.at(0).digitValue());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace comptoir
