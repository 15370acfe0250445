// Checking a sealed period archive on its own (archivereader.h).
#include "models/archive/archivereader.h"

#include "models/archive/archiveformat.h"
#include "models/archive/archiveseal.h"
#include "models/fiscal/ed25519.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace comptoir {

namespace {

RuleFailure failure(const QString &record, const char *problem, const QString &detail)
{
    return RuleFailure {record, QLatin1String(problem), detail};
}

QString hex(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex());
}

// One archive read and checked: the file, then each step of verifyArchive in order.
class ArchiveCheck
{
public:
    ArchiveFile file;
    QByteArray bytes;
    KeyHistory history;
    std::optional<ChainRules> rules;

    std::optional<RuleFailure> run(const QByteArray &content)
    {
        bytes = content;
        if (auto failed = ArchiveFormat::read(bytes, file))
            return failed;
        m_read = true;
        if (auto failed = readKeyHistory())
            return failed;
        startRules();
        if (auto failed = checkSeal())
            return failed;
        if (auto failed = checkKeyChanges())
            return failed;
        if (auto failed = checkLinks())
            return failed;
        if (auto failed = checkPeriodClosureLinks())
            return failed;
        if (auto failed = checkFooter())
            return failed;
        return checkPeriodTotals();
    }

    bool read() const { return m_read; }
    // The engine, set up from the header and the key history.
    void startRules()
    {
        const ArchiveHeader &h = file.header;
        ChainRules::Setup setup;
        setup.keys = history;
        setup.previousSeq = h.previousSeq;
        setup.previousHash = h.previousHash;
        setup.opening = h.opening;
        setup.registerId = h.registerId;
        setup.zone = QTimeZone(h.timeZone.toLatin1());
        setup.periodTotalsWhenMet = false;
        rules.emplace(setup);
    }
    // The keys vouched for by keys; `unknown-key` when a pinned key is none of the archive's.
    std::optional<RuleFailure> confirm(const ArchiveKeys &keys, QList<QByteArray> &confirmed) const;

private:
    std::optional<RuleFailure> readKeyHistory();
    std::optional<RuleFailure> checkSeal() const;
    std::optional<RuleFailure> checkKeyChanges();
    std::optional<RuleFailure> checkLinks();
    std::optional<RuleFailure> checkPeriodClosureLinks();
    std::optional<RuleFailure> checkPeriodTotals() const;
    std::optional<RuleFailure> checkFooter() const;
    // A copy of period_closures or key_changes: the link's own checks, in chain order, once.
    std::optional<RuleFailure> checkCopy(const ChainLinkInput &link, QJsonObject &record, qint64 &lastSeq,
                                         QSet<QString> &seen);

    bool m_read = false;
    QList<std::pair<ChainLinkInput, QJsonObject>> m_closures; // period_closures, read
};

std::optional<RuleFailure> ArchiveCheck::readKeyHistory()
{
    QList<KeyChange> changes;
    for (const QJsonValue &value : std::as_const(file.keyChanges)) {
        ChainLinkInput link;
        if (auto failed = ArchiveFormat::readLink(value, link))
            return failed;
        QJsonObject record;
        if (auto failed = LinkCheck::parse(link, record))
            return failed;
        auto change = keyChangeFromRecord(record, link.seq);
        if (!change)
            return failure(link.name(), "key-change",
                           link.at() + QStringLiteral(": ") + change.error().detail);
        if (link.recordType != QLatin1String("event") || !change.value())
            return failure(link.name(), "bad-format",
                           link.at() + QStringLiteral(": not a key_changed event"));
        changes << *change.value();
    }
    history = KeyHistory(changes.isEmpty() ? file.header.publicKey : changes.constFirst().previousKey);
    for (const KeyChange &change : std::as_const(changes)) {
        if (!history.add(change))
            return failure(QStringLiteral("event"), "key-change",
                           QStringLiteral("chain seq ") + QString::number(change.seq)
                               + QStringLiteral(": previous_public_key is not the key in effect before it"));
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkSeal() const
{
    const ArchiveHeader &h = file.header;
    const ArchiveFooter &f = file.footer;
    const QString header = QStringLiteral("header");
    const QString footer = QStringLiteral("footer");
    if (!Ed25519Key::verify(h.sealKey, ArchiveSeal::digest(h.json), file.headerSignature))
        return failure(header, "bad-seal",
                       QStringLiteral("the header signature does not verify with seal_public_key"));
    if (!Ed25519Key::verify(h.sealKey, ArchiveSeal::digest(f.json), file.footerSignature))
        return failure(footer, "bad-seal",
                       QStringLiteral("the footer signature does not verify with seal_public_key"));
    if (f.headerSha256 != hex(ArchiveSeal::digest(h.json)))
        return failure(footer, "bad-seal", QStringLiteral("header_sha256 is not the header's digest"));
    if (f.period != h.period || f.registerId != h.registerId || f.version != ArchiveFormatVersion)
        return failure(footer, "bad-seal",
                       QStringLiteral("period, register_id or version differ from the header's"));
    if (h.sealKey != history.lastKey())
        return failure(header, "bad-seal",
                       QStringLiteral("seal_public_key is not the last key of the key history"));
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkCopy(const ChainLinkInput &link, QJsonObject &record,
                                                   qint64 &lastSeq, QSet<QString> &seen)
{
    if (auto failed = LinkCheck::record(link, record))
        return failed;
    if (auto failed = LinkCheck::signature(link, history.keyAt(link.seq)))
        return failed;
    if (link.seq <= lastSeq)
        return failure(link.name(), "chain-gap", link.at() + QStringLiteral(": out of chain order"));
    lastSeq = link.seq;
    const QString uuid = record.value(QLatin1String("uuid")).toString();
    if (seen.contains(uuid) || seen.contains(link.name()))
        return failure(link.name(), "duplicate-record", link.at() + QStringLiteral(": listed twice"));
    seen << uuid << link.name();
    if (rules)
        rules->signedBy(history.keyAt(link.seq), link.seq);
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkKeyChanges()
{
    qint64 lastSeq = 0;
    QSet<QString> seen;
    for (const QJsonValue &value : std::as_const(file.keyChanges)) {
        ChainLinkInput link;
        ArchiveFormat::readLink(value, link); // read once already
        QJsonObject record;
        if (auto failed = checkCopy(link, record, lastSeq, seen))
            return failed;
        const auto change = keyChangeFromRecord(record, link.seq);
        if (change && change.value() && !change.value()->endorsement.isEmpty() && !change.value()->endorsed())
            return failure(link.name(), "key-change",
                           link.at()
                               + QStringLiteral(": the endorsement does not verify with the previous key"));
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkLinks()
{
    const ArchiveHeader &h = file.header;
    const qint64 first = h.previousSeq + 1;
    const bool keyOk = file.links.isEmpty()
        ? h.publicKey == history.keyAt(h.previousSeq) || h.publicKey == history.keyAt(first)
        : h.publicKey == history.keyAt(first);
    if (!keyOk)
        return failure(QStringLiteral("header"), "key-change",
                       QStringLiteral("public_key is not the key in effect at the first link"));
    for (const QJsonValue &value : std::as_const(file.links)) {
        ChainLinkInput link;
        if (auto failed = ArchiveFormat::readLink(value, link))
            return failed;
        if (link.seq <= h.previousSeq)
            return failure(link.name(), "chain-gap",
                           link.at() + QStringLiteral(": not after the header's previous_link"));
        if (auto failed = rules->feed(link))
            return failed;
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkPeriodClosureLinks()
{
    const QString &period = file.header.period;
    qint64 lastSeq = 0;
    QSet<QString> seen;
    for (const QJsonValue &value : std::as_const(file.periodClosures)) {
        ChainLinkInput link;
        if (auto failed = ArchiveFormat::readLink(value, link))
            return failed;
        QJsonObject record;
        if (auto failed = LinkCheck::parse(link, record))
            return failed;
        const bool periodClosure = link.recordType == QLatin1String("month-closure")
            || link.recordType == QLatin1String("year-closure");
        if (!periodClosure || !ArchiveFormat::within(record.value(QLatin1String("period")).toString(), period)
            || record.value(QLatin1String("register_id")).toString() != file.header.registerId)
            return failure(link.name(), "bad-format",
                           link.at() + QStringLiteral(": not a month or year closure of ") + period
                               + QStringLiteral(" of the archive's register"));
        if (auto failed = checkCopy(link, record, lastSeq, seen))
            return failed;
        m_closures.append({link, record});
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkPeriodTotals() const
{
    for (const auto &[link, record] : m_closures) {
        const QString closurePeriod = record.value(QLatin1String("period")).toString();
        QString why;
        if (link.recordType == QLatin1String("month-closure")) {
            const PeriodTotals *covered = rules->periodTotals(file.header.registerId, closurePeriod);
            why = covered ? covered->mismatch(record) : QStringLiteral("no closure covered");
        } else {
            PeriodTotals months(false);
            for (const auto &other : m_closures) {
                if (other.first.recordType == QLatin1String("month-closure")
                    && other.second.value(QLatin1String("period"))
                           .toString()
                           .startsWith(closurePeriod + QLatin1Char('-')))
                    months.add(other.second);
            }
            why = months.mismatch(record);
        }
        if (!why.isEmpty())
            return failure(link.name(), "period-total", link.at() + QStringLiteral(": ") + why);
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::checkFooter() const
{
    const ArchiveFooter &f = file.footer;
    const ArchiveHeader &h = file.header;
    const bool empty = file.links.isEmpty();
    const std::optional<qint64> firstSeq = empty
        ? std::nullopt
        : std::optional<qint64>(file.links.first().toObject().value(QLatin1String("seq")).toInteger());
    const std::pair<const char *, bool> fields[] = {
        {"first_seq", f.firstSeq == firstSeq},
        {"last_seq", f.lastSeq == rules->lastSeq()},
        {"link_count", f.linkCount == file.links.size()},
        {"last_hash", f.lastHash == hex(rules->lastHash())},
        {"links_sha256", f.linksSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.links))},
        {"period_closure_count", f.periodClosureCount == file.periodClosures.size()},
        {"period_closures_sha256",
         f.periodClosuresSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.periodClosures))},
        {"key_change_count", f.keyChangeCount == file.keyChanges.size()},
        {"key_changes_sha256",
         f.keyChangesSha256 == QString::fromLatin1(ArchiveSeal::linksIndex(file.keyChanges))},
        {"closing", f.closing == rules->numbers(h.registerId)},
        {"public_key", f.publicKey == history.keyAt(rules->lastSeq())},
    };
    for (const auto &[name, same] : fields) {
        if (!same)
            return failure(QStringLiteral("footer"), "footer-mismatch",
                           QLatin1String(name) + QStringLiteral(" does not describe the archive's content"));
    }
    return std::nullopt;
}

std::optional<RuleFailure> ArchiveCheck::confirm(const ArchiveKeys &keys, QList<QByteArray> &confirmed) const
{
    const QList<QByteArray> all = history.keys();
    QList<QByteArray> vouched;
    for (const KeyReference &reference : keys.pinned) {
        bool found = false;
        for (const QByteArray &key : all) {
            if (reference.matches(key)) {
                vouched << key;
                found = true;
            }
        }
        if (!found)
            return failure(QStringLiteral("public key"), "unknown-key",
                           QStringLiteral("the key given is none of the archive's keys"));
    }
    bool shopKey = false;
    for (const QByteArray &key : keys.shopKeys) {
        if (all.contains(key)) {
            vouched << key;
            shopKey = true;
        }
    }
    if (!keys.shopKeys.isEmpty() && !shopKey)
        return failure(QStringLiteral("public key"), "unknown-key",
                       QStringLiteral("none of the shop's keys is one of the archive's keys"));
    confirmed = history.confirmedBy(vouched);
    return std::nullopt;
}

VerifyReport &fail(VerifyReport &report, const RuleFailure &failed)
{
    report.ok = false;
    report.state = VerifyState::Broken;
    report.firstBroken = failed.record;
    report.problem = failed.problem;
    report.detail = failed.detail;
    return report;
}

// `not-following`: the check of §9 between an archive and the one before it.
std::optional<RuleFailure> follows(const ArchiveCheck &current, const ArchiveCheck &previous)
{
    const ArchiveHeader &h = current.file.header;
    const ArchiveFooter &p = previous.file.footer;
    const QString before = ArchiveFormat::previousPeriod(h.period);
    const QString previousPeriod = previous.file.header.period;
    const bool periodFollows = previousPeriod == before
        || (h.period.size() == 7 && h.period.endsWith(QLatin1String("-01"))
            && previousPeriod == before.left(4))
        || (h.period.size() == 4 && previousPeriod == before + QStringLiteral("-12"));
    const std::pair<const char *, bool> checks[] = {
        {"previous_link.seq is not the previous archive's last_seq", h.previousSeq == p.lastSeq},
        {"previous_link.hash is not the previous archive's last_hash", hex(h.previousHash) == p.lastHash},
        {"opening is not the previous archive's closing", h.opening == p.closing},
        {"public_key is not the previous archive's footer public_key", h.publicKey == p.publicKey},
        {"register_id differs from the previous archive's", h.registerId == previous.file.header.registerId},
        {"the previous archive is not of the period just before", periodFollows},
        {"previous_archive.footer_sha256 is not the previous archive's footer digest",
         !h.hasPreviousArchive || h.previousFooterSha256 == hex(ArchiveSeal::digest(p.json))},
        {"previous_archive.sha256 is not the previous archive file's digest",
         !h.hasPreviousArchive
             || h.previousSha256
                 == hex(QCryptographicHash::hash(previous.bytes, QCryptographicHash::Sha256))},
    };
    for (const auto &[what, ok] : checks) {
        if (!ok)
            return failure(QStringLiteral("follows"), "not-following", QLatin1String(what));
    }
    return std::nullopt;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, path, file.errorString());
    return file.readAll();
}

// Verifies one archive into report; check keeps what was read (for --follows).
Result<bool> verifyOne(const QString &path, const ArchiveKeys &keys, ArchiveCheck &check,
                       VerifyReport &report)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    std::optional<RuleFailure> failed = check.run(bytes.value());
    QList<QByteArray> confirmed;
    if (!failed && check.read())
        failed = check.confirm(keys, confirmed);
    if (failed)
        fail(report, *failed);
    if (check.rules) {
        settleKeys(report, *check.rules, confirmed, check.file.header.sealKey);
        report.periodClosures = int(check.file.periodClosures.size());
    }
    return !failed;
}

} // namespace

Result<VerifyReport> verifyArchive(const QString &path, const ArchiveKeys &keys, const QString &followsPath)
{
    VerifyReport report;
    ArchiveCheck check;
    if (!followsPath.isEmpty()) {
        VerifyReport previousReport;
        ArchiveCheck previous;
        auto good = verifyOne(followsPath, keys, previous, previousReport);
        if (!good)
            return good.error();
        if (!good.value()) {
            previousReport.detail = QStringLiteral("previous archive: ") + previousReport.detail;
            return previousReport;
        }
        auto current = verifyOne(path, keys, check, report);
        if (!current)
            return current.error();
        if (!current.value())
            return report;
        if (auto failed = follows(check, previous)) {
            fail(report, *failed);
            return report;
        }
        for (const QByteArray &key : std::as_const(previousReport.unconfirmedKeys)) {
            if (!report.unconfirmedKeys.contains(key))
                report.unconfirmedKeys << key;
        }
        if (!report.unconfirmedKeys.isEmpty())
            report.state = VerifyState::Unconfirmed;
    } else {
        auto good = verifyOne(path, keys, check, report);
        if (!good)
            return good.error();
    }
    if (report.ok)
        report.detail
            = QStringLiteral("%1 links: %2 tickets, %3 closures, %4 events; %5 month and year closures")
                  .arg(report.links)
                  .arg(report.tickets)
                  .arg(report.closures)
                  .arg(report.events)
                  .arg(report.periodClosures);
    return report;
}

Result<VerifyReport> verifyArchive(const QString &path, const QByteArray &expectedPublicKey)
{
    ArchiveKeys keys;
    if (!expectedPublicKey.isEmpty())
        keys.pinned << KeyReference {expectedPublicKey, KeyFingerprint::raw(expectedPublicKey)};
    return verifyArchive(path, keys);
}

} // namespace comptoir
