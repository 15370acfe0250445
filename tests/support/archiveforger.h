// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Issue 12's acceptance test's forger (tests/app/tst_archiveforgeries.cpp): a person holding an
// archive and a key of their own, who edits records then rebuilds every hash, signature, index
// and the seal from docs/fiscal-format.md; the forgeries of its data table; the verdict lines of
// `comptoir journal verify --archive` and docs/verify_archive.py.
#include "models/archive/archiveseal.h"
#include "models/fiscal/canonical.h"
#include "models/fiscal/ed25519.h"
#include "models/fiscal/fiscalchain.h"
#include "models/sales/ticketcalculator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace comptoir::fiscaltest {

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
    void setPeriodClosures(const QJsonArray &links)
    {
        m_archive.insert(QStringLiteral("period_closures"), links);
    }
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
            if (link.value(QLatin1String("record_type")).toString() == type
                && (!match || match(record(link))))
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
        QByteArray previousHash
            = QByteArray::fromHex(previous.value(QLatin1String("hash")).toString().toLatin1());
        QJsonArray all = links();
        QHash<QString, QJsonObject> bySeq;
        for (int i = 0; i < all.size(); ++i) {
            QJsonObject link = all.at(i).toObject();
            if (rechainSeq)
                link.insert(QStringLiteral("seq"), ++seq);
            link.insert(QStringLiteral("previous_hash"), hex(previousHash));
            const QByteArray hash = FiscalChain::sha256(
                previousHash + link.value(QLatin1String("canonical")).toString().toUtf8());
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
        footer.insert(QStringLiteral("last_seq"),
                      all.isEmpty() ? previous.value(QLatin1String("seq"))
                                    : all.last().toObject().value(QLatin1String("seq")));
        footer.insert(QStringLiteral("link_count"), all.size());
        footer.insert(QStringLiteral("last_hash"), hex(previousHash));
        footer.insert(QStringLiteral("links_sha256"), QString::fromLatin1(ArchiveSeal::linksIndex(all)));
        const QJsonArray closures = periodClosures();
        footer.insert(QStringLiteral("period_closure_count"), closures.size());
        footer.insert(QStringLiteral("period_closures_sha256"),
                      QString::fromLatin1(ArchiveSeal::linksIndex(closures)));
        const QJsonArray changes = m_archive.value(QLatin1String("key_changes")).toArray();
        footer.insert(QStringLiteral("key_change_count"), changes.size());
        footer.insert(QStringLiteral("key_changes_sha256"),
                      QString::fromLatin1(ArchiveSeal::linksIndex(changes)));
        const QJsonArray carried = m_archive.value(QLatin1String("carried")).toArray();
        footer.insert(QStringLiteral("carried_count"), carried.size());
        footer.insert(QStringLiteral("carried_sha256"),
                      QString::fromLatin1(ArchiveSeal::linksIndex(carried)));
        footer.insert(QStringLiteral("closing"),
                      closing(head.value(QLatin1String("opening")).toObject(), all));
        footer.insert(QStringLiteral("public_key"), b64(m_key.publicKey()));
        m_archive.insert(QStringLiteral("footer"), footer);
        m_archive.insert(QStringLiteral("header_signature"),
                         b64(m_key.sign(ArchiveSeal::digest(head)).value()));
        m_archive.insert(QStringLiteral("footer_signature"),
                         b64(m_key.sign(ArchiveSeal::digest(footer)).value()));
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
                state.insert(QStringLiteral("grand_total_cents"),
                             r.value(QLatin1String("grand_total_cents")));
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
    static const QRegularExpression broken(
        QStringLiteral("BROKEN at ((?:ticket|closure|event|month-closure|year-closure) "
                       "\\d+|archive|header|footer|public key|"
                       "follows): ([a-z]+(?:-[a-z]+)*)"));
    const auto match = broken.match(output);
    if (match.hasMatch()) {
        verdict.record = match.captured(1);
        verdict.code = match.captured(2);
    }
    return verdict;
}

// Applies one forgery of the test's table to forger; reseal false when the forgery keeps the
// genuine seal. Fails the current test (QVERIFY) when the archive lacks what it needs.
inline void forge(Forger &forger, const QString &forgery, bool &reseal)
{
    reseal = true;
    auto ticketOfDay = [](const QString &day) {
        return [day](const QJsonObject &r) {
            return r.value(QLatin1String("business_day")).toString() == day;
        };
    };
    if (forgery == QLatin1String("delete-renumber")) {
        // The second ticket of 9 September goes; every later ticket takes the number before.
        const int index = forger.find(QStringLiteral("ticket"), ticketOfDay(QStringLiteral("2026-09-09")));
        QVERIFY(index >= 0);
        QJsonArray links = forger.links();
        links.removeAt(index + 1);
        forger.setLinks(links);
        for (int i = index + 1; i < links.size(); ++i) {
            if (links.at(i).toObject().value(QLatin1String("record_type")).toString()
                == QLatin1String("ticket"))
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
                for (const char *field :
                     {"sales_cents", "total_cents", "grand_total_cents", "cash_expected_cents"})
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
                        v.insert(QLatin1String(field),
                                 v.value(QLatin1String(field)).toInteger()
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
    } else if (forgery == QLatin1String("number-as-text") || forgery == QLatin1String("kind-gift")) {
        // A field of the wrong type or value (the record schema, step 1), hash and key made anew.
        const int index = forger.find(QStringLiteral("ticket"));
        forger.editRecord(index, [&forgery](QJsonObject &r) {
            if (forgery == QLatin1String("kind-gift"))
                r.insert(QStringLiteral("kind"), QStringLiteral("gift"));
            else
                r.insert(QStringLiteral("number"),
                         QString::number(r.value(QLatin1String("number")).toInteger()));
        });
    } else if (forgery == QLatin1String("month-period")) {
        // The year's copy of September's month closure (period_closures), of a month 13.
        QJsonArray closures = forger.periodClosures();
        QVERIFY(!closures.isEmpty());
        QJsonObject month = Forger::record(closures.at(0));
        month.insert(QStringLiteral("period"), QStringLiteral("2026-13"));
        closures[0] = Forger::withRecord(closures.at(0), month);
        forger.setPeriodClosures(closures);
    } else if (forgery == QLatin1String("grand-total")) {
        const int index = forger.find(QStringLiteral("closure"));
        forger.editRecord(index, [](QJsonObject &r) {
            r.insert(QStringLiteral("grand_total_cents"),
                     r.value(QLatin1String("grand_total_cents")).toInteger() + 10000);
        });
    } else if (forgery == QLatin1String("gap")) {
        const QJsonArray links = forger.links();
        for (int i = forger.find(QStringLiteral("ticket")) + 1; i < links.size(); ++i) {
            if (links.at(i).toObject().value(QLatin1String("record_type")).toString()
                == QLatin1String("ticket"))
                forger.editRecord(i, [](QJsonObject &r) {
                    r.insert(QStringLiteral("number"), r.value(QLatin1String("number")).toInteger() + 1);
                });
        }
    } else if (forgery == QLatin1String("non-canonical")) {
        // The same record, written with a space: the same meaning, other bytes.
        QJsonArray links = forger.links();
        QJsonObject link = links.at(0).toObject();
        link.insert(QStringLiteral("canonical"),
                    link.value(QLatin1String("canonical"))
                        .toString()
                        .replace(QStringLiteral("\":"), QStringLiteral("\": ")));
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
            if (links.at(i).toObject().value(QLatin1String("record_type")).toString()
                == QLatin1String("closure"))
                lastZ = i;
        }
        int previousZ = -1;
        for (int i = 0; i < lastZ; ++i) {
            if (links.at(i).toObject().value(QLatin1String("record_type")).toString()
                == QLatin1String("closure"))
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
}

} // namespace comptoir::fiscaltest
