// Issue 12's acceptance: archives written by Comptoir, genuine and forged, checked by the real
// `comptoir journal verify --archive` and by the documentation's script (docs/verify_archive.py),
// which must give the same verdict. Each forgery is re-signed and re-sealed with a key of the
// forger's own, as someone who rebuilt hashes and signatures from docs/fiscal-format.md would;
// each is caught with the register's key given (--key) and without it.
#include "clirunner.h"
#include "periodfixture.h"

#include "models/archive/archiveseal.h"
#include "models/archive/journalarchive.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/keyfingerprint.h"
#include "models/sales/ticketcalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace comptoir;
using namespace comptoir::fiscaltest;
using namespace comptoir::clitest;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) > 0;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// A forger holding an archive and a key of their own: changes records, then rebuilds every hash,
// signature, index and the seal from the documentation, so that nothing but the rules can tell.
class Forger
{
public:
    Forger(QJsonObject archive, Ed25519Key key) : m_archive(std::move(archive)), m_key(std::move(key)) { }

    QJsonArray links() const { return m_archive.value(QLatin1String("links")).toArray(); }
    void setLinks(const QJsonArray &links) { m_archive.insert(QStringLiteral("links"), links); }
    QJsonArray periodClosures() const { return m_archive.value(QLatin1String("period_closures")).toArray(); }
    void setPeriodClosures(const QJsonArray &links) { m_archive.insert(QStringLiteral("period_closures"), links); }
    QJsonArray carried() const { return m_archive.value(QLatin1String("carried")).toArray(); }
    void setCarried(const QJsonArray &links) { m_archive.insert(QStringLiteral("carried"), links); }
    QJsonObject header() const { return m_archive.value(QLatin1String("header")).toObject(); }
    void setHeader(const QJsonObject &header) { m_archive.insert(QStringLiteral("header"), header); }

    static QJsonObject record(const QJsonValue &link)
    {
        return QJsonDocument::fromJson(link.toObject().value(QLatin1String("canonical")).toString().toUtf8())
            .object();
    }
    static QJsonValue withRecord(const QJsonValue &link, const QJsonObject &record)
    {
        QJsonObject changed = link.toObject();
        changed.insert(QStringLiteral("canonical"), QString::fromUtf8(canonicalJson(record)));
        return changed;
    }

    // The index of the first link whose record is of `type` (and satisfies `match`), or -1.
    int find(const QString &type, const std::function<bool(const QJsonObject &)> &match = {}) const
    {
        const QJsonArray all = links();
        for (int i = 0; i < all.size(); ++i) {
            const QJsonObject link = all.at(i).toObject();
            if (link.value(QLatin1String("record_type")).toString() == type && (!match || match(record(link))))
                return i;
        }
        return -1;
    }

    void editRecord(int index, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonArray all = links();
        QJsonObject changed = record(all.at(index));
        edit(changed);
        all[index] = withRecord(all.at(index), changed);
        setLinks(all);
    }

    // Re-chains and re-signs every link (seq consecutive from the header's previous link), the
    // copies of period_closures and key_changes, and re-seals header and footer with the forger's
    // key. `rechainSeq` false keeps the seq numbers as they are.
    QJsonObject reseal(bool rechainSeq = true)
    {
        QJsonObject head = header();
        head.insert(QStringLiteral("public_key"), b64(m_key.publicKey()));
        head.insert(QStringLiteral("seal_public_key"), b64(m_key.publicKey()));
        const QJsonObject previous = head.value(QLatin1String("previous_link")).toObject();
        qint64 seq = previous.value(QLatin1String("seq")).toInteger();
        QByteArray previousHash = QByteArray::fromHex(previous.value(QLatin1String("hash")).toString().toLatin1());
        QJsonArray all = links();
        QHash<QString, QJsonObject> bySeq;
        for (int i = 0; i < all.size(); ++i) {
            QJsonObject link = all.at(i).toObject();
            if (rechainSeq)
                link.insert(QStringLiteral("seq"), ++seq);
            link.insert(QStringLiteral("previous_hash"), hex(previousHash));
            const QByteArray hash
                = FiscalChain::sha256(previousHash + link.value(QLatin1String("canonical")).toString().toUtf8());
            link.insert(QStringLiteral("hash"), hex(hash));
            link.insert(QStringLiteral("signature"), b64(m_key.sign(hash).value()));
            previousHash = hash;
            all[i] = link;
            bySeq.insert(link.value(QLatin1String("canonical")).toString(), link);
        }
        setLinks(all);
        for (const char *section : {"carried", "period_closures", "key_changes"}) {
            QJsonArray copies = m_archive.value(QLatin1String(section)).toArray();
            for (int i = 0; i < copies.size(); ++i) {
                QJsonObject link = copies.at(i).toObject();
                const QString canonical = link.value(QLatin1String("canonical")).toString();
                if (bySeq.contains(canonical)) {
                    copies[i] = bySeq.value(canonical);
                    continue;
                }
                const QByteArray hash = FiscalChain::sha256(
                    QByteArray::fromHex(link.value(QLatin1String("previous_hash")).toString().toLatin1())
                    + canonical.toUtf8());
                link.insert(QStringLiteral("hash"), hex(hash));
                link.insert(QStringLiteral("signature"), b64(m_key.sign(hash).value()));
                copies[i] = link;
            }
            m_archive.insert(QLatin1String(section), copies);
        }
        setHeader(head);

        QJsonObject footer = m_archive.value(QLatin1String("footer")).toObject();
        footer.insert(QStringLiteral("header_sha256"), hex(ArchiveSeal::digest(head)));
        footer.insert(QStringLiteral("first_seq"),
                      all.isEmpty() ? QJsonValue() : all.first().toObject().value(QLatin1String("seq")));
        footer.insert(QStringLiteral("last_seq"), all.isEmpty() ? previous.value(QLatin1String("seq"))
                                                                : all.last().toObject().value(QLatin1String("seq")));
        footer.insert(QStringLiteral("link_count"), all.size());
        footer.insert(QStringLiteral("last_hash"), hex(previousHash));
        footer.insert(QStringLiteral("links_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(all)));
        const QJsonArray closures = periodClosures();
        footer.insert(QStringLiteral("period_closure_count"), closures.size());
        footer.insert(QStringLiteral("period_closures_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(closures)));
        const QJsonArray changes = m_archive.value(QLatin1String("key_changes")).toArray();
        footer.insert(QStringLiteral("key_change_count"), changes.size());
        footer.insert(QStringLiteral("key_changes_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(changes)));
        const QJsonArray carried = m_archive.value(QLatin1String("carried")).toArray();
        footer.insert(QStringLiteral("carried_count"), carried.size());
        footer.insert(QStringLiteral("carried_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(carried)));
        footer.insert(QStringLiteral("closing"), closing(head.value(QLatin1String("opening")).toObject(), all));
        footer.insert(QStringLiteral("public_key"), b64(m_key.publicKey()));
        m_archive.insert(QStringLiteral("footer"), footer);
        m_archive.insert(QStringLiteral("header_signature"), b64(m_key.sign(ArchiveSeal::digest(head)).value()));
        m_archive.insert(QStringLiteral("footer_signature"), b64(m_key.sign(ArchiveSeal::digest(footer)).value()));
        return m_archive;
    }

    QJsonObject archive() const { return m_archive; }

private:
    // The state after the links, from the opening state: last numbers and grand total.
    static QJsonObject closing(QJsonObject state, const QJsonArray &links)
    {
        for (const QJsonValue &value : links) {
            const QJsonObject r = record(value);
            const QString kind = r.value(QLatin1String("record")).toString();
            const QJsonValue number = r.value(QLatin1String("number"));
            if (kind == QLatin1String("ticket"))
                state.insert(QStringLiteral("ticket_number"), number);
            else if (kind == QLatin1String("closure")) {
                state.insert(QStringLiteral("closure_number"), number);
                state.insert(QStringLiteral("grand_total_cents"), r.value(QLatin1String("grand_total_cents")));
                state.insert(QStringLiteral("last_closed_day"), r.value(QLatin1String("business_day")));
            } else if (kind == QLatin1String("month-closure"))
                state.insert(QStringLiteral("month_closure_number"), number);
            else if (kind == QLatin1String("year-closure"))
                state.insert(QStringLiteral("year_closure_number"), number);
        }
        return state;
    }

    QJsonObject m_archive;
    Ed25519Key m_key;
};

struct Verdict
{
    int exitCode = -1;
    QString record; // "ticket 12", "footer"… empty when intact
    QString code; // "ticket-total"… empty when intact
    QString output;
};

// "BROKEN at ticket 12: ticket-total" → record and code, in any line of the output.
Verdict parseVerdict(int exitCode, const QString &output)
{
    Verdict verdict;
    verdict.exitCode = exitCode;
    verdict.output = output;
    static const QRegularExpression broken(QStringLiteral(
        "BROKEN at ((?:ticket|closure|event|month-closure|year-closure) \\d+|archive|header|footer|public key|"
        "follows): ([a-z]+(?:-[a-z]+)*)"));
    const auto match = broken.match(output);
    if (match.hasMatch()) {
        verdict.record = match.captured(1);
        verdict.code = match.captured(2);
    }
    return verdict;
}

} // namespace

class TestArchiveForgeries : public QObject, public CliRunner
{
    Q_OBJECT

private:
    PeriodShop m_shop;
    QString m_fingerprint; // the register key's, as printed on the Z reports
    QHash<QString, QString> m_archives; // period → genuine archive file

    QProcessEnvironment english() const
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    Verdict runProgram(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(english());
        process.start(program, arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        if (process.exitStatus() != QProcess::NormalExit)
            return {};
        return parseVerdict(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())
                                                    + QString::fromUtf8(process.readAllStandardError()));
    }

    static QStringList options(const QString &file, const QStringList &keys, const QString &follows)
    {
        QStringList arguments {file};
        for (const QString &key : keys)
            arguments << QStringLiteral("--key") << key;
        if (!follows.isEmpty())
            arguments << QStringLiteral("--follows") << follows;
        return arguments;
    }

    Verdict comptoir(const QString &file, const QStringList &keys = {}, const QString &follows = {}) const
    {
        return runProgram(QStringLiteral(COMPTOIR_EXE),
                          QStringList {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--archive")}
                              + options(file, keys, follows));
    }

    Verdict script(const QString &file, const QStringList &keys = {}, const QString &follows = {}) const
    {
        return runProgram(QStringLiteral("python3"),
                          QStringList {QStringLiteral(COMPTOIR_SOURCE_DIR "/docs/verify_archive.py")}
                              + options(file, keys, follows));
    }

    // Both verifiers on one file: the same exit code, record and rule.
    Verdict both(const QString &file, const QStringList &keys = {}, const QString &follows = {}) const
    {
        const Verdict ours = comptoir(file, keys, follows);
        const Verdict theirs = script(file, keys, follows);
        [&] {
            QVERIFY2(ours.exitCode >= 0, "comptoir did not run to the end");
            QVERIFY2(theirs.exitCode >= 0, "docs/verify_archive.py did not run to the end");
            QVERIFY2(ours.exitCode == theirs.exitCode && ours.record == theirs.record && ours.code == theirs.code,
                     qPrintable(QStringLiteral("comptoir:\n") + ours.output + QStringLiteral("\nscript:\n")
                                + theirs.output));
        }();
        return ours;
    }

    QString write(const QString &name, const QJsonObject &archive) const
    {
        const QString path = m_work.filePath(name);
        return writeJson(path, archive) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_work.isValid());
        QVERIFY(m_shop.setUpPeriods());
        // September: three trading days, one with every kind of ticket; October: no Z at all;
        // November and December: trading days, the Z of 30 November made on 1 December after the
        // day's first sales (carried into December's archive); the year is closed in January.
        const QDate september(2026, 9, 8);
        QVERIFY(m_shop.trade(september, 1250, 4800));
        m_shop.at(september.addDays(1), 10);
        auto sale = m_shop.journal.commitSale(m_shop.threeLines());
        QVERIFY(sale.ok());
        QVERIFY(m_shop.journal.commitSale(m_shop.mixedSale()).ok());
        QVERIFY(m_shop.journal.commitSale(m_shop.discountedSale({pay(PaymentMethod::Card, 4070)})).ok());
        QVERIFY(m_shop.refund(sale.value(), 1, PaymentMethod::Cash).ok());
        QVERIFY(m_shop.drafts.cancel(m_shop.threeLines()).ok());
        QVERIFY(m_shop.closeOn(september.addDays(1)));
        QVERIFY(m_shop.trade(QDate(2026, 9, 29), 990, 0));
        for (const QDate &date : {QDate(2026, 11, 3), QDate(2026, 11, 17)})
            QVERIFY(m_shop.trade(date, 1500 + date.day(), 2300));
        QVERIFY(m_shop.sell(QDate(2026, 11, 30), 1730));
        QVERIFY(m_shop.sell(QDate(2026, 12, 1), 1201)); // before the Z of 30 November
        QVERIFY(m_shop.sell(QDate(2026, 12, 1), 2202, PaymentMethod::Card));
        m_shop.at(QDate(2026, 12, 1), 11);
        QVERIFY(closeDay(m_shop, QStringLiteral("2026-11-30")).ok());
        QVERIFY(m_shop.trade(QDate(2026, 12, 1), 1501, 2300));
        QVERIFY(m_shop.trade(QDate(2026, 12, 22), 1522, 2300));
        m_shop.at(QDate(2027, 1, 4), 9);
        QCOMPARE(m_shop.closeEnded().size(), 4); // September, November, December, 2026
        QVERIFY2(m_shop.verify().ok, qPrintable(describe(m_shop.verify())));
        m_fingerprint = KeyFingerprint::text(m_shop.shop.signer.publicKey());

        for (const QString &period : {QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11"),
                                      QStringLiteral("2026-12"), QStringLiteral("2026")}) {
            const QString path = m_work.filePath(period + QStringLiteral(".json"));
            auto written = writeArchive(m_shop.shop.db(), m_shop.shop.events, m_shop.shop.signer, m_shop.shop.clock,
                                        period, path);
            QVERIFY2(written.ok(), qPrintable(period));
            m_archives.insert(period, path);
        }
    }

    void genuineArchivesPass_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("follows");
        QTest::newRow("September") << "2026-09" << QString();
        QTest::newRow("October, no Z") << "2026-10" << "2026-09";
        QTest::newRow("November after October") << "2026-11" << "2026-10";
        QTest::newRow("December after November") << "2026-12" << "2026-11";
        QTest::newRow("the year 2026") << "2026" << QString();
    }

    void genuineArchivesPass()
    {
        QFETCH(QString, period);
        QFETCH(QString, follows);
        const QString file = m_archives.value(period);
        const QString previous = follows.isEmpty() ? QString() : m_archives.value(follows);
        // With the register's key: intact (exit 0). Without, and no shop to compare with: intact
        // but its key is not confirmed (exit 6), never plain success.
        QCOMPARE(both(file, {m_fingerprint}, previous).exitCode, 0);
        QCOMPARE(both(file, {}, previous).exitCode, 6);
        // The whole key instead of its fingerprint, from a file.
        const QString keyFile = m_work.filePath(QStringLiteral("register.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(m_shop.shop.signer.publicKey().toBase64() + '\n');
        key.close();
        QCOMPARE(both(file, {keyFile}, previous).exitCode, 0);
        // Another key given: refused.
        const Verdict other = both(file, {KeyFingerprint::text(Ed25519Key::generate().value().publicKey())});
        QCOMPARE(other.exitCode, 3);
        QCOMPARE(other.code, QStringLiteral("unknown-key"));
    }

    void archivesThatDoNotFollowAreRefused()
    {
        const Verdict skipped = both(m_archives.value(QStringLiteral("2026-12")), {m_fingerprint},
                                     m_archives.value(QStringLiteral("2026-09")));
        QCOMPARE(skipped.exitCode, 3);
        QCOMPARE(skipped.code, QStringLiteral("not-following"));
    }

    void forgeriesAreCaught_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("forgery");
        QTest::addColumn<QString>("code"); // without --key ("" = intact, key not confirmed: exit 6)
        QTest::addColumn<QString>("codeWithKey"); // with the register's key

        QTest::newRow("delete a ticket and renumber") << "2026-09" << "delete-renumber" << "closure-total"
                                                      << "closure-total";
        QTest::newRow("change an amount, not its Z") << "2026-09" << "amount" << "closure-total" << "closure-total";
        QTest::newRow("change an amount and its Z") << "2026-11" << "amount-and-z" << "closure-total"
                                                    << "closure-total";
        QTest::newRow("change a ticket's total alone") << "2026-09" << "ticket-total" << "ticket-total"
                                                       << "ticket-total";
        QTest::newRow("change a grand total") << "2026-11" << "grand-total" << "closure-total" << "closure-total";
        QTest::newRow("open a gap in the numbers") << "2026-09" << "gap" << "number-gap" << "number-gap";
        QTest::newRow("non-canonical record") << "2026-09" << "non-canonical" << "non-canonical" << "non-canonical";
        QTest::newRow("change a link's record type") << "2026-09" << "record-type" << "record-type" << "record-type";
        QTest::newRow("give a link another record's id") << "2026-09" << "record-id" << "duplicate-record"
                                                         << "duplicate-record";
        QTest::newRow("change a record id, re-sealed") << "2026-09" << "record-id-resealed" << ""
                                                       << "unknown-key";
        QTest::newRow("change a record id, seal kept") << "2026-09" << "record-id-kept" << "footer-mismatch"
                                                       << "footer-mismatch";
        QTest::newRow("drop the first links") << "2026-11" << "drop-first" << "closure-total" << "closure-total";
        QTest::newRow("drop the first links, seal kept") << "2026-11" << "drop-first-kept" << "chain-gap"
                                                         << "chain-gap";
        QTest::newRow("drop the last links") << "2026-11" << "drop-last" << "period-total" << "period-total";
        QTest::newRow("drop the last links, seal kept") << "2026-11" << "drop-last-kept" << "period-total"
                                                        << "period-total";
        QTest::newRow("remove a month closure from the year") << "2026" << "remove-month" << "period-total"
                                                              << "period-total";
        QTest::newRow("drop a carried ticket") << "2026-12" << "drop-carried" << "closure-total" << "closure-total";
        QTest::newRow("re-sign everything with another key") << "2026-11" << "resign" << "" << "unknown-key";
    }

    void forgeriesAreCaught()
    {
        QFETCH(QString, period);
        QFETCH(QString, forgery);
        QFETCH(QString, code);
        QFETCH(QString, codeWithKey);
        const QJsonObject genuine = readJson(m_archives.value(period));
        QVERIFY(!genuine.isEmpty());
        Forger forger(genuine, Ed25519Key::generate().value());
        bool reseal = true;
        auto ticketOfDay = [](const QString &day) {
            return [day](const QJsonObject &r) { return r.value(QLatin1String("business_day")).toString() == day; };
        };
        if (forgery == QLatin1String("delete-renumber")) {
            // The second ticket of 9 September goes; every later ticket takes the number before.
            const int index = forger.find(QStringLiteral("ticket"), ticketOfDay(QStringLiteral("2026-09-09")));
            QVERIFY(index >= 0);
            QJsonArray links = forger.links();
            links.removeAt(index + 1);
            forger.setLinks(links);
            for (int i = index + 1; i < links.size(); ++i) {
                if (links.at(i).toObject().value(QLatin1String("record_type")).toString() == QLatin1String("ticket"))
                    forger.editRecord(i, [](QJsonObject &r) {
                        r.insert(QStringLiteral("number"), r.value(QLatin1String("number")).toInteger() - 1);
                    });
            }
        } else if (forgery == QLatin1String("amount") || forgery == QLatin1String("amount-and-z")) {
            // A one-line cash sale sold 1.00 € cheaper, its arithmetic kept right.
            const int index = forger.find(QStringLiteral("ticket"), [](const QJsonObject &r) {
                return r.value(QLatin1String("lines")).toArray().size() == 1
                    && r.value(QLatin1String("kind")).toString() == QLatin1String("sale");
            });
            QVERIFY(index >= 0);
            QString day;
            QJsonObject vatBefore;
            QJsonObject vatAfter;
            forger.editRecord(index, [&](QJsonObject &r) {
                day = r.value(QLatin1String("business_day")).toString();
                vatBefore = r.value(QLatin1String("vat")).toArray().at(0).toObject();
                QJsonArray lines = r.value(QLatin1String("lines")).toArray();
                QJsonObject line = lines.at(0).toObject();
                const qint64 price = line.value(QLatin1String("unit_price_cents")).toInteger() - 100;
                line.insert(QStringLiteral("unit_price_cents"), price);
                line.insert(QStringLiteral("total_cents"), price);
                lines[0] = line;
                r.insert(QStringLiteral("lines"), lines);
                r.insert(QStringLiteral("total_cents"), price);
                const qint64 vat = TicketCalculator::divideRounded(price * 2000, 12000);
                vatAfter = QJsonObject {{QStringLiteral("vat_rate_bp"), 2000},
                                        {QStringLiteral("base_cents"), price - vat},
                                        {QStringLiteral("vat_cents"), vat}};
                r.insert(QStringLiteral("vat"), QJsonArray {vatAfter});
                QJsonArray payments = r.value(QLatin1String("payments")).toArray();
                QJsonObject payment = payments.at(0).toObject();
                payment.insert(QStringLiteral("amount_cents"), price);
                payments[0] = payment;
                r.insert(QStringLiteral("payments"), payments);
                if (r.value(QLatin1String("tendered_cents")).toInteger() > 0) {
                    r.insert(QStringLiteral("tendered_cents"), price);
                    r.insert(QStringLiteral("change_cents"), 0);
                }
            });
            QVERIFY(vatBefore.value(QLatin1String("vat_rate_bp")).toInteger() == 2000);
            if (forgery == QLatin1String("amount-and-z")) {
                // The day's Z made to agree with its tickets: 1.00 € less everywhere. The next Z's
                // grand total, carried from this one, no longer adds up.
                const int z = forger.find(QStringLiteral("closure"), ticketOfDay(day));
                QVERIFY(z > index);
                forger.editRecord(z, [&](QJsonObject &r) {
                    for (const char *field : {"sales_cents", "total_cents", "grand_total_cents", "cash_expected_cents"})
                        r.insert(QLatin1String(field), r.value(QLatin1String(field)).toInteger() - 100);
                    QJsonArray payments = r.value(QLatin1String("payments")).toArray();
                    for (int i = 0; i < payments.size(); ++i) {
                        QJsonObject p = payments.at(i).toObject();
                        if (p.value(QLatin1String("method")).toString() == QLatin1String("cash"))
                            p.insert(QStringLiteral("amount_cents"),
                                     p.value(QLatin1String("amount_cents")).toInteger() - 100);
                        payments[i] = p;
                    }
                    r.insert(QStringLiteral("payments"), payments);
                    QJsonArray vat = r.value(QLatin1String("vat")).toArray();
                    for (int i = 0; i < vat.size(); ++i) {
                        QJsonObject v = vat.at(i).toObject();
                        if (v.value(QLatin1String("vat_rate_bp")).toInteger() != 2000)
                            continue;
                        for (const char *field : {"base_cents", "vat_cents"})
                            v.insert(QLatin1String(field), v.value(QLatin1String(field)).toInteger()
                                                               - vatBefore.value(QLatin1String(field)).toInteger()
                                                               + vatAfter.value(QLatin1String(field)).toInteger());
                        vat[i] = v;
                    }
                    r.insert(QStringLiteral("vat"), vat);
                });
            }
        } else if (forgery == QLatin1String("ticket-total")) {
            const int index = forger.find(QStringLiteral("ticket"));
            forger.editRecord(index, [](QJsonObject &r) {
                r.insert(QStringLiteral("total_cents"), r.value(QLatin1String("total_cents")).toInteger() + 1);
            });
        } else if (forgery == QLatin1String("grand-total")) {
            const int index = forger.find(QStringLiteral("closure"));
            forger.editRecord(index, [](QJsonObject &r) {
                r.insert(QStringLiteral("grand_total_cents"), r.value(QLatin1String("grand_total_cents")).toInteger() + 10000);
            });
        } else if (forgery == QLatin1String("gap")) {
            const QJsonArray links = forger.links();
            for (int i = forger.find(QStringLiteral("ticket")) + 1; i < links.size(); ++i) {
                if (links.at(i).toObject().value(QLatin1String("record_type")).toString() == QLatin1String("ticket"))
                    forger.editRecord(i, [](QJsonObject &r) {
                        r.insert(QStringLiteral("number"), r.value(QLatin1String("number")).toInteger() + 1);
                    });
            }
        } else if (forgery == QLatin1String("non-canonical")) {
            // The same record, written with a space: the same meaning, other bytes.
            QJsonArray links = forger.links();
            QJsonObject link = links.at(0).toObject();
            link.insert(QStringLiteral("canonical"), link.value(QLatin1String("canonical")).toString().replace(
                                                         QStringLiteral("\":"), QStringLiteral("\": ")));
            links[0] = link;
            forger.setLinks(links);
        } else if (forgery == QLatin1String("record-type")) {
            QJsonArray links = forger.links();
            const int index = forger.find(QStringLiteral("ticket"));
            QJsonObject link = links.at(index).toObject();
            link.insert(QStringLiteral("record_type"), QStringLiteral("event"));
            links[index] = link;
            forger.setLinks(links);
        } else if (forgery.startsWith(QLatin1String("record-id"))) {
            QJsonArray links = forger.links();
            const int first = forger.find(QStringLiteral("ticket"));
            QJsonObject link = links.at(first + 1).toObject();
            const qint64 firstId = links.at(first).toObject().value(QLatin1String("record_id")).toInteger();
            link.insert(QStringLiteral("record_id"), forgery == QLatin1String("record-id") ? firstId : 990000);
            links[first + 1] = link;
            forger.setLinks(links);
            reseal = forgery != QLatin1String("record-id-kept");
        } else if (forgery.startsWith(QLatin1String("drop-first"))) {
            // The first day's links go: the header is made to point at the last link dropped.
            QJsonArray links = forger.links();
            const int z = forger.find(QStringLiteral("closure"));
            QJsonObject header = forger.header();
            const QJsonObject lastDropped = links.at(z - 1).toObject();
            for (int i = 0; i < z; ++i)
                links.removeFirst();
            forger.setLinks(links);
            if (forgery == QLatin1String("drop-first-kept")) {
                reseal = false;
            } else {
                header.insert(QStringLiteral("previous_link"),
                              QJsonObject {{QStringLiteral("seq"), lastDropped.value(QLatin1String("seq"))},
                                           {QStringLiteral("hash"), lastDropped.value(QLatin1String("hash"))}});
                forger.setHeader(header);
            }
        } else if (forgery.startsWith(QLatin1String("drop-last"))) {
            // The month's last day goes, its Z with it.
            QJsonArray links = forger.links();
            int lastZ = -1;
            for (int i = 0; i < links.size(); ++i) {
                if (links.at(i).toObject().value(QLatin1String("record_type")).toString() == QLatin1String("closure"))
                    lastZ = i;
            }
            int previousZ = -1;
            for (int i = 0; i < lastZ; ++i) {
                if (links.at(i).toObject().value(QLatin1String("record_type")).toString() == QLatin1String("closure"))
                    previousZ = i;
            }
            while (links.size() > previousZ + 1)
                links.removeLast();
            forger.setLinks(links);
            reseal = forgery == QLatin1String("drop-last");
        } else if (forgery == QLatin1String("remove-month")) {
            QJsonArray closures = forger.periodClosures();
            QVERIFY(closures.size() >= 2);
            closures.removeFirst(); // September's
            forger.setPeriodClosures(closures);
        } else if (forgery == QLatin1String("drop-carried")) {
            // A sale of 1 December chained before the Z of 30 November goes from December's archive.
            QJsonArray carried = forger.carried();
            QCOMPARE(carried.size(), 2);
            carried.removeFirst();
            forger.setCarried(carried);
        } else {
            QCOMPARE(forgery, QStringLiteral("resign"));
        }
        const QString file
            = write(QStringLiteral("forged-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                        + QStringLiteral(".json"),
                    reseal ? forger.reseal() : forger.archive());
        QVERIFY(!file.isEmpty());

        const Verdict without = both(file);
        if (code.isEmpty()) {
            QCOMPARE(without.exitCode, 6);
        } else {
            QCOMPARE(without.exitCode, 3);
            QCOMPARE(without.code, code);
        }
        const Verdict with = both(file, {m_fingerprint});
        QCOMPARE(with.exitCode, 3);
        QCOMPARE(with.code, codeWithKey);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("cut short") << "cut" << "bad-format";
        QTest::newRow("unknown format version") << "version" << "bad-format";
        QTest::newRow("a duplicated link") << "duplicate" << "chain-gap";
        QTest::newRow("links out of order") << "order" << "chain-gap";
        QTest::newRow("a footer that does not match") << "footer" << "footer-mismatch";
        QTest::newRow("a float in a record") << "float" << "bad-format";
    }

    void badInputIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        QFile genuine(m_archives.value(QStringLiteral("2026-09")));
        QVERIFY(genuine.open(QIODevice::ReadOnly));
        const QByteArray bytes = genuine.readAll();
        QJsonObject archive = QJsonDocument::fromJson(bytes).object();
        QByteArray damaged;
        if (damage == QLatin1String("cut")) {
            damaged = bytes.left(bytes.size() / 2);
        } else {
            QJsonArray links = archive.value(QLatin1String("links")).toArray();
            if (damage == QLatin1String("version")) {
                archive.insert(QStringLiteral("version"), 3);
            } else if (damage == QLatin1String("duplicate")) {
                links.insert(3, links.at(3));
            } else if (damage == QLatin1String("order")) {
                const QJsonValue moved = links.takeAt(2);
                links.insert(4, moved);
            } else if (damage == QLatin1String("footer")) {
                QJsonObject footer = archive.value(QLatin1String("footer")).toObject();
                footer.insert(QStringLiteral("link_count"), footer.value(QLatin1String("link_count")).toInteger() + 1);
                archive.insert(QStringLiteral("footer"), footer);
            } else {
                QJsonObject link = links.at(0).toObject();
                link.insert(QStringLiteral("canonical"),
                            link.value(QLatin1String("canonical")).toString().replace(QStringLiteral("\"total_cents\":"),
                                                                                      QStringLiteral("\"total_cents\":1.5,\"x\":")));
                links[0] = link;
            }
            archive.insert(QStringLiteral("links"), links);
            damaged = QJsonDocument(archive).toJson();
        }
        QFile out(m_work.filePath(QStringLiteral("damaged-") + damage + QStringLiteral(".json")));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(damaged);
        out.close();
        for (const QStringList &keys : {QStringList {}, QStringList {m_fingerprint}}) {
            const Verdict verdict = both(out.fileName(), keys);
            QCOMPARE(verdict.exitCode, 3);
            QCOMPARE(verdict.code, code);
        }
    }
};

QTEST_GUILESS_MAIN(TestArchiveForgeries)
#include "tst_archiveforgeries.moc"
