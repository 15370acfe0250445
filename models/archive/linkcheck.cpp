// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One link checked on its own (linkcheck.h).
#include "models/archive/linkcheck.h"

#include "models/archive/archiveformat.h"
#include "models/archive/recordschema.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace comptoir::LinkCheck {

namespace {

RuleFailure failure(const ChainLinkInput &link, const char *problem, const QString &detail)
{
    return RuleFailure {link.name(), QLatin1String(problem), link.at() + QStringLiteral(": ") + detail};
}

} // namespace

std::optional<RuleFailure> parse(const ChainLinkInput &link, QJsonObject &record)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(link.canonical, &error);
    if (!document.isObject())
        return failure(link, "bad-format", QStringLiteral("the canonical record is not a JSON object"));
    record = document.object();
    if (!ArchiveFormat::integersOnly(record))
        return failure(
            link, "bad-format",
            QStringLiteral("a number of the record is not an integer, or above 2^53 - 1 in magnitude"));
    if (auto wrong = RecordSchema::check(record))
        return failure(link, "bad-format", *wrong);
    return std::nullopt;
}

std::optional<RuleFailure> canonicalForm(const ChainLinkInput &link, const QJsonObject &record)
{
    if (canonicalJson(record) != link.canonical)
        return failure(link, "non-canonical",
                       QStringLiteral("the record's bytes are not its canonical serialisation"));
    return std::nullopt;
}

std::optional<RuleFailure> recordType(const ChainLinkInput &link, const QJsonObject &record)
{
    const QString type = record.value(QLatin1String("record")).toString();
    if (type != link.recordType)
        return failure(link, "record-type",
                       QStringLiteral("the record is a \"") + type + QStringLiteral("\", the link says \"")
                           + link.recordType + QLatin1Char('"'));
    const QString kind = record.value(QLatin1String("kind")).toString();
    if ((type == QLatin1String("month-closure") && kind != QLatin1String("month"))
        || (type == QLatin1String("year-closure") && kind != QLatin1String("year")))
        return failure(link, "record-type",
                       QStringLiteral("a ") + type + QStringLiteral(" of kind \"") + kind + QLatin1Char('"'));
    return std::nullopt;
}

std::optional<RuleFailure> hash(const ChainLinkInput &link)
{
    if (FiscalChain::sha256(link.previousHash + link.canonical) != link.hash)
        return failure(link, "hash-mismatch", QStringLiteral("the record does not match its hash"));
    return std::nullopt;
}

std::optional<RuleFailure> signature(const ChainLinkInput &link, const QByteArray &key)
{
    if (!Ed25519Key::verify(key, link.hash, link.signature))
        return failure(link, "bad-signature", QStringLiteral("the signature does not verify"));
    return std::nullopt;
}

std::optional<RuleFailure> record(const ChainLinkInput &link, QJsonObject &parsed)
{
    if (auto failed = parse(link, parsed))
        return failed;
    if (auto failed = canonicalForm(link, parsed))
        return failed;
    if (auto failed = recordType(link, parsed))
        return failed;
    return hash(link);
}

} // namespace comptoir::LinkCheck
