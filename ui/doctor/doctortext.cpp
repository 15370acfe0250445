// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/doctor/doctortext.h"

#include <QDateTime>
#include <QLocale>

namespace comptoir {

namespace {

QString fact(const DoctorItem &item, const char *key)
{
    return item.facts.value(QLatin1String(key)).toString();
}

qint64 number(const DoctorItem &item, const char *key)
{
    return item.facts.value(QLatin1String(key)).toLongLong();
}

} // namespace

QString DoctorText::level(DoctorLevel level)
{
    switch (level) {
    case DoctorLevel::Ok:
        return tr("ok");
    case DoctorLevel::Warn:
        return tr("warn");
    case DoctorLevel::Fail:
        return tr("FAIL");
    }
    return tr("FAIL");
}

QString DoctorText::title(const QString &id)
{
    if (id == QLatin1String("database"))
        return tr("Database integrity");
    if (id == QLatin1String("journal"))
        return tr("Journal chain");
    if (id == QLatin1String("keychain"))
        return tr("Keychain");
    if (id == QLatin1String("marketplace"))
        return tr("Marketplace");
    if (id == QLatin1String("clock"))
        return tr("Clock");
    if (id == QLatin1String("disk"))
        return tr("Free disk");
    if (id == QLatin1String("printer"))
        return tr("Receipt printer");
    if (id == QLatin1String("backup"))
        return tr("Last good backup");
    if (id == QLatin1String("versions"))
        return tr("Versions");
    return id;
}

QString DoctorText::line(const DoctorItem &item)
{
    return tr("%1  %2: %3").arg(level(item.level).leftJustified(4), title(item.id), sentence(item));
}

QString DoctorText::summary(const QList<DoctorItem> &items)
{
    int failures = 0;
    int warnings = 0;
    for (const DoctorItem &item : items) {
        failures += item.level == DoctorLevel::Fail ? 1 : 0;
        warnings += item.level == DoctorLevel::Warn ? 1 : 0;
    }
    if (failures > 0)
        return tr("Problems to fix before this till can be trusted: %1.").arg(failures);
    if (warnings > 0)
        return tr("No problem; points to look at: %1.").arg(warnings);
    return tr("Everything checked is fine.");
}

QString DoctorText::report(const QList<DoctorItem> &items, const QDateTime &at)
{
    QStringList lines;
    lines << tr("Comptoir doctor, %1").arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
    for (const DoctorItem &item : items)
        lines << line(item);
    lines << summary(items);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString DoctorText::sentence(const DoctorItem &item)
{
    if (item.state() == QLatin1String("not-checked") && item.id != QLatin1String("printer"))
        return tr("not checked (see the lines above).");
    if (item.state() == QLatin1String("unreadable"))
        return tr("the shop's database could not be read (error %1): copy this report for support.")
            .arg(number(item, "error"));
    if (item.id == QLatin1String("database"))
        return database(item);
    if (item.id == QLatin1String("journal"))
        return journal(item);
    if (item.id == QLatin1String("keychain"))
        return keychain(item);
    if (item.id == QLatin1String("marketplace"))
        return marketplace(item);
    if (item.id == QLatin1String("clock"))
        return clock(item);
    if (item.id == QLatin1String("disk"))
        return disk(item);
    if (item.id == QLatin1String("printer"))
        return printer(item);
    if (item.id == QLatin1String("backup"))
        return backup(item);
    if (item.id == QLatin1String("versions"))
        return versions(item);
    return item.state();
}

QString DoctorText::database(const DoctorItem &item)
{
    if (item.level == DoctorLevel::Ok)
        return tr("intact.");
    return tr("DAMAGED (%1). Stop selling on this till and restore the last good backup.")
        .arg(fact(item, "problem"));
}

QString DoctorText::journal(const DoctorItem &item)
{
    const QString state = item.state();
    if (state == QLatin1String("empty"))
        return tr("no fiscal record yet.");
    if (state == QLatin1String("intact"))
        return tr("intact (links checked: %1).").arg(number(item, "links"));
    if (state == QLatin1String("unconfirmed"))
        return tr("intact, but the register key is confirmed by nothing: compare its fingerprint with the "
                  "Z reports (comptoir journal verify).");
    return tr("BROKEN at %1 (%2): the fiscal journal was altered or damaged. Do not repair it; keep the "
              "file and call support.")
        .arg(fact(item, "first_broken"), fact(item, "problem"));
}

QString DoctorText::keychain(const DoctorItem &item)
{
    const QString state = item.state();
    if (state == QLatin1String("ok"))
        return tr("the register's key is there.");
    if (state == QLatin1String("no-key-yet"))
        return tr("reachable; the register's key will be made when the till first opens.");
    if (state == QLatin1String("missing"))
        return tr("the register's key is MISSING from this computer's keychain: the till cannot sign. "
                  "Restore the keychain, or start a new register key (docs: backups).");
    if (state == QLatin1String("replaced"))
        return tr("the keychain holds ANOTHER register key than this shop's: the till cannot sign. "
                  "Call support.");
    if (state == QLatin1String("unavailable"))
        return tr("no keychain service (%1): install and start one (gnome-keyring or KWallet).")
            .arg(fact(item, "detail"));
    return tr("the keychain did not answer (%1): unlock it, or restart the session.")
        .arg(fact(item, "detail"));
}

QString DoctorText::marketplace(const DoctorItem &item)
{
    const QString state = item.state();
    const QString url = fact(item, "url");
    if (state == QLatin1String("not-enrolled"))
        return tr("this till is not enrolled: online sales and stock are not shared. Enrol it in "
                  "Synchronisation with the shop's code.");
    if (state == QLatin1String("no-token"))
        return tr("enrolled with %1, but the keychain holds no token: enrol the till again.").arg(url);
    if (state == QLatin1String("ok"))
        return tr("%1 answers and accepts this till (shop %2).").arg(url, fact(item, "shop"));
    if (state == QLatin1String("revoked"))
        return tr("%1 REFUSES this till's token (revoked): enrol the till again with a new code.").arg(url);
    if (state == QLatin1String("tls"))
        return tr("%1: the secure connection failed (%2). Check the computer's date, or the network "
                  "(a proxy, a captive portal).")
            .arg(url,
                 item.facts.value(QStringLiteral("tls_errors")).toStringList().join(QStringLiteral("; ")));
    if (state == QLatin1String("http-error"))
        return tr("%1 answered with the error HTTP %2: try again later.")
            .arg(url)
            .arg(number(item, "status"));
    return tr("%1 cannot be reached (%2): check the internet connection.").arg(url, fact(item, "error"));
}

QString DoctorText::clock(const DoctorItem &item)
{
    if (item.state() == QLatin1String("not-compared"))
        return tr("not compared (no answer from the marketplace).");
    const qint64 offset = number(item, "offset_seconds");
    if (item.level == DoctorLevel::Ok)
        return tr("right (within a minute of the marketplace's; offset: %1 s).").arg(offset);
    return offset > 0 ? tr("AHEAD of the marketplace's by %1 s: set the computer's date and time (automatic "
                           "time).")
                            .arg(offset)
                      : tr("BEHIND the marketplace's by %1 s: set the computer's date and time (automatic "
                           "time).")
                            .arg(-offset);
}

QString DoctorText::disk(const DoctorItem &item)
{
    const QString free = QLocale().formattedDataSize(number(item, "free_bytes"));
    if (item.level == DoctorLevel::Ok)
        return tr("%1 free.").arg(free);
    return tr("only %1 free where the shop's data is (%2): make room.").arg(free, fact(item, "folder"));
}

QString DoctorText::printer(const DoctorItem &item)
{
    const QString state = item.state();
    const QString target = fact(item, "target");
    if (state == QLatin1String("none"))
        return tr("none chosen: receipts are only saved as PDF on request (Settings, Receipt printer).");
    if (state == QLatin1String("not-checked"))
        return tr("a system printer (%1): not checked here, print a test from Settings.")
            .arg(target.isEmpty() ? tr("the default one") : target);
    if (state == QLatin1String("ok"))
        return tr("%1 is reachable.").arg(target);
    if (state == QLatin1String("not-yet"))
        return tr("PDF receipts in %1, a folder made at the first receipt.").arg(target);
    if (state == QLatin1String("not-writable"))
        return tr("%1 cannot be written to by this user: check its permissions.").arg(target);
    if (fact(item, "kind") == QLatin1String("pdf_folder"))
        return tr("the PDF folder %1 cannot be reached: plug its disk in, or choose another folder in "
                  "Settings.")
            .arg(target);
    return tr("%1 does not answer: check that it is switched on and plugged in.").arg(target);
}

QString DoctorText::backup(const DoctorItem &item)
{
    const QString state = item.state();
    const QString folder = fact(item, "folder");
    if (state == QLatin1String("no-folder"))
        return tr("no backup folder chosen: choose one (a USB key, a network share) in Settings.");
    if (state == QLatin1String("folder-missing"))
        return tr("the backup folder %1 is MISSING: plug the USB key in, or reconnect the share.")
            .arg(folder);
    if (state == QLatin1String("never"))
        return tr("no backup has passed its check yet: make one now (Settings).");
    const int hours = int(number(item, "age_hours"));
    if (state == QLatin1String("stale"))
        return tr("the last good backup is older than 48 hours (%1 h): make one now (Settings).").arg(hours);
    return tr("%1 h ago, in %2.").arg(hours).arg(folder);
}

QString DoctorText::versions(const DoctorItem &item)
{
    return tr("Comptoir %1, Qt %2, SQLite %3, %4, schema %5.")
        .arg(fact(item, "comptoir"), fact(item, "qt"), fact(item, "sqlite"), fact(item, "openssl"),
             fact(item, "schema"));
}

} // namespace comptoir
