// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importplan.h"

#include "models/import/importvalues.h"
#include "models/storage/database.h"

namespace comptoir {

namespace {

QString fold(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// Rows of one product share its name and brand (case and spacing aside).
QString nameKey(const QString &name, const QString &brand)
{
    return fold(name) + QChar(0x1F) + fold(brand);
}

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool sameCodes(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

bool sameVariant(const VariantFields &a, const VariantFields &b)
{
    return a.label == b.label && a.reference == b.reference && sameCodes(a.barcodes, b.barcodes)
        && a.priceCents == b.priceCents && a.costCents == b.costCents
        && a.lowStockThreshold == b.lowStockThreshold && a.netQuantity == b.netQuantity;
}

bool sameProduct(const ProductFields &a, const ProductFields &b)
{
    return a.name == b.name && a.brand == b.brand && a.categoryId == b.categoryId
        && a.vatRateBp == b.vatRateBp && a.description == b.description;
}

} // namespace

// The catalogue as the import matches against it, read whole in a few queries.
struct ImportPlanner::Known
{
    QHash<QString, qint64> variantOfBarcode;
    QHash<QString, qint64> variantOfReference;
    QHash<qint64, Variant> variants; // with their barcodes and stock
    QHash<qint64, ProductFields> products;
    QHash<QString, qint64> categories; // folded name → id
    QHash<QString, qint64> productOfName; // nameKey() → the first product of that name and brand

    Status load(const Database &db)
    {
        auto variantRows = db.rows(
            QStringLiteral("SELECT v.id, v.product_id, v.label, v.reference, v.price_cents, v.cost_cents, "
                           "v.low_stock_threshold, coalesce(s.quantity, 0), v.net_amount, v.net_unit "
                           "FROM variants v LEFT JOIN stock_on_hand s ON s.variant_id = v.id"));
        if (!variantRows)
            return variantRows.error();
        variants.reserve(variantRows->size());
        for (const QVariantList &r : std::as_const(*variantRows)) {
            Variant v;
            v.id = r.at(0).toLongLong();
            v.productId = r.at(1).toLongLong();
            v.fields.label = r.at(2).toString();
            v.fields.reference = r.at(3).toString();
            v.fields.priceCents = r.at(4).toLongLong();
            if (r.at(5).isValid() && !r.at(5).isNull())
                v.fields.costCents = r.at(5).toLongLong();
            v.fields.lowStockThreshold = r.at(6).toInt();
            v.onHand = r.at(7).toLongLong();
            v.fields.netQuantity.amount = r.at(8).toLongLong();
            v.fields.netQuantity.unit
                = NetQuantities::unitFromKey(r.at(9).toString()).value_or(NetUnit::None);
            variantOfReference.insert(v.fields.reference, v.id);
            variants.insert(v.id, v);
        }
        auto codes = db.rows(QStringLiteral("SELECT code, variant_id FROM barcodes ORDER BY code"));
        if (!codes)
            return codes.error();
        for (const QVariantList &r : std::as_const(*codes)) {
            const qint64 id = r.at(1).toLongLong();
            variantOfBarcode.insert(r.at(0).toString(), id);
            if (auto it = variants.find(id); it != variants.end())
                it->fields.barcodes << r.at(0).toString();
        }
        auto productRows = db.rows(QStringLiteral(
            "SELECT id, name, brand, category_id, vat_rate_bp, description FROM products ORDER BY id"));
        if (!productRows)
            return productRows.error();
        for (const QVariantList &r : std::as_const(*productRows)) {
            ProductFields p;
            p.name = r.at(1).toString();
            p.brand = r.at(2).toString();
            if (r.at(3).isValid() && !r.at(3).isNull())
                p.categoryId = r.at(3).toLongLong();
            p.vatRateBp = r.at(4).toInt();
            p.description = r.at(5).toString();
            products.insert(r.at(0).toLongLong(), p);
            if (!productOfName.contains(nameKey(p.name, p.brand)))
                productOfName.insert(nameKey(p.name, p.brand), r.at(0).toLongLong());
        }
        auto categoryRows = db.rows(QStringLiteral("SELECT id, name FROM categories"));
        if (!categoryRows)
            return categoryRows.error();
        for (const QVariantList &r : std::as_const(*categoryRows))
            categories.insert(fold(r.at(1).toString()), r.at(0).toLongLong());
        return {};
    }
};

ImportPlanner::ImportPlanner(const Database &db, const Sheet &sheet, const ColumnMapping &mapping,
                             const ImportOptions &options)
    : m_db(db), m_sheet(sheet), m_mapping(mapping), m_options(options)
{ }

QString ImportPlanner::header(ImportColumn column) const
{
    const int index = m_mapping.columns.value(column, -1);
    if (index >= 0 && m_mapping.headerRow >= 0 && m_mapping.headerRow < m_sheet.rows.size()) {
        const QStringList &headers = m_sheet.rows.at(m_mapping.headerRow);
        if (index < headers.size() && !headers.at(index).trimmed().isEmpty())
            return headers.at(index).trimmed();
    }
    return ImportColumns::exportHeader(column);
}

QString ImportPlanner::cell(int index, ImportColumn column) const
{
    const int c = m_mapping.columns.value(column, -1);
    const QStringList &row = m_sheet.rows.at(index);
    return c >= 0 && c < row.size() ? row.at(c) : QString();
}

void ImportPlanner::problem(ImportPlan &plan, int index, ImportColumn column, const Error &error) const
{
    problem(plan, index, header(column), error);
}

void ImportPlanner::problem(ImportPlan &plan, int index, const QString &column, const Error &error) const
{
    plan.problems.append(ImportProblem {index + 1, column, error});
    plan.rejectedRows.insert(index);
}

std::optional<ImportRow> ImportPlanner::readRow(int index, ImportPlan &plan) const
{
    bool ok = true;
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const QString text = cell(index, it.key());
        if (ImportValues::isMojibake(text)) {
            problem(plan, index, it.key(), makeError(ErrorCode::SpreadsheetEncodingWrong, text.trimmed()));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;

    ImportRow row;
    row.sheetRow = index;
    row.name = cell(index, ImportColumn::Name).simplified();
    if (row.name.isEmpty()) {
        problem(plan, index, ImportColumn::Name, makeError(ErrorCode::EmptyName));
        ok = false;
    }
    row.brand = cell(index, ImportColumn::Brand).simplified();
    if (m_mapping.columns.contains(ImportColumn::Label)) {
        row.label = cell(index, ImportColumn::Label).simplified();
    } else if (m_mapping.columns.contains(ImportColumn::Size)
               || m_mapping.columns.contains(ImportColumn::Colour)) {
        QStringList parts {cell(index, ImportColumn::Size).simplified(),
                           cell(index, ImportColumn::Colour).simplified()};
        parts.removeAll(QString());
        row.label = parts.join(QStringLiteral(" / "));
    }
    row.reference = cell(index, ImportColumn::Reference).trimmed();
    if (const QString c = cell(index, ImportColumn::Category).simplified(); !c.isEmpty())
        row.category = c;
    if (const QString d = cell(index, ImportColumn::Description).trimmed(); !d.isEmpty())
        row.description = d;

    auto read = [&](ImportColumn column, auto parse, auto &out) {
        const QString text = cell(index, column);
        if (text.trimmed().isEmpty())
            return;
        auto value = parse(text);
        if (!value) {
            problem(plan, index, column, value.error());
            ok = false;
        } else {
            out = *value;
        }
    };
    read(ImportColumn::Price, ImportValues::cents, row.priceCents);
    read(ImportColumn::Cost, ImportValues::cents, row.costCents);
    read(ImportColumn::Vat, ImportValues::vatRate, row.vatBp);
    if (m_options.stockMode != ImportStockMode::Ignore)
        read(ImportColumn::Stock, ImportValues::quantity, row.stock);
    read(ImportColumn::LowStock, ImportValues::quantity, row.lowStock);
    read(ImportColumn::NetQuantity, ImportValues::netQuantity, row.netQuantity);
    read(ImportColumn::Barcode, ImportValues::barcodes, row.barcodes);
    if (row.lowStock && *row.lowStock > std::numeric_limits<int>::max()) {
        problem(plan, index, ImportColumn::LowStock,
                makeError(ErrorCode::InvalidQuantity, cell(index, ImportColumn::LowStock)));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return row;
}

Result<ImportPlan> ImportPlanner::plan(const ImportProgress &progress, const std::atomic_bool *cancel)
{
    if (!m_mapping.columns.contains(ImportColumn::Name))
        return makeError(ErrorCode::ImportColumnMissing, ImportColumns::exportHeader(ImportColumn::Name));
    Known known;
    if (Status s = known.load(m_db); !s)
        return s.error();

    ImportPlan plan;
    const int total = int(m_sheet.rows.size());
    // 1. Each row read, checked, and matched to a variant of the catalogue (0: a new one).
    QList<ImportRow> rows;
    QList<qint64> matched;
    QHash<QString, int> barcodeRow;
    QHash<QString, int> referenceRow;
    QSet<qint64> variantsSeen;
    for (int i = m_mapping.headerRow + 1; i < total; ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::ImportCancelled);
        if (progress && i % 256 == 0)
            progress(i, total);
        if (isBlank(m_sheet.rows.at(i)))
            continue;
        ++plan.rows;
        auto row = readRow(i, plan);
        if (!row)
            continue;
        bool bad = false;
        qint64 byBarcode = 0;
        for (const QString &code : row->barcodes.value_or(QStringList())) {
            if (barcodeRow.contains(code)) {
                problem(plan, i, ImportColumn::Barcode, makeError(ErrorCode::DuplicateBarcode, code));
                bad = true;
                continue;
            }
            barcodeRow.insert(code, i);
            const qint64 owner = known.variantOfBarcode.value(code, 0);
            if (owner != 0 && byBarcode != 0 && owner != byBarcode) {
                problem(plan, i, ImportColumn::Barcode, makeError(ErrorCode::DuplicateBarcode, code));
                bad = true;
            } else if (owner != 0) {
                byBarcode = owner;
            }
        }
        qint64 byReference = 0;
        if (!row->reference.isEmpty()) {
            if (referenceRow.contains(row->reference)) {
                problem(plan, i, ImportColumn::Reference,
                        makeError(ErrorCode::DuplicateReference, row->reference));
                bad = true;
            }
            referenceRow.insert(row->reference, i);
            byReference = known.variantOfReference.value(row->reference, 0);
            if (byBarcode != 0 && byReference != 0 && byBarcode != byReference) {
                // The reference names one variant, a barcode another: that barcode is taken.
                QString taken;
                for (const QString &code : row->barcodes.value_or(QStringList())) {
                    if (taken.isEmpty() && known.variantOfBarcode.value(code, 0) == byBarcode)
                        taken = code;
                }
                problem(plan, i, ImportColumn::Barcode, makeError(ErrorCode::DuplicateBarcode, taken));
                bad = true;
            }
        }
        const qint64 variantId = byBarcode != 0 ? byBarcode : byReference;
        if (!bad && variantId != 0 && variantsSeen.contains(variantId)) {
            // Two rows for one variant of the catalogue (one by its barcode, one by its reference).
            const Variant &v = known.variants.value(variantId);
            problem(plan, i, ImportColumn::Reference,
                    makeError(ErrorCode::DuplicateReference, v.fields.reference));
            bad = true;
        }
        if (bad)
            continue;
        if (variantId != 0)
            variantsSeen.insert(variantId);
        rows.append(*row);
        matched.append(variantId);
    }

    // 2. The rows grouped into products: a row matched to the catalogue joins its variant's
    // product; the others join the product of the same name and brand.
    struct Group
    {
        qint64 productId = 0;
        QList<int> members; // indexes in rows
    };
    QList<Group> groups;
    QHash<qint64, int> groupOfProduct;
    QHash<QString, int> groupOfName;
    for (int pass = 0; pass < 2; ++pass) {
        for (int r = 0; r < rows.size(); ++r) {
            const bool isMatched = matched.at(r) != 0;
            if ((pass == 0) != isMatched)
                continue;
            const QString key = nameKey(rows.at(r).name, rows.at(r).brand);
            int g = -1;
            if (isMatched) {
                const qint64 productId = known.variants.value(matched.at(r)).productId;
                g = groupOfProduct.value(productId, -1);
                if (g < 0) {
                    g = int(groups.size());
                    groups.append(Group {productId, {}});
                    groupOfProduct.insert(productId, g);
                }
            } else {
                g = groupOfName.value(key, -1);
                // A new variant of a product already in the catalogue under that name and brand.
                const qint64 productId = known.productOfName.value(key, 0);
                if (g < 0 && productId != 0)
                    g = groupOfProduct.value(productId, -1);
                if (g < 0) {
                    g = int(groups.size());
                    groups.append(Group {productId, {}});
                    if (productId != 0)
                        groupOfProduct.insert(productId, g);
                }
            }
            if (!groupOfName.contains(key))
                groupOfName.insert(key, g);
            groups[g].members.append(r);
        }
    }
    std::sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) {
        return rows.at(a.members.first()).sheetRow < rows.at(b.members.first()).sheetRow;
    });

    // 3. Each product: its fields from its rows (which must agree), then its variants.
    for (Group &group : groups) {
        std::sort(group.members.begin(), group.members.end());
        PlannedProduct product;
        product.productId = group.productId;
        const ProductFields before
            = group.productId ? known.products.value(group.productId) : ProductFields {};
        ProductFields &f = product.fields;
        f = before;
        const ImportRow &first = rows.at(group.members.first());
        f.name = first.name;
        if (m_mapping.columns.contains(ImportColumn::Brand))
            f.brand = first.brand;
        std::optional<int> vat;
        std::optional<QString> category;
        std::optional<QString> description;
        QList<int> agreeing;
        for (const int r : std::as_const(group.members)) {
            const ImportRow &row = rows.at(r);
            auto disagree = [&](ImportColumn column) {
                problem(plan, row.sheetRow, column,
                        makeError(ErrorCode::ImportVariantsDisagree, header(column)));
            };
            if (fold(row.name) != fold(f.name)) {
                disagree(ImportColumn::Name);
            } else if (m_mapping.columns.contains(ImportColumn::Brand) && fold(row.brand) != fold(f.brand)) {
                disagree(ImportColumn::Brand);
            } else if (row.vatBp && vat && *vat != *row.vatBp) {
                disagree(ImportColumn::Vat);
            } else if (row.category && category && fold(*category) != fold(*row.category)) {
                disagree(ImportColumn::Category);
            } else if (row.description && description && *description != *row.description) {
                disagree(ImportColumn::Description);
            } else {
                if (row.vatBp)
                    vat = row.vatBp;
                if (row.category)
                    category = row.category;
                if (row.description)
                    description = row.description;
                agreeing.append(r);
            }
        }
        if (vat)
            f.vatRateBp = *vat;
        if (description)
            f.description = *description;
        if (category) {
            if (auto it = known.categories.constFind(fold(*category)); it != known.categories.cend()) {
                f.categoryId = *it;
            } else {
                f.categoryId.reset();
                product.newCategory = *category;
            }
        }
        product.changed = group.productId != 0 && (!sameProduct(f, before) || !product.newCategory.isEmpty());

        for (const int r : std::as_const(agreeing)) {
            const ImportRow &row = rows.at(r);
            PlannedVariant v;
            v.sheetRow = row.sheetRow;
            v.variantId = matched.at(r);
            VariantFields &vf = v.fields;
            if (v.variantId != 0) {
                const Variant &existing = known.variants.value(v.variantId);
                vf = existing.fields;
                v.onHand = existing.onHand;
            } else if (!row.priceCents) {
                problem(plan, row.sheetRow, ImportColumn::Price, makeError(ErrorCode::ImportValueUnreadable));
                continue;
            }
            if (row.label)
                vf.label = *row.label;
            if (!row.reference.isEmpty())
                vf.reference = row.reference;
            if (row.barcodes && !row.barcodes->isEmpty())
                vf.barcodes = *row.barcodes;
            if (row.priceCents)
                vf.priceCents = *row.priceCents;
            if (row.costCents)
                vf.costCents = row.costCents;
            if (row.lowStock)
                vf.lowStockThreshold = int(*row.lowStock);
            if (row.netQuantity)
                vf.netQuantity = *row.netQuantity;
            if (v.variantId != 0)
                v.changed = !sameVariant(vf, known.variants.value(v.variantId).fields);
            else
                v.giveInStoreBarcode = m_options.giveInStoreBarcodes && vf.barcodes.isEmpty();
            if (m_options.stockMode == ImportStockMode::Count && row.stock && *row.stock != v.onHand)
                v.countTo = row.stock;
            if (m_options.stockMode == ImportStockMode::Receipt && row.stock && *row.stock > 0)
                v.received = *row.stock;
            product.variants.append(v);
        }
        if (!product.variants.isEmpty())
            plan.products.append(product);
    }
    std::stable_sort(plan.problems.begin(), plan.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    if (progress)
        progress(total, total);
    return plan;
}

} // namespace comptoir
