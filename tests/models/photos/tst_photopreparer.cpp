// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PhotoPreparer (models/photos/photopreparer.h), on real files: the eight EXIF orientations come
// out upright (small, and large enough for libjpeg's scaled decoding); no EXIF, XMP, IPTC, GPS, ICC
// or comment survives (read back with exiftool and by walking the JPEG's markers); the size limits;
// and the bad input of issue 15: not an image, a truncated JPEG, decompression bombs (PNG and JPEG
// headers declaring 30 000 × 30 000), a HEIC photo (tests/data/photos), a photo under 600 px.
#include "models/photos/photopreparer.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace comptoir;

namespace {

const QColor TopLeft(220, 20, 20); // red
const QColor TopRight(20, 200, 20); // green
const QColor BottomLeft(20, 20, 220); // blue
const QColor BottomRight(240, 230, 20); // yellow

// An upright picture whose four quarters have different colours: any turn or mirror shows.
QImage quarters(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    const int w = width / 2;
    const int h = height / 2;
    painter.fillRect(0, 0, w, h, TopLeft);
    painter.fillRect(w, 0, width - w, h, TopRight);
    painter.fillRect(0, h, w, height - h, BottomLeft);
    painter.fillRect(w, h, width - w, height - h, BottomRight);
    return image;
}

bool near(const QColor &a, const QColor &b)
{
    const int tolerance = 40; // JPEG twice
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

QByteArray jpegOf(const QImage &image, int quality = 95)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString exiftool()
{
    return QStandardPaths::findExecutable(QStringLiteral("exiftool"));
}

// Runs exiftool; its standard output.
QByteArray runExiftool(const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(exiftool(), arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (!*ok)
        qWarning() << process.readAllStandardError();
    return process.readAllStandardOutput();
}

// The stored picture that EXIF orientation n turns into `upright` (the inverse of what n asks a
// viewer to do: 6 = turn 90° clockwise to view, so the file holds it turned 90° anticlockwise).
QImage storedFor(const QImage &upright, int n)
{
    const auto turned = [](const QImage &image, int degrees) {
        return image.transformed(QTransform().rotate(degrees));
    };
    switch (n) {
    case 2:
        return upright.mirrored(true, false);
    case 3:
        return turned(upright, 180);
    case 4:
        return upright.mirrored(false, true);
    case 5: // transpose
        return turned(upright, 90).mirrored(true, false);
    case 6:
        return turned(upright, 270);
    case 7: // transverse
        return turned(upright, 90).mirrored(false, true);
    case 8:
        return turned(upright, 90);
    default:
        return upright;
    }
}

// The JPEG's markers before its image data, in order ("APP0", "DQT", …): only these can carry
// metadata (APPn, COM).
QStringList jpegMarkers(const QByteArray &jpeg)
{
    QStringList markers;
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size() && quint8(jpeg.at(pos)) == 0xFF) {
        const quint8 marker = quint8(jpeg.at(pos + 1));
        if (marker >= 0xE0 && marker <= 0xEF)
            markers.append(QStringLiteral("APP%1").arg(marker - 0xE0));
        else if (marker == 0xFE)
            markers.append(QStringLiteral("COM"));
        else if (marker == 0xDB)
            markers.append(QStringLiteral("DQT"));
        else if (marker == 0xC4)
            markers.append(QStringLiteral("DHT"));
        else if (marker == 0xC0)
            markers.append(QStringLiteral("SOF0"));
        else if (marker == 0xDA) {
            markers.append(QStringLiteral("SOS"));
            break;
        } else
            markers.append(QStringLiteral("FF%1").arg(marker, 2, 16, QLatin1Char('0')));
        pos += 2 + ((qsizetype(quint8(jpeg.at(pos + 2))) << 8) | quint8(jpeg.at(pos + 3)));
    }
    return markers;
}

// PNG's chunk checksum (CRC-32, ISO 3309), bit by bit: a handful of bytes here.
quint32 crc32Of(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

// A PNG of `width` × `height` whose header is all there is: a decompression bomb's shape.
QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    const auto chunk = [&](const QByteArray &type, const QByteArray &data) {
        QByteArray length(4, '\0');
        qToBigEndian<quint32>(quint32(data.size()), length.data());
        png += length;
        const QByteArray body = type + data;
        png += body;
        QByteArray crc(4, '\0');
        qToBigEndian<quint32>(crc32Of(body), crc.data());
        png += crc;
    };
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    chunk("IHDR", ihdr);
    chunk("IDAT", QByteArray::fromHex("789c030000000001")); // an empty zlib stream
    chunk("IEND", {});
    return png;
}

long peakResidentKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestPhotoPreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orientationsComeOutUpright_data();
    void orientationsComeOutUpright();
    void noMetadataSurvives();
    void scaledToTheLongSide();
    void smallPhotoIsAcceptedWithAWarning();
    void notAnImage();
    void truncatedJpeg();
    void decompressionBombs();
    void heicPhoto();
    void missingFile();

private:
    QTemporaryDir m_dir;
    PhotoPreparer m_preparer;
};

void TestPhotoPreparer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (exiftool().isEmpty())
        QFAIL("exiftool is needed (libimage-exiftool-perl, cmake/install-deps.sh)");
}

void TestPhotoPreparer::orientationsComeOutUpright_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("width"); // upright
    QTest::addColumn<int>("height");
    for (int n = 1; n <= 8; ++n) {
        // Small: decoded whole. Large: libjpeg decodes it at half its size (3 600 / 2 ≥ 1 600).
        QTest::addRow("%d small", n) << n << 240 << 160;
        QTest::addRow("%d large", n) << n << 3600 << 2400;
    }
}

void TestPhotoPreparer::orientationsComeOutUpright()
{
    QFETCH(int, orientation);
    QFETCH(int, width);
    QFETCH(int, height);
    const QImage upright = quarters(width, height);
    const QString path = m_dir.filePath(QStringLiteral("orientation-%1-%2.jpg").arg(orientation).arg(width));
    QVERIFY(writeFile(path, jpegOf(storedFor(upright, orientation))));
    bool ok = false;
    runExiftool({QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-n"),
                 QStringLiteral("-Orientation=%1").arg(orientation), path},
                &ok);
    QVERIFY(ok);
    const QByteArray tag = runExiftool(
        {QStringLiteral("-s3"), QStringLiteral("-n"), QStringLiteral("-Orientation"), path}, &ok);
    QVERIFY(ok);
    QCOMPARE(tag.trimmed().toInt(), orientation);

    auto prepared = m_preparer.prepareFile(path);
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().detail));
    QCOMPARE(prepared->originalSize, QSize(width, height));
    const QSize expected = width > PhotoPreparer::MaxLongSide ? QSize(1600, 1067) : QSize(width, height);
    QCOMPARE(prepared->size, expected);
    QImage out;
    QVERIFY(out.loadFromData(prepared->jpeg, "JPEG"));
    QCOMPARE(out.size(), expected);
    const int w = out.width();
    const int h = out.height();
    QVERIFY2(near(out.pixelColor(w / 4, h / 4), TopLeft), qPrintable(out.pixelColor(w / 4, h / 4).name()));
    QVERIFY2(near(out.pixelColor(3 * w / 4, h / 4), TopRight),
             qPrintable(out.pixelColor(3 * w / 4, h / 4).name()));
    QVERIFY2(near(out.pixelColor(w / 4, 3 * h / 4), BottomLeft),
             qPrintable(out.pixelColor(w / 4, 3 * h / 4).name()));
    QVERIFY2(near(out.pixelColor(3 * w / 4, 3 * h / 4), BottomRight),
             qPrintable(out.pixelColor(3 * w / 4, 3 * h / 4).name()));
}

// A photo as a phone gives it: EXIF (camera, date, a GPS position), XMP, IPTC, an ICC profile and a
// comment. Nothing of it is in the prepared JPEG: exiftool finds only the file's own groups, and
// the markers before the image data are the JFIF header, tables and frame only.
void TestPhotoPreparer::noMetadataSurvives()
{
    QImage image = quarters(800, 600);
    image.setColorSpace(QColorSpace(QColorSpace::DisplayP3)); // Qt writes it as an ICC profile
    image.setText(QStringLiteral("Description"), QStringLiteral("chez Mme Martin")); // a COM block
    const QString path = m_dir.filePath(QStringLiteral("phone.jpg"));
    QVERIFY(writeFile(path, jpegOf(image)));
    bool ok = false;
    runExiftool(
        {QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-Make=Pomme"),
         QStringLiteral("-Model=Phone 12"), QStringLiteral("-Artist=Camille Martin"),
         QStringLiteral("-DateTimeOriginal=2026:11:27 10:00:00"), QStringLiteral("-GPSLatitude=47.9025"),
         QStringLiteral("-GPSLatitudeRef=N"), QStringLiteral("-GPSLongitude=1.9090"),
         QStringLiteral("-GPSLongitudeRef=E"), QStringLiteral("-XMP-dc:Creator=Camille Martin"),
         QStringLiteral("-XMP-dc:Description=arrière-boutique"), QStringLiteral("-IPTC:Keywords=stock"),
         QStringLiteral("-IPTC:City=Orléans"), QStringLiteral("-Orientation=6"), QStringLiteral("-n"), path},
        &ok);
    QVERIFY(ok);
    // The fixture does carry all of it.
    const QByteArray before
        = runExiftool({QStringLiteral("-j"), QStringLiteral("-G"), QStringLiteral("-a"), path}, &ok);
    QVERIFY(ok);
    for (const char *group : {"\"EXIF:GPSLatitude\"", "\"XMP:Creator\"", "\"IPTC:Keywords\"",
                              "\"ICC_Profile:", "\"File:Comment\"", "\"EXIF:Make\""})
        QVERIFY2(before.contains(group), group);

    auto prepared = m_preparer.prepareFile(path);
    QVERIFY(prepared.ok());
    QCOMPARE(prepared->size, QSize(600, 800)); // turned upright (orientation 6)
    // Only the JFIF header, the quantisation and Huffman tables, the frame and the scan.
    const QStringList markers = jpegMarkers(prepared->jpeg);
    QCOMPARE(markers.first(), QStringLiteral("APP0"));
    QCOMPARE(markers.count(QStringLiteral("APP0")), 1);
    QCOMPARE(markers.last(), QStringLiteral("SOS"));
    const QStringList allowed {QStringLiteral("APP0"), QStringLiteral("DQT"), QStringLiteral("SOF0"),
                               QStringLiteral("DHT"), QStringLiteral("SOS")};
    for (const QString &marker : markers)
        QVERIFY2(allowed.contains(marker), qPrintable(markers.join(QLatin1Char(' '))));
    QVERIFY(prepared->jpeg.startsWith(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\0", 11)));

    const QString outPath = m_dir.filePath(QStringLiteral("prepared.jpg"));
    QVERIFY(writeFile(outPath, prepared->jpeg));
    const QByteArray after
        = runExiftool({QStringLiteral("-j"), QStringLiteral("-G"), QStringLiteral("-a"), outPath}, &ok);
    QVERIFY(ok);
    const QJsonObject tags = QJsonDocument::fromJson(after).array().at(0).toObject();
    QVERIFY(!tags.isEmpty());
    const QStringList allowedGroups {QStringLiteral("SourceFile"), QStringLiteral("ExifTool"),
                                     QStringLiteral("File"), QStringLiteral("JFIF"),
                                     QStringLiteral("Composite")};
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        const QString group = it.key().section(QLatin1Char(':'), 0, 0);
        QVERIFY2(allowedGroups.contains(group), qPrintable(it.key()));
        QVERIFY2(!it.key().contains(QStringLiteral("GPS")), qPrintable(it.key()));
        QVERIFY2(!it.key().contains(QStringLiteral("Comment")), qPrintable(it.key()));
    }
    for (const char *word : {"Martin", "Pomme", "Orl", "stock", "boutique"})
        QVERIFY2(!after.contains(word), word);
    QVERIFY(!prepared->jpeg.contains("Exif"));
    QVERIFY(!prepared->jpeg.contains("ICC_PROFILE"));
    QVERIFY(!prepared->jpeg.contains("http://ns.adobe.com"));
    QVERIFY(!prepared->jpeg.contains("Photoshop"));
    QVERIFY(!prepared->jpeg.contains("Martin"));

    // Named by its SHA-256, the same bytes every time.
    QCOMPARE(
        prepared->sha256,
        QString::fromLatin1(QCryptographicHash::hash(prepared->jpeg, QCryptographicHash::Sha256).toHex()));
    auto again = m_preparer.prepareFile(path);
    QVERIFY(again.ok());
    QCOMPARE(again->sha256, prepared->sha256);
    QCOMPARE(prepared->sourceName, QStringLiteral("phone.jpg"));
}

void TestPhotoPreparer::scaledToTheLongSide()
{
    // A PNG (decoded whole), portrait; and a JPEG large enough for a quarter-size decoding.
    const QImage portrait = quarters(1000, 2500);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(portrait.save(&buffer, "PNG"));
    auto fromPng = m_preparer.prepareBytes(png, QStringLiteral("portrait.png"));
    QVERIFY(fromPng.ok());
    QCOMPARE(fromPng->size, QSize(640, 1600));
    QCOMPARE(fromPng->originalSize, QSize(1000, 2500));
    QVERIFY(!fromPng->tooSmall);

    auto huge = m_preparer.prepareBytes(jpegOf(quarters(6600, 4400), 80), QStringLiteral("huge.jpg"));
    QVERIFY(huge.ok()); // decoded at a quarter: 1 650 × 1 100
    QCOMPARE(huge->size, QSize(1600, 1067));
    QImage out;
    QVERIFY(out.loadFromData(huge->jpeg));
    QVERIFY(near(out.pixelColor(400, 266), TopLeft));
    QVERIFY(near(out.pixelColor(1200, 800), BottomRight));

    // Already small enough: the size stays.
    auto exact = m_preparer.prepareBytes(jpegOf(quarters(1600, 900)), QStringLiteral("exact.jpg"));
    QVERIFY(exact.ok());
    QCOMPARE(exact->size, QSize(1600, 900));
}

void TestPhotoPreparer::smallPhotoIsAcceptedWithAWarning()
{
    auto small = m_preparer.prepareBytes(jpegOf(quarters(500, 400)), QStringLiteral("vignette.jpg"));
    QVERIFY(small.ok());
    QVERIFY(small->tooSmall);
    QCOMPARE(small->size, QSize(500, 400));
    auto enough = m_preparer.prepareBytes(jpegOf(quarters(600, 400)), QStringLiteral("ok.jpg"));
    QVERIFY(enough.ok());
    QVERIFY(!enough->tooSmall);
}

void TestPhotoPreparer::notAnImage()
{
    const QString path = m_dir.filePath(QStringLiteral("facture.jpg"));
    QVERIFY(writeFile(path, QByteArrayLiteral("Facture n° 12, payée le 27/11.\n")));
    auto refused = m_preparer.prepareFile(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PhotoUnreadable);
    QCOMPARE(refused.error().subject, QStringLiteral("facture.jpg"));

    auto empty = m_preparer.prepareBytes({}, QStringLiteral("vide.jpg"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::PhotoUnreadable);

    // An SVG is a drawing, not a photo.
    auto svg = m_preparer.prepareBytes(
        QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"900\"/>"),
        QStringLiteral("logo.svg"));
    QVERIFY(!svg.ok());
    QCOMPARE(svg.error().code, ErrorCode::PhotoUnreadable);
}

void TestPhotoPreparer::truncatedJpeg()
{
    const QByteArray whole = jpegOf(quarters(1200, 900));
    for (const double kept : {0.3, 0.6, 0.95}) {
        const QByteArray cut = whole.left(qsizetype(whole.size() * kept));
        auto refused = m_preparer.prepareBytes(cut, QStringLiteral("coupee.jpg"));
        QVERIFY2(!refused.ok(), qPrintable(QString::number(kept)));
        QCOMPARE(refused.error().code, ErrorCode::PhotoDamaged);
        QCOMPARE(refused.error().subject, QStringLiteral("coupee.jpg"));
    }
    // Only the header left.
    auto header = m_preparer.prepareBytes(whole.left(400), QStringLiteral("entete.jpg"));
    QVERIFY(!header.ok());
    QCOMPARE(header.error().code, ErrorCode::PhotoDamaged);
    // The whole file is fine (the check is not the failure).
    QVERIFY(m_preparer.prepareBytes(whole, QStringLiteral("entiere.jpg")).ok());
}

// 30 000 × 30 000 declared: 3.6 GB once decoded. Refused from the header, before any pixel.
void TestPhotoPreparer::decompressionBombs()
{
    const long peakBefore = peakResidentKb();
    QElapsedTimer timer;
    timer.start();
    auto png = m_preparer.prepareBytes(pngHeaderOnly(30000, 30000), QStringLiteral("bombe.png"));
    QVERIFY(!png.ok());
    QCOMPARE(png.error().code, ErrorCode::PhotoTooLarge);
    QCOMPARE(png.error().subject, QStringLiteral("30000 × 30000"));

    // A real small JPEG whose frame header was made to declare 30 000 × 30 000.
    QByteArray jpeg = jpegOf(quarters(64, 64));
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    QVERIFY(sof > 0);
    qToBigEndian<quint16>(30000, jpeg.data() + sof + 5); // height
    qToBigEndian<quint16>(30000, jpeg.data() + sof + 7); // width
    auto fromJpeg = m_preparer.prepareBytes(jpeg, QStringLiteral("bombe.jpg"));
    QVERIFY(!fromJpeg.ok());
    QCOMPARE(fromJpeg.error().code, ErrorCode::PhotoTooLarge);
    QCOMPARE(fromJpeg.error().subject, QStringLiteral("30000 × 30000"));
    const qint64 elapsed = timer.elapsed();
    const long grownKb = peakResidentKb() - peakBefore;
    qInfo("two bombs refused in %lld ms, peak memory grew by %ld kB", elapsed, grownKb);
    QVERIFY2(grownKb < 64 * 1024, qPrintable(QString::number(grownKb))); // far from 3.6 GB

    // Just under the limit is not a bomb (the header alone is read here: then the pixels are missing).
    auto justUnder = m_preparer.prepareBytes(pngHeaderOnly(8000, 6000), QStringLiteral("grand.png"));
    QVERIFY(!justUnder.ok());
    QVERIFY(justUnder.error().code != ErrorCode::PhotoTooLarge);
}

// An iPhone's HEIC (tests/data/photos/quadrants.heic, 96 × 64, made once with heif-enc: README.md
// there). libheif decodes it here; a libheif without its HEVC decoder refuses it in words.
void TestPhotoPreparer::heicPhoto()
{
    QFile file(QStringLiteral(COMPTOIR_PHOTOS_DIR "/quadrants.heic"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray heic = file.readAll();
    auto prepared = m_preparer.prepareBytes(heic, QStringLiteral("IMG_0042.HEIC"));
    if (!prepared.ok()) {
        QCOMPARE(prepared.error().code, ErrorCode::PhotoHeicUnreadable);
        QCOMPARE(prepared.error().subject, QStringLiteral("IMG_0042.HEIC"));
        QSKIP("this libheif cannot decode HEVC: the refusal was checked");
    }
    QCOMPARE(prepared->size, QSize(96, 64));
    QCOMPARE(prepared->originalSize, QSize(96, 64));
    QVERIFY(prepared->tooSmall);
    QImage out;
    QVERIFY(out.loadFromData(prepared->jpeg, "JPEG"));
    const QColor red = out.pixelColor(12, 8);
    QVERIFY2(red.red() > 200 && red.green() < 60 && red.blue() < 60, qPrintable(red.name()));
    const QColor white = out.pixelColor(84, 56);
    QVERIFY2(white.red() > 200 && white.green() > 200 && white.blue() > 200, qPrintable(white.name()));
    QVERIFY(jpegMarkers(prepared->jpeg).startsWith(QStringLiteral("APP0")));
    QVERIFY(!prepared->jpeg.contains("Exif"));

    // A HEIF file cut short is refused as a HEIC libheif cannot read.
    auto cut = m_preparer.prepareBytes(heic.left(heic.size() / 2), QStringLiteral("IMG_0043.HEIC"));
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().code, ErrorCode::PhotoHeicUnreadable);
}

void TestPhotoPreparer::missingFile()
{
    auto refused = m_preparer.prepareFile(m_dir.filePath(QStringLiteral("absente.jpg")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PhotoUnreadable);
    QCOMPARE(refused.error().subject, QStringLiteral("absente.jpg"));
}

QTEST_GUILESS_MAIN(TestPhotoPreparer)
#include "tst_photopreparer.moc"
