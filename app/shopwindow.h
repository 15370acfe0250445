#pragma once

#include "mainwindow.h"
#include "receiptservice.h"

namespace comptoir {

class ShopSession;

// The window of an opened shop: the main window with its pages (till, catalogue, reports,
// settings), and the receipt service they print through. Built from the session's objects,
// which must outlive it.
class ShopWindow
{
public:
    explicit ShopWindow(ShopSession &session);
    ShopWindow(const ShopWindow &) = delete;
    ShopWindow &operator=(const ShopWindow &) = delete;

    MainWindow &window() { return m_window; }
    ReceiptService &receipts() { return m_receipts; }

private:
    ReceiptService m_receipts; // declared first: the pages use it until they are destroyed
    MainWindow m_window;
};

} // namespace comptoir
