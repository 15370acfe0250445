// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/doctor/printerprobe.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>

#include <memory>

namespace comptoir {

namespace {

QString target(const PrinterSettings &printer)
{
    switch (printer.kind) {
    case PrinterSettings::Kind::None:
        return {};
    case PrinterSettings::Kind::EscPosNetwork:
        return printer.host + QLatin1Char(':') + QString::number(printer.port);
    case PrinterSettings::Kind::EscPosDevice:
        return printer.device;
    case PrinterSettings::Kind::System:
        return printer.systemPrinter;
    case PrinterSettings::Kind::PdfFolder:
        return QDir::toNativeSeparators(printer.pdfFolder);
    }
    return {};
}

DoctorItem item(const PrinterSettings &printer, DoctorLevel level, const QString &state,
                const QString &error = {})
{
    QVariantMap facts {{QStringLiteral("kind"), printerKindKey(printer.kind)},
                       {QStringLiteral("target"), target(printer)}};
    if (!error.isEmpty())
        facts.insert(QStringLiteral("error"), error);
    return doctorItem(QStringLiteral("printer"), level, state, facts);
}

// What needs no waiting: everything but a network printer.
DoctorItem checkLocal(const PrinterSettings &printer)
{
    switch (printer.kind) {
    case PrinterSettings::Kind::None:
        return item(printer, DoctorLevel::Warn, QStringLiteral("none"));
    case PrinterSettings::Kind::System:
        return item(printer, DoctorLevel::Ok, QStringLiteral("not-checked"));
    case PrinterSettings::Kind::EscPosDevice: {
        const QFileInfo device(printer.device);
        if (!device.exists())
            return item(printer, DoctorLevel::Fail, QStringLiteral("unreachable"));
        return device.isWritable() ? item(printer, DoctorLevel::Ok, QStringLiteral("ok"))
                                   : item(printer, DoctorLevel::Fail, QStringLiteral("not-writable"));
    }
    case PrinterSettings::Kind::PdfFolder: {
        if (!QFileInfo(printer.pdfFolder).isDir()) {
            // The receipt service makes the folder at the first receipt: fine when it can.
            QFileInfo ancestor(QFileInfo(printer.pdfFolder).absolutePath());
            while (!ancestor.exists() && !ancestor.isRoot())
                ancestor = QFileInfo(ancestor.absolutePath());
            return ancestor.isDir() && ancestor.isWritable()
                ? item(printer, DoctorLevel::Ok, QStringLiteral("not-yet"))
                : item(printer, DoctorLevel::Fail, QStringLiteral("unreachable"));
        }
        QTemporaryFile probe(QDir(printer.pdfFolder).filePath(QStringLiteral(".comptoir-doctor-XXXXXX")));
        return probe.open()
            ? item(printer, DoctorLevel::Ok, QStringLiteral("ok"))
            : item(printer, DoctorLevel::Fail, QStringLiteral("not-writable"), probe.errorString());
    }
    case PrinterSettings::Kind::EscPosNetwork:
        break;
    }
    return item(printer, DoctorLevel::Fail, QStringLiteral("unreachable"));
}

} // namespace

PrinterProbe::PrinterProbe(QObject *parent) : QObject(parent) { }

void PrinterProbe::run(const PrinterSettings &printer, Done done)
{
    if (printer.kind != PrinterSettings::Kind::EscPosNetwork) {
        QMetaObject::invokeMethod(
            this, [printer, done = std::move(done)] { done(checkLocal(printer)); }, Qt::QueuedConnection);
        return;
    }
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Answers once: the first of connected, error or timeout; the socket goes with its answer.
    auto answer = std::make_shared<Done>(std::move(done));
    auto finish = [socket, answer](DoctorItem result) {
        if (!*answer)
            return;
        const Done callback = std::move(*answer);
        *answer = nullptr;
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        callback(std::move(result));
    };
    connect(socket, &QTcpSocket::connected, this,
            [printer, finish] { finish(item(printer, DoctorLevel::Ok, QStringLiteral("ok"))); });
    connect(socket, &QTcpSocket::errorOccurred, this, [printer, finish, socket] {
        finish(item(printer, DoctorLevel::Fail, QStringLiteral("unreachable"), socket->errorString()));
    });
    connect(timer, &QTimer::timeout, this, [printer, finish] {
        finish(item(printer, DoctorLevel::Fail, QStringLiteral("unreachable"), QStringLiteral("timeout")));
    });
    timer->start(ConnectTimeoutMs);
    socket->connectToHost(printer.host, printer.port);
}

} // namespace comptoir
