// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/scalelayoutsection.h"

#include "models/catalogue/catalogue.h"
#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

ScaleLayoutSection::ScaleLayoutSection(ShopSettings &settings, const Catalogue &catalogue,
                                       OperatorSession &session, QWidget *parent)
    : QGroupBox(tr("Scale barcodes"), parent),
      m_settings(settings),
      m_catalogue(catalogue),
      m_session(session)
{
    setObjectName(QStringLiteral("scaleLayoutSection"));
    auto *intro
        = new QLabel(tr("The labels your weighing scale prints carry the item's code (its reference in "
                        "the catalogue) and its price or weight. Tick the layouts your scale prints."),
                     this);
    intro->setWordWrap(true);

    m_offered = new QListWidget(this);
    m_offered->setObjectName(QStringLiteral("scaleOfferedLayouts"));
    const auto offered = ScaleBarcodes::offeredLayouts();
    for (const auto &o : offered) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(ScaleBarcodes::describe(o.layout), ScaleBarcodes::toText(o.layout)), m_offered);
        item->setData(Qt::UserRole, o.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_offered->setMaximumHeight(m_offered->sizeHintForRow(0) * int(offered.size()) + 8);

    m_custom = new QLineEdit(this);
    m_custom->setObjectName(QStringLiteral("scaleCustomLayouts"));
    m_custom->setPlaceholderText(
        tr("e.g. 21-I5-P5 (prefix, item digits, K for a check digit, P price or W weight)"));

    m_try = new QLineEdit(this);
    m_try->setObjectName(QStringLiteral("scaleTryEdit"));
    m_try->setPlaceholderText(tr("Scan a label to try"));
    m_tryResult = new QLabel(this);
    m_tryResult->setObjectName(QStringLiteral("scaleTryResult"));
    m_tryResult->setWordWrap(true);
    connect(m_try, &QLineEdit::returnPressed, this, [this] {
        m_tryResult->setText(tryCode(m_try->text()));
        m_try->selectAll();
    });

    m_save = new QPushButton(tr("Save the scale layouts"), this);
    m_save->setObjectName(QStringLiteral("scaleSaveButton"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ScaleLayoutSection::save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scaleStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Other &layouts:"), m_custom);
    form->addRow(tr("&Try a label:"), m_try);
    form->addRow(QString(), m_tryResult);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_offered);
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

void ScaleLayoutSection::reload()
{
    auto stored = m_settings.scaleLayouts();
    if (!stored) {
        m_status->setText(errorText(stored.error()));
        return;
    }
    const auto offered = ScaleBarcodes::offeredLayouts();
    QStringList custom;
    for (int row = 0; row < m_offered->count(); ++row)
        m_offered->item(row)->setCheckState(Qt::Unchecked);
    for (const ScaleLayout &layout : std::as_const(*stored)) {
        bool found = false;
        for (int row = 0; row < offered.size(); ++row) {
            if (offered.at(row).layout == layout) {
                m_offered->item(row)->setCheckState(Qt::Checked);
                found = true;
            }
        }
        if (!found)
            custom << ScaleBarcodes::toText(layout);
    }
    m_custom->setText(custom.join(QLatin1Char(' ')));
}

void ScaleLayoutSection::updateEditable()
{
    const bool manager = m_session.current() && m_session.current()->isManager();
    m_offered->setEnabled(manager);
    m_custom->setEnabled(manager);
    m_save->setEnabled(manager);
    if (!manager)
        m_status->setText(tr("A manager changes the scale layouts."));
    else
        m_status->clear();
}

Result<QList<ScaleLayout>> ScaleLayoutSection::chosenLayouts() const
{
    QList<ScaleLayout> layouts;
    const auto offered = ScaleBarcodes::offeredLayouts();
    for (int row = 0; row < m_offered->count() && row < offered.size(); ++row) {
        if (m_offered->item(row)->checkState() == Qt::Checked)
            layouts << offered.at(row).layout;
    }
    const QStringList custom = m_custom->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &text : custom) {
        auto layout = ScaleBarcodes::fromText(text);
        if (!layout)
            return layout.error();
        if (!layouts.contains(*layout))
            layouts << *layout;
    }
    return layouts;
}

QString ScaleLayoutSection::tryCode(const QString &code) const
{
    auto layouts = chosenLayouts();
    if (!layouts)
        return errorText(layouts.error());
    const auto reading = ScaleBarcodes::decode(code.trimmed(), *layouts);
    if (!reading)
        return tr("%1 is not a scale barcode of these layouts.").arg(code.trimmed());
    QString item;
    auto found = m_catalogue.findVariantByScaleItem(reading->itemCode);
    if (found && found->has_value()) {
        auto variant = m_catalogue.variant(**found);
        auto product = variant ? m_catalogue.product(variant->productId) : Result<Product>(variant.error());
        if (product)
            item = tr("item %1 (%2)").arg(reading->itemCode, product->fields.name);
    }
    if (item.isEmpty())
        item = tr("item %1, in no variant's reference yet").arg(reading->itemCode);
    if (reading->value == ScaleValue::Price)
        return tr("%1, price %2").arg(item, Money::format(reading->amount));
    return tr("%1, weight %2 kg").arg(item, locale().toString(double(reading->amount) / 1000.0, 'f', 3));
}

void ScaleLayoutSection::save()
{
    if (!m_session.current() || !m_session.current()->isManager())
        return;
    auto layouts = chosenLayouts();
    if (!layouts) {
        m_status->setText(errorText(layouts.error()));
        m_custom->setFocus();
        return;
    }
    if (Status s = m_settings.setScaleLayouts(*layouts); !s) {
        m_status->setText(errorText(s.error()));
        return;
    }
    m_status->setText(tr("Scale layouts saved: the till reads them from the next scan."));
    Q_EMIT layoutsSaved();
}

} // namespace comptoir
