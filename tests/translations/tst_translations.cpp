// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList numerusForms;
};

// Reads a Qt Linguist .ts file.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message {context, {}, {}, {}, {}};
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Numerus messages hold <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.numerusForms << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                current.translation = text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchIsComplete();
    void frenchIsInStepWithSources();
    void englishFileIsWellFormed();
};

void TestTranslations::frenchIsComplete()
{
    QString error;
    const auto messages = readTs(QStringLiteral(COMPTOIR_SOURCE_DIR "/translations/comptoir_fr.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 50, "the French translation holds almost nothing");
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // lupdate -no-obsolete removes these; they are never shown
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: ") + where;
        else if (m.translation.trimmed().isEmpty() && m.numerusForms.isEmpty())
            problems << QStringLiteral("empty: ") + where;
        else if (m.numerusForms.isEmpty() && placeholders(m.source) != placeholders(m.translation))
            problems << QStringLiteral("placeholders differ: ") + where;
        for (const QString &form : m.numerusForms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("empty plural form: ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::frenchIsInStepWithSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    const QString root = QStringLiteral(COMPTOIR_SOURCE_DIR);
    // Comptoir's includes are written from the root ("models/sales/cartmodel.h"): lupdate follows
    // them from there to know each class's namespace (its translation context).
    QStringList args {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                      QStringLiteral("-I"), root};
    for (const char *layer : {"app", "ui", "sync", "models"})
        args << root + QLatin1Char('/') + QLatin1String(layer);
    args << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(COMPTOIR_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const auto inSources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!inSources.isEmpty());
    const auto translated = readTs(root + QStringLiteral("/translations/comptoir_fr.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<QString, Message> byKey;
    for (const Message &m : translated)
        byKey.insert(key(m), m);
    QStringList missing;
    for (const Message &m : inSources) {
        const auto it = byKey.constFind(key(m));
        if (it == byKey.constEnd() || it->type == QLatin1String("vanished")
            || it->type == QLatin1String("obsolete"))
            missing << m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("strings in the sources with no French translation "
                                       "(run the update_translations target, then translate):\n")
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishFileIsWellFormed()
{
    QString error;
    const auto messages = readTs(QStringLiteral(COMPTOIR_SOURCE_DIR "/translations/comptoir_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
