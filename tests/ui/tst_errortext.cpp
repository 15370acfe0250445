// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errortext.h"

#include <QSet>
#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnText_data();
    void everyCodeHasItsOwnText();
    void textsAreDistinct();
    void noneHasNoText();
    void subjectIsQuoted_data();
    void subjectIsQuoted();

private:
    static QString fallback() { return errorText(makeError(static_cast<ErrorCode>(9999))); }
};

namespace {
// Every ErrorCode in models/error.h but None. A code added there and not here leaves
// errorText() with a missing switch case, which does not compile (-Wswitch, -Werror).
const QList<ErrorCode> AllCodes = {
    ErrorCode::DatabaseOpenFailed,
    ErrorCode::DatabaseQueryFailed,
    ErrorCode::SchemaTooNew,
    ErrorCode::MigrationFailed,
    ErrorCode::DataDirectoryUnusable,
    ErrorCode::NotADemoShop,
    ErrorCode::EmptyName,
    ErrorCode::NegativePrice,
    ErrorCode::UnknownVatRate,
    ErrorCode::InvalidBarcode,
    ErrorCode::DuplicateBarcode,
    ErrorCode::DuplicateReference,
    ErrorCode::DuplicateCategory,
    ErrorCode::UnknownCategory,
    ErrorCode::NotFound,
    ErrorCode::Archived,
    ErrorCode::InvalidQuantity,
    ErrorCode::ZeroDelta,
    ErrorCode::InvalidReason,
    ErrorCode::InvalidPin,
    ErrorCode::WrongPin,
    ErrorCode::DuplicateOperator,
    ErrorCode::NotAManager,
    ErrorCode::OperatorInactive,
    ErrorCode::LastManager,
    ErrorCode::OperatorLocked,
    ErrorCode::PrinterUnreachable,
    ErrorCode::PrinterFailed,
    ErrorCode::FileNotWritten,
    ErrorCode::DayAlreadyClosed,
    ErrorCode::EarlierDayOpen,
    ErrorCode::DayNotClosable,
    ErrorCode::InvalidSiret,
    ErrorCode::InvalidVatNumber,
    ErrorCode::InvalidPrinterSettings,
    ErrorCode::TicketNotFound,
    ErrorCode::NotASale,
    ErrorCode::NoPrinter,
    ErrorCode::KeychainUnavailable,
    ErrorCode::KeychainFailed,
    ErrorCode::SigningKeyMissing,
    ErrorCode::CryptoFailed,
    ErrorCode::JournalBroken,
    ErrorCode::MarketplaceUrlInvalid,
    ErrorCode::MarketplaceInsecure,
    ErrorCode::MarketplaceTlsFailed,
    ErrorCode::MarketplaceUnreachable,
    ErrorCode::MarketplaceUnavailable,
    ErrorCode::MarketplaceUnauthorized,
    ErrorCode::MarketplaceResponseInvalid,
    ErrorCode::MarketplaceResponseTooLarge,
    ErrorCode::MarketplaceWrongShop,
    ErrorCode::MarketplaceSeqGap,
    ErrorCode::MarketplaceEpochChanged,
    ErrorCode::MarketplaceRequestTooLarge,
    ErrorCode::MarketplaceRefused,
    ErrorCode::EnrollmentCodeUnknown,
    ErrorCode::EnrollmentCodeUsed,
    ErrorCode::EnrollmentCodeExpired,
    ErrorCode::ProvisioningFileInvalid,
    ErrorCode::NotEnrolled,
    ErrorCode::IllegalOrderTransition,
    ErrorCode::ReasonTooLong,
    ErrorCode::DataFolderInUse,
    ErrorCode::WalUnavailable,
    // issue 18: money with domain bounds
    ErrorCode::AmountTooLarge,
    ErrorCode::QuantityTooLarge,
    // issue 13, part firstrun
    ErrorCode::ProvisioningFileDamaged,
    ErrorCode::ProvisioningFileForeign,
    ErrorCode::ProvisioningFileExpired,
    // issue 13, part backup
    ErrorCode::BackupFolderMissing,
    ErrorCode::BackupCopyFailed,
    ErrorCode::NotABackup,
    ErrorCode::BackupDamaged,
    ErrorCode::BackupJournalBroken,
    ErrorCode::BackupForeign,
};
} // namespace

void TestErrorText::everyCodeHasItsOwnText_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("subject");
    for (const ErrorCode code : AllCodes) {
        const QByteArray name = QByteArray::number(int(code));
        QTest::newRow(QByteArray(name + " without subject").constData()) << code << QString();
        QTest::newRow(QByteArray(name + " with subject").constData())
            << code << QStringLiteral("3760000000012");
    }
}

void TestErrorText::everyCodeHasItsOwnText()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, subject);
    const QString text = errorText(makeError(code, subject, QStringLiteral("technical detail")));
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(text != fallback(), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("%1")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("technical detail")), "the detail is for the logs only");
    QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text)); // a whole sentence
}

void TestErrorText::textsAreDistinct()
{
    QSet<QString> seen;
    for (const ErrorCode code : AllCodes) {
        const QString text = errorText(makeError(code));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
}

void TestErrorText::noneHasNoText()
{
    QVERIFY(errorText(Error {}).isEmpty());
    QVERIFY(!fallback().isEmpty());
}

void TestErrorText::subjectIsQuoted_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("subject");
    QTest::newRow("invalid barcode") << ErrorCode::InvalidBarcode << QStringLiteral("1234567890123");
    QTest::newRow("duplicate barcode") << ErrorCode::DuplicateBarcode << QStringLiteral("3760000000012");
    QTest::newRow("duplicate reference") << ErrorCode::DuplicateReference << QStringLiteral("C000042");
    QTest::newRow("schema too new") << ErrorCode::SchemaTooNew << QStringLiteral("7");
    QTest::newRow("duplicate category") << ErrorCode::DuplicateCategory << QStringLiteral("Épicerie");
    QTest::newRow("amount too large")
        << ErrorCode::AmountTooLarge << QStringLiteral("9\u00a0999\u00a0999,99\u00a0€");
    QTest::newRow("quantity too large") << ErrorCode::QuantityTooLarge << QStringLiteral("9\u00a0999");
}

void TestErrorText::subjectIsQuoted()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, subject);
    QVERIFY(errorText(makeError(code, subject)).contains(subject));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
