// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticket.h"

#include <array>
#include <utility>

namespace comptoir {

namespace {

constexpr std::array<std::pair<PaymentMethod, const char *>, 4> MethodKeys = {{
    {PaymentMethod::Cash, "cash"},
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Cheque, "cheque"},
    {PaymentMethod::Voucher, "voucher"},
}};

} // namespace

QString paymentMethodKey(PaymentMethod method)
{
    for (const auto &[value, key] : MethodKeys) {
        if (value == method)
            return QLatin1String(key);
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromKey(const QString &key)
{
    for (const auto &[value, text] : MethodKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace comptoir
