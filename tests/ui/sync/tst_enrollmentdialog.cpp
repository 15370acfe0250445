// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"
#include "memorysecretstore.h"
#include "models/staff/operatorsession.h"
#include "models/storage/database.h"
#include "offscreenscreens.h"
#include "queuedevents.h"
#include "responsebodies.h"
#include "sync/enrolment/enrollment.h"
#include "tempdatabase.h"
#include "tokenwait.h"
#include "ui/errortext.h"
#include "ui/sync/enrollmentdialog.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
namespace b = comptoir::bodies;

namespace {

const QString MarketUrl = QStringLiteral("https://market.example.org");
const QString Code = QStringLiteral("VITR-7Q2K-99XB");

} // namespace

// The enrolment dialog (issue 5, point 5) driven with QTest against the fake marketplace.
class TestEnrollmentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void successStoresMetaAndToken();
    void unknownCodeShowsItsSentenceAndChangesNothing();
    void plainHttpIsRefused();
    void cancelWhileBusyAbandons();
    void marketplaceSectionShowsTheEnrolment();
    void errorKeepsTheFieldsWide();

private:
    void fill(const QString &url, const QString &code);
    bool nothingStored();

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<EnrollmentDialog> m_dialog;
};

void TestEnrollmentDialog::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_network = std::make_unique<FakeNetwork>();
    m_dialog = std::make_unique<EnrollmentDialog>(m_temp->db(), *m_secrets, *m_network);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestEnrollmentDialog::cleanup()
{
    m_dialog.reset();
    m_network.reset();
    m_secrets.reset();
    m_temp.reset();
}

void TestEnrollmentDialog::fill(const QString &url, const QString &code)
{
    auto *urlEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("enrollUrlEdit"));
    auto *codeEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("enrollCodeEdit"));
    auto *nameEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("enrollDeviceNameEdit"));
    QVERIFY(urlEdit && codeEdit && nameEdit);
    QVERIFY(!nameEdit->text().isEmpty()); // the host name by default
    urlEdit->setFocus();
    QTest::keyClicks(urlEdit, url);
    QTest::keyClicks(codeEdit, code);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, QStringLiteral("Caisse 1"));
}

bool TestEnrollmentDialog::nothingStored()
{
    const auto current = Enrollment::current(m_temp->db());
    return m_secrets->writeCount() == 0 && m_secrets->size() == 0 && current.ok() && !current->has_value();
}

void TestEnrollmentDialog::successStoresMetaAndToken()
{
    QJsonObject answer = b::enroll();
    answer.insert(QStringLiteral("device_id"), m_temp->db().deviceId());
    answer.insert(QStringLiteral("token"), QString::fromLatin1(b::Token));
    m_network->enqueue(CannedReply::json(201, b::json(answer)));

    QSignalSpy enrolled(m_dialog.get(), &EnrollmentDialog::enrolled);
    fill(MarketUrl, Code);
    // Keyboard only: Enter in the last field is OK.
    QTest::keyClick(m_dialog->findChild<QLineEdit *>(QStringLiteral("enrollDeviceNameEdit")), Qt::Key_Return);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton"))->isEnabled());
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollCancelButton"))->isEnabled());

    QTRY_COMPARE(enrolled.size(), 1);
    // Issue 18: the dialog says the till is enrolled, and with which shop, before it closes.
    auto *done = m_dialog->findChild<QLabel *>(QStringLiteral("enrollDoneLabel"));
    QVERIFY(done && done->isVisible());
    QVERIFY2(done->text().contains(QStringLiteral("Au Bon Pain")), qPrintable(done->text()));
    QVERIFY(!m_dialog->findChild<QLineEdit *>(QStringLiteral("enrollUrlEdit"))->isVisible());
    QVERIFY(m_dialog->isVisible());
    auto *close = m_dialog->findChild<QPushButton *>(QStringLiteral("enrollCloseButton"));
    QVERIFY(close && close->isVisible());
    QTest::keyClick(m_dialog.get(), Qt::Key_Return); // the confirmation's default button
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_dialog->device().has_value());
    const EnrolledDevice &device = *m_dialog->device();
    QCOMPARE(device.shopId, b::ShopId);
    QCOMPARE(device.deviceId, m_temp->db().deviceId());

    const auto current = Enrollment::current(m_temp->db());
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->endpoint.toString(), MarketUrl);
    QCOMPARE((*current)->shopName, QStringLiteral("Au Bon Pain"));
    const auto token = tokenOf(*m_secrets, m_temp->db().deviceId());
    QVERIFY(token.ok());
    QCOMPARE(*token, b::Token);
    const QJsonObject body = QJsonDocument::fromJson(m_network->requests().at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("device_name")).toString(), QStringLiteral("Caisse 1"));
}

void TestEnrollmentDialog::unknownCodeShowsItsSentenceAndChangesNothing()
{
    m_network->enqueue(CannedReply::json(404, b::json(b::error(QStringLiteral("enrollment_code_unknown")))));
    fill(MarketUrl, Code);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QTRY_VERIFY(!m_dialog->isBusy());
    QCOMPARE(m_dialog->errorText(), errorText(makeError(ErrorCode::EnrollmentCodeUnknown)));
    QVERIFY(!m_dialog->errorText().isEmpty());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton"))->isEnabled());
    QVERIFY(nothingStored());
}

void TestEnrollmentDialog::plainHttpIsRefused()
{
    fill(QStringLiteral("http://market.example.org"), Code);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isBusy());
    QVERIFY(m_network->requests().isEmpty());
    QVERIFY(!m_dialog->errorText().isEmpty());
    QCOMPARE(m_dialog->errorText(),
             errorText(makeError(ErrorCode::MarketplaceInsecure, QStringLiteral("market.example.org"))));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(nothingStored());
}

void TestEnrollmentDialog::cancelWhileBusyAbandons()
{
    m_network->enqueue(CannedReply::failure(CannedReply::Mode::Hang));
    fill(MarketUrl, Code);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    runQueuedEvents();
    QVERIFY(nothingStored());
}

void TestEnrollmentDialog::marketplaceSectionShowsTheEnrolment()
{
    OperatorSession session;
    MarketplaceSection section(m_temp->db(), session);
    auto *button = section.findChild<QPushButton *>(QStringLiteral("marketplaceEnrollButton"));
    auto *shop = section.findChild<QLabel *>(QStringLiteral("marketplaceShopLabel"));
    auto *device = section.findChild<QLabel *>(QStringLiteral("marketplaceDeviceLabel"));
    QVERIFY(button && shop && device);
    QVERIFY(!button->isEnabled()); // nobody signed in
    QVERIFY(shop->text().isEmpty());
    session.signIn(OperatorInfo {1, QStringLiteral("Jeanne"), OperatorRole::Manager, true});
    QVERIFY(button->isEnabled());
    QSignalSpy requested(&section, &MarketplaceSection::enrollmentRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    session.signIn(OperatorInfo {2, QStringLiteral("Paul"), OperatorRole::Cashier, true});
    QVERIFY(!button->isEnabled());

    QJsonObject answer = b::enroll();
    answer.insert(QStringLiteral("device_id"), m_temp->db().deviceId());
    answer.insert(QStringLiteral("token"), QString::fromLatin1(b::Token));
    m_network->enqueue(CannedReply::json(201, b::json(answer)));
    QSignalSpy enrolled(m_dialog.get(), &EnrollmentDialog::enrolled);
    fill(MarketUrl, Code);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton")), Qt::LeftButton);
    QTRY_COMPARE(enrolled.size(), 1);
    section.refresh();
    QCOMPARE(shop->text(), QStringLiteral("Au Bon Pain"));
    QCOMPARE(device->text(), m_temp->db().deviceId());
}

// Issue 18: an error sentence wraps under the fields, which keep a readable width, on the
// commonest shop screen (1366 × 768).
void TestEnrollmentDialog::errorKeepsTheFieldsWide()
{
    QScreen *screen = test::offscreenScreen(QSize(1366, 768));
    if (!screen)
        QSKIP("needs the offscreen platform's 1366x768 screen");
    m_dialog->hide();
    m_dialog->setScreen(screen);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_network->enqueue(CannedReply::json(404, b::json(b::error(QStringLiteral("enrollment_code_unknown")))));
    fill(MarketUrl, Code);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("enrollOkButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isBusy());
    auto *error = m_dialog->findChild<QLabel *>(QStringLiteral("enrollErrorLabel"));
    QVERIFY(error->isVisible());
    QTRY_VERIFY(error->height() >= error->heightForWidth(error->width())); // the layout has settled

    const int minimum = m_dialog->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    int fieldsBottom = 0;
    for (const char *name : {"enrollUrlEdit", "enrollCodeEdit", "enrollDeviceNameEdit"}) {
        auto *field = m_dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(field->width() >= minimum,
                 qPrintable(QStringLiteral("%1 is %2 px wide").arg(QLatin1String(name)).arg(field->width())));
        fieldsBottom = std::max(fieldsBottom, field->mapTo(m_dialog.get(), QPoint(0, field->height())).y());
    }
    // Under the fields, wrapped to the dialog's width, every line shown.
    QVERIFY(error->mapTo(m_dialog.get(), QPoint(0, 0)).y() >= fieldsBottom);
    QVERIFY(error->width() <= m_dialog->width());
    QVERIFY(m_dialog->frameGeometry().width() <= screen->availableGeometry().width());
}

int main(int argc, char **argv)
{
    QTemporaryDir screens;
    test::useOffscreenScreens(screens.filePath(QStringLiteral("screens.json")), {QSize(1366, 768)});
    QApplication app(argc, argv);
    TestEnrollmentDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_enrollmentdialog.moc"
