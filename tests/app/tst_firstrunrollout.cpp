// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13's acceptance for the first-run assistant (label rollout): the marketplace's admin command
// writes a provisioning file; the assistant, driven with QTest on a new shop's folder, finds it on a
// "USB key", enrols over loopback HTTP, fills the identity, creates the first manager, prints a test
// page, downloads the catalogue, and the till sells one of its products. Expired, used, truncated
// and foreign files are refused in words and change nothing; quitting and starting again completes.
#include "app/commandline.h"
#include "app/shopsession.h"
#include "app/shopwindow.h"
#include "fakeclock.h"
#include "memorysecretstore.h"
#include "models/fiscal/registersigner.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "sync/enrolment/enrollment.h"
#include "sync/enrolment/provisioningfile.h"
#include "tempdatabase.h"
#include "tests/marketplace/marketclient.h"
#include "ui/errortext.h"
#include "ui/firstrun/firstrunwizard.h"
#include "ui/firstrun/identitypage.h"
#include "ui/firstrun/provisioningpage.h"
#include "ui/firstrun/provisioningsearch.h"
#include "ui/firstrun/startpage.h"
#include "ui/receipts/receiptservice.h"
#include "ui/till/tillpage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::market::testing;

namespace {

const QString Siret = QStringLiteral("12345678900015");
const QString VatNumber = QStringLiteral("FR32123456789");
const QString Address = QStringLiteral("3 rue de Bourgogne, 45000 Orléans");
const QString JamCode = QStringLiteral("4006381333931");

QVariant scalar(const Database &db, const QString &sql)
{
    auto q = db.query(sql);
    return q && q.value().next() ? q.value().value(0) : QVariant();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// One start of Comptoir on a data folder: the session (keychain in memory, kept across starts),
// the objects app/firstrun.cpp builds, and the assistant.
struct Start
{
    Start(const QString &dataDir, MemorySecretStore &keychain)
    {
        session.setSecretStore(std::make_unique<ForwardingStore>(keychain));
        opened = session.open(dataDir, false, true).ok()
            && QTest::qWaitFor([this] { return session.signer().state() == RegisterSigner::State::Ready; });
        if (opened)
            receipts = std::make_unique<ReceiptService>(session.settings(), session.printLog(),
                                                        session.tickets(), session.fiscalChain());
    }

    // The assistant as app/firstrun.cpp builds it, shown.
    bool openWizard(const QStringList &roots, const QString &file = {}, const Clock *clock = nullptr)
    {
        if (!opened)
            return false;
        wizard = std::make_unique<FirstRunWizard>(FirstRunServices {.db = session.database(),
                                                                    .secrets = session.secrets(),
                                                                    .network = network,
                                                                    .clock = clock ? *clock : session.clock(),
                                                                    .operators = session.operators(),
                                                                    .settings = session.settings(),
                                                                    .receipts = *receipts,
                                                                    .searchRoots = roots,
                                                                    .initialFile = file,
                                                                    .deviceName = QStringLiteral("Caisse 1"),
                                                                    .restoreFromBackup = {}});
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }
    ~Start() { wizard.reset(); }

    // The keychain's contents outlive a start, as the OS keychain does.
    class ForwardingStore final : public SecretStore
    {
    public:
        explicit ForwardingStore(MemorySecretStore &to) : m_to(to) { }
        void read(const QString &key, QObject *context, ReadDone done) override
        {
            m_to.read(key, context, std::move(done));
        }
        void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override
        {
            m_to.write(key, secret, context, std::move(done));
        }
        void remove(const QString &key, QObject *context, Done done) override
        {
            m_to.remove(key, context, std::move(done));
        }

    private:
        MemorySecretStore &m_to;
    };

    void next() { wizard->button(QWizard::NextButton)->click(); }

    ShopSession session;
    QNetworkAccessManager network;
    std::unique_ptr<ReceiptService> receipts;
    std::unique_ptr<FirstRunWizard> wizard;
    bool opened = false;
};

} // namespace

class TestFirstRunRollout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fromProvisioningFileToTheFirstSale();
    void refusedFilesChangeNothing_data();
    void refusedFilesChangeNothing();
    void quittingInTheMiddleAndStartingAgainCompletes();
    void shopsSetUpBeforeTheAssistantAreLeftAlone();
    void aProvisioningFileIsAPositionalArgument();

private:
    QString provision(const QString &out, int ttl = 3600);
    void enrolFromTheList(Start &start);
    void fillManager(Start &start);
    bool nothingChanged(Start &start);

    MarketServer m_server;
    QString m_shopId;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_usb; // a USB key's mount point (/media/$USER/KEY)
    std::unique_ptr<MemorySecretStore> m_keychain; // the OS keychain, across the starts of a test
};

void TestFirstRunRollout::initTestCase()
{
    QVERIFY(m_server.start());
    int exit = -1;
    m_shopId = m_server.cli({QStringLiteral("create-shop"), QStringLiteral("--name"),
                             QStringLiteral("Épicerie Loire"), QStringLiteral("--address"), Address,
                             QStringLiteral("--siret"), Siret, QStringLiteral("--vat"), VatNumber},
                            &exit);
    QCOMPARE(exit, 0);
    QVERIFY(!m_shopId.isEmpty());
    MarketClient client(m_server.url());
    const QJsonObject product {
        {QStringLiteral("fields"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Confiture")},
                      {QStringLiteral("vat_rate_bp"), 550}}},
        {QStringLiteral("variants"),
         QJsonArray {QJsonObject {{QStringLiteral("fields"),
                                   QJsonObject {{QStringLiteral("label"), QStringLiteral("250 g")},
                                                {QStringLiteral("price_cents"), 590},
                                                {QStringLiteral("barcodes"), QJsonArray {JamCode}}}},
                                  {QStringLiteral("on_hand"), 6}}}}};
    const HttpResult created
        = client.admin("POST", QStringLiteral("/admin/v1/shops/%1/products").arg(m_shopId), product);
    QVERIFY2(created.status == 201, created.body.constData());
}

void TestFirstRunRollout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_unique<MemorySecretStore>();
    m_usb = m_dir->filePath(QStringLiteral("media/benevole/CLE USB"));
    QVERIFY(QDir().mkpath(m_usb));
}

void TestFirstRunRollout::cleanup()
{
    m_dir.reset();
    m_keychain.reset();
}

QString TestFirstRunRollout::provision(const QString &out, int ttl)
{
    int exit = -1;
    const QString printed
        = m_server.cli({QStringLiteral("provision"), QStringLiteral("--shop"), m_shopId,
                        QStringLiteral("--url"), m_server.url().toString(), QStringLiteral("--ttl"),
                        QString::number(ttl), QStringLiteral("--out"), out},
                       &exit);
    return exit == 0 ? printed : QString();
}

void TestFirstRunRollout::enrolFromTheList(Start &start)
{
    auto *page = qobject_cast<ProvisioningPage *>(start.wizard->currentPage());
    QVERIFY(page);
    auto *list = child<QListWidget>(page, "provisioningFileList");
    QVERIFY(list && list->count() >= 1);
    child<QPushButton>(page, "enrolFileButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
    QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
    QVERIFY(start.wizard->button(QWizard::NextButton)->isEnabled());
    start.next();
}

void TestFirstRunRollout::fillManager(Start &start)
{
    QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::ManagerId));
    QWidget *page = start.wizard->currentPage();
    child<QLineEdit>(page, "managerNameEdit")->setText(QStringLiteral("Nadia"));
    child<QLineEdit>(page, "managerPinEdit")->setText(QStringLiteral("2468"));
    child<QLineEdit>(page, "managerPinRepeatEdit")->setText(QStringLiteral("2468"));
    start.next();
}

void TestFirstRunRollout::fromProvisioningFileToTheFirstSale()
{
    const QString file = QDir(m_usb).filePath(QStringLiteral("epicerie-loire.comptoir"));
    QCOMPARE(provision(file), file);
    const QFile::Permissions mode = QFile::permissions(file); // 0600: the file holds a one-time code
    QVERIFY(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    const auto read = ProvisioningFile::read(file);
    QVERIFY(read.ok());
    QCOMPARE(read->format, 1);
    QCOMPARE(read->shop.id, m_shopId);
    QCOMPARE(ProvisioningSearch::find({m_dir->filePath(QStringLiteral("media/benevole"))}),
             QStringList {file});

    const QString dataDir = m_dir->filePath(QStringLiteral("shop"));
    const QString pdfFolder = m_dir->filePath(QStringLiteral("receipts"));
    {
        Start start(dataDir, *m_keychain);
        QVERIFY(start.openWizard({m_dir->filePath(QStringLiteral("media/benevole"))}));
        QVERIFY(FirstRunProgress::needed(start.session.database(), start.session.operators(), false).value());
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::EnrolmentId));
        enrolFromTheList(start);
        QVERIFY(!QFile::exists(file)); // the used code went with its file
        const auto enrolled = Enrollment::current(start.session.database());
        QVERIFY(enrolled.ok() && enrolled->has_value());
        QCOMPARE((*enrolled)->shopId, m_shopId);

        // The identity, from the file, checked and saved.
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::IdentityId));
        QWidget *identity = start.wizard->currentPage();
        QCOMPARE(child<QLineEdit>(identity, "shopNameEdit")->text(), QStringLiteral("Épicerie Loire"));
        QCOMPARE(child<QPlainTextEdit>(identity, "shopAddressEdit")->toPlainText(), Address);
        QCOMPARE(child<QLineEdit>(identity, "siretEdit")->text(), Siret);
        QCOMPARE(child<QLineEdit>(identity, "vatNumberEdit")->text(), VatNumber);
        child<QLineEdit>(identity, "siretEdit")->setText(QStringLiteral("12345678900016")); // a typo
        start.next();
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::IdentityId));
        QCOMPARE(qobject_cast<IdentityPage *>(identity)->errorText(),
                 errorText(makeError(ErrorCode::InvalidSiret, QStringLiteral("12345678900016"))));
        child<QLineEdit>(identity, "siretEdit")->setText(Siret);
        start.next();
        QCOMPARE(start.session.settings().identity()->siret, Siret);

        fillManager(start);

        // The printer: PDF files in a folder, and a test page.
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::PrinterId));
        QWidget *printer = start.wizard->currentPage();
        auto *choice = child<QComboBox>(printer, "printerChoice");
        choice->setCurrentIndex(choice->count() - 1);
        child<QLineEdit>(printer, "pdfFolderEdit")->setText(pdfFolder);
        child<QPushButton>(printer, "testPrintButton")->click();
        QTRY_VERIFY(!QDir(pdfFolder).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
        QTRY_VERIFY(child<QLabel>(printer, "testPrintResult")->text().contains(QStringLiteral("printed")));
        start.next();

        // Start from the marketplace's catalogue: its products come now; Finish ends on the till.
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::StartId));
        auto *startPage = qobject_cast<StartPage *>(start.wizard->currentPage());
        QVERIFY(child<QRadioButton>(startPage, "catalogueRadio")->isChecked());
        QVERIFY(!child<QRadioButton>(startPage, "restoreRadio")->isVisible()); // no restore function given
        start.wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!start.wizard->isVisible(), 30000);
        QCOMPARE(start.wizard->result(), int(QDialog::Accepted));
        QVERIFY2(startPage->statusText().endsWith(QStringLiteral(": 1.")),
                 qPrintable(startPage->statusText()));
        QVERIFY(
            !FirstRunProgress::needed(start.session.database(), start.session.operators(), false).value());
    }

    // The next start opens the till: the manager signs in and sells the marketplace's jam.
    Start again(dataDir, *m_keychain);
    QVERIFY(again.opened);
    QVERIFY(!FirstRunProgress::needed(again.session.database(), again.session.operators(), false).value());
    again.session.recordStart();
    ShopWindow window(again.session);
    window.window().resize(1366, 768);
    window.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window.window()));
    const auto people = again.session.operators().activeOperators();
    QVERIFY(people.ok() && people->size() == 1);
    again.session.operatorSession().signIn(people->first());
    auto *till = window.window().findChild<TillPage *>();
    QTRY_VERIFY(till && till->isVisible());
    auto *search = child<QLineEdit>(till, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, JamCode);
    QTest::keyClick(search, Qt::Key_Return);
    child<QPushButton>(till, "cashButton")->click();
    QTRY_COMPARE(scalar(again.session.database(), QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 1);
    QCOMPARE(scalar(again.session.database(), QStringLiteral("SELECT total_cents FROM tickets")).toLongLong(),
             590);
}

bool TestFirstRunRollout::nothingChanged(Start &start)
{
    Database &db = start.session.database();
    const auto enrolled = Enrollment::current(db);
    const auto people = start.session.operators().list();
    return enrolled.ok() && !enrolled->has_value()
        && !m_keychain->contains(Enrollment::tokenKey(db.deviceId()))
        && scalar(db,
                  QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'setup_%' AND key <> "
                                 "'setup_started_at'"))
               .toInt()
        == 0
        && people.ok() && people->isEmpty() && start.wizard->currentId() == FirstRunWizard::EnrolmentId;
}

void TestFirstRunRollout::refusedFilesChangeNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("code");
    QTest::newRow("expired") << QStringLiteral("expired") << int(ErrorCode::ProvisioningFileExpired);
    QTest::newRow("already used") << QStringLiteral("used") << int(ErrorCode::EnrollmentCodeUsed);
    QTest::newRow("truncated") << QStringLiteral("truncated") << int(ErrorCode::ProvisioningFileDamaged);
    QTest::newRow("foreign") << QStringLiteral("foreign") << int(ErrorCode::ProvisioningFileForeign);
}

void TestFirstRunRollout::refusedFilesChangeNothing()
{
    QFETCH(QString, how);
    QFETCH(int, code);
    const QString file = QDir(m_usb).filePath(QStringLiteral("shop.comptoir"));
    QCOMPARE(provision(file), file);
    QFile bytes(file);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray content = bytes.readAll();
    bytes.close();
    if (how == QLatin1String("truncated") || how == QLatin1String("foreign")) {
        QVERIFY(bytes.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bytes.write(how == QLatin1String("truncated")
                        ? content.left(content.size() * 2 / 3)
                        : QByteArray(content).replace("comptoir-provisioning/1", "vitrines-export/3"));
        bytes.close();
    }
    if (how == QLatin1String("used")) { // another till took the code first
        TempDatabase other;
        MemorySecretStore otherKeychain;
        QNetworkAccessManager network;
        Enrollment enrollment(other.db(), otherKeychain, network);
        const QString copy = m_dir->filePath(QStringLiteral("copy.comptoir"));
        QVERIFY(QFile::copy(file, copy));
        bool done = false;
        enrollment.enrollFromFile(copy, QStringLiteral("Autre caisse"), [&done](Result<EnrolledDevice> r) {
            QVERIFY(r.ok());
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }
    // Expired: the till's clock is past the file's expiry (checked before any network).
    FakeClock later(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
    Start start(m_dir->filePath(QStringLiteral("shop")), *m_keychain);
    QVERIFY(start.openWizard({m_usb}, {}, how == QLatin1String("expired") ? &later : nullptr));
    auto *page = qobject_cast<ProvisioningPage *>(start.wizard->currentPage());
    QVERIFY(page);
    const QString words = errorText(makeError(ErrorCode(code)));
    if (how == QLatin1String("used")) {
        child<QPushButton>(page, "enrolFileButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QCOMPARE(page->errorText(), words);
    } else {
        // Refused as soon as it is listed: it says why, and cannot be used.
        QCOMPARE(child<QLabel>(page, "provisioningDetailsLabel")->text(),
                 errorText(ProvisioningFile::read(file).ok()
                               ? ProvisioningFile::check(*ProvisioningFile::read(file),
                                                         start.session.database(), later)
                                     .error()
                               : ProvisioningFile::read(file).error()));
        QVERIFY(child<QLabel>(page, "provisioningDetailsLabel")->text().startsWith(words.left(20)));
        QVERIFY(!child<QPushButton>(page, "enrolFileButton")->isEnabled());
    }
    QVERIFY(!start.wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(QFile::exists(file)); // left for a person to see
    QVERIFY(nothingChanged(start));
}

void TestFirstRunRollout::quittingInTheMiddleAndStartingAgainCompletes()
{
    const QString file = m_dir->filePath(QStringLiteral("Téléchargements/boutique.comptoir"));
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QCOMPARE(provision(file), file);
    const QString dataDir = m_dir->filePath(QStringLiteral("shop"));
    {
        // Given on the command line (a double-click); enrolled, identity saved, then closed.
        Start start(dataDir, *m_keychain);
        QVERIFY(start.openWizard({}, file));
        enrolFromTheList(start);
        start.next(); // the identity as the file gave it
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::ManagerId));
        start.wizard->reject();
    }
    {
        // Started again: the manager's step, nothing asked twice; closed again on the printer.
        Start start(dataDir, *m_keychain);
        QVERIFY(start.openWizard({}));
        QVERIFY(FirstRunProgress::needed(start.session.database(), start.session.operators(), false).value());
        QCOMPARE(start.session.settings().identity()->name, QStringLiteral("Épicerie Loire"));
        fillManager(start);
        QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::PrinterId));
        start.wizard->reject();
    }
    Start start(dataDir, *m_keychain);
    QVERIFY(start.openWizard({}));
    QVERIFY(FirstRunProgress::needed(start.session.database(), start.session.operators(), false).value());
    QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::PrinterId));
    start.next(); // no printer
    QCOMPARE(start.wizard->currentId(), int(FirstRunWizard::StartId));
    child<QRadioButton>(start.wizard->currentPage(), "emptyRadio")->setChecked(true);
    start.wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(start.wizard->result(), int(QDialog::Accepted));
    QVERIFY(!FirstRunProgress::needed(start.session.database(), start.session.operators(), false).value());
    QCOMPARE(int(start.session.operators().list()->size()), 1);
    QCOMPARE(start.session.settings().identity()->vatNumber, VatNumber);
}

void TestFirstRunRollout::shopsSetUpBeforeTheAssistantAreLeftAlone()
{
    Start start(m_dir->filePath(QStringLiteral("shop")), *m_keychain);
    QVERIFY(start.opened);
    Database &db = start.session.database();
    // A new shop with no one: it shows.
    QVERIFY(FirstRunProgress::needed(db, start.session.operators(), false).value());
    QVERIFY(!FirstRunProgress::needed(db, start.session.operators(), true).value()); // never the demo
    // A shop made before the assistant (operators, no setup_* key): left alone.
    QVERIFY(db.meta(QString::fromLatin1(FirstRunProgress::StartedKey))->isEmpty()); // no assistant opened
    QVERIFY(start.session.operators()
                .add(QStringLiteral("Léa"), OperatorRole::Manager, QStringLiteral("1357"))
                .ok());
    QVERIFY(!FirstRunProgress::needed(db, start.session.operators(), false).value());
    // One whose assistant was started and not finished (the manager made, then quit): it shows.
    QVERIFY(db.setMeta(QString::fromLatin1(FirstRunProgress::StartedKey),
                       QStringLiteral("2026-12-07T09:00:00.000Z"))
                .ok());
    QVERIFY(FirstRunProgress::needed(db, start.session.operators(), false).value());
}

void TestFirstRunRollout::aProvisioningFileIsAPositionalArgument()
{
    // What a double-click runs (the desktop file's Exec=comptoir %f): the window, with the file.
    const QString file = QStringLiteral("/media/benevole/CLE/Épicerie Loire.comptoir");
    CommandLineRequest request = CommandLine().parse({QStringLiteral("comptoir"), file});
    QCOMPARE(int(request.action), int(CommandLineRequest::Action::OpenWindow));
    QCOMPARE(request.openedFile, file);
    QVERIFY(request.needsWindow());
    request = CommandLine().parse({QStringLiteral("comptoir"), QStringLiteral("--data-dir"),
                                   QStringLiteral("/srv/shop"), QStringLiteral("a.COMPTOIR")});
    QCOMPARE(request.openedFile, QStringLiteral("a.COMPTOIR"));
    QCOMPARE(request.dataDir, QStringLiteral("/srv/shop"));
    // Never the demo; and any other word is still an unknown command.
    request = CommandLine().parse({QStringLiteral("comptoir"), QStringLiteral("--demo"), file});
    QCOMPARE(int(request.action), int(CommandLineRequest::Action::Invalid));
    request = CommandLine().parse({QStringLiteral("comptoir"), QStringLiteral("shop.json")});
    QCOMPARE(int(request.action), int(CommandLineRequest::Action::Invalid));
    QVERIFY(CommandLine().parse({QStringLiteral("comptoir")}).openedFile.isEmpty());
}

QTEST_MAIN(TestFirstRunRollout)
#include "tst_firstrunrollout.moc"
