// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/catalogueexportdialog.h"

#include "ui/errortext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace comptoir {

CatalogueExportDialog::CatalogueExportDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Export the catalogue"));
    auto *layout = new QVBoxLayout(this);

    auto *which = new QGroupBox(tr("What to export"), this);
    auto *whichLayout = new QVBoxLayout(which);
    m_catalogue = new QRadioButton(tr("&The catalogue (prices, VAT, barcodes)"), which);
    m_stock = new QRadioButton(tr("The catalogue with the &stock on hand"), which);
    m_valuation = new QRadioButton(tr("The stock's &value at cost"), which);
    m_catalogue->setChecked(true);
    for (QRadioButton *button : {m_catalogue, m_stock, m_valuation}) {
        whichLayout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                onKindChanged();
        });
    }
    layout->addWidget(which);

    auto *where = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(360);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    where->addWidget(m_path, 1);
    where->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), where);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(where)))
        label->setBuddy(m_path);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Excel (.xlsx) or CSV with semicolons (.csv), from the file's name."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &CatalogueExportDialog::onChoose);
    connect(m_export, &QPushButton::clicked, this, &CatalogueExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(defaultName()));
}

CatalogueExportKind CatalogueExportDialog::kind() const
{
    if (m_stock->isChecked())
        return CatalogueExportKind::Stock;
    if (m_valuation->isChecked())
        return CatalogueExportKind::Valuation;
    return CatalogueExportKind::Catalogue;
}

void CatalogueExportDialog::setKind(CatalogueExportKind kind)
{
    switch (kind) {
    case CatalogueExportKind::Catalogue:
        m_catalogue->setChecked(true);
        break;
    case CatalogueExportKind::Stock:
        m_stock->setChecked(true);
        break;
    case CatalogueExportKind::Valuation:
        m_valuation->setChecked(true);
        break;
    }
}

QString CatalogueExportDialog::path() const
{
    return m_path->text().trimmed();
}

void CatalogueExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString CatalogueExportDialog::message() const
{
    return m_message->text();
}

QString CatalogueExportDialog::defaultName() const
{
    switch (kind()) {
    case CatalogueExportKind::Catalogue:
        return tr("catalogue.xlsx");
    case CatalogueExportKind::Stock:
        return tr("stock.xlsx");
    case CatalogueExportKind::Valuation:
        return tr("stock-value.xlsx");
    }
    return {};
}

void CatalogueExportDialog::onKindChanged()
{
    // The name follows the kind; the folder and the format stay the person's choice.
    const QFileInfo current(path());
    const QString suffix
        = current.suffix().toLower() == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString name = QFileInfo(defaultName()).completeBaseName() + u'.' + suffix;
    m_path->setText(current.dir().filePath(name));
}

void CatalogueExportDialog::onChoose()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(),
                                                        tr("Excel (*.xlsx);;CSV with semicolons (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool CatalogueExportDialog::exportNow()
{
    QString target = path();
    if (target.isEmpty()) {
        m_message->setText(tr("Choose where to save the file."));
        m_path->setFocus();
        return false;
    }
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        target += QStringLiteral(".xlsx");
        m_path->setText(target);
    }
    const Status written = exportCatalogue(m_db, kind(), target);
    if (!written) {
        m_message->setText(errorText(written.error()));
        return false;
    }
    m_message->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(target)));
    Q_EMIT exported(target);
    return true;
}

} // namespace comptoir
