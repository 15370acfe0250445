// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photobench.h"

#include "models/photos/photopreparer.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace comptoir::bench {

namespace {

// Something like a product on a table: soft gradients, shapes with edges, and sensor noise (a flat
// picture would compress to nothing and decode faster than a real photo).
QImage twelveMegapixels()
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient background(0, 0, 4000, 3000);
    background.setColorAt(0, QColor(236, 228, 214));
    background.setColorAt(1, QColor(120, 104, 92));
    painter.fillRect(image.rect(), background);
    QRandomGenerator random(15);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromHsv(int(random.bounded(360)), 80 + int(random.bounded(150)),
                                         80 + int(random.bounded(170))));
        painter.drawEllipse(QPointF(random.bounded(4000.0), random.bounded(3000.0)),
                            20 + random.bounded(300.0), 20 + random.bounded(200.0));
    }
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(17)) - 8;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + noise, 255), qBound(0, qGreen(p) + noise, 255),
                           qBound(0, qBlue(p) + noise, 255));
        }
    }
    return image;
}

} // namespace

void runPhotoFigures(const QString &folder, int runs)
{
    const QString input = QDir(folder).filePath(QStringLiteral("photo-12mp.jpg"));
    const QString output = QDir(folder).filePath(QStringLiteral("photo-imagemagick.jpg"));
    QImageWriter writer(input, "jpeg");
    writer.setQuality(92);
    if (!writer.write(twelveMegapixels()))
        fail(QStringLiteral("12-megapixel JPEG"),
             makeError(ErrorCode::PhotoStoreFailed, input, writer.errorString()));
    const QString convert = QStandardPaths::findExecutable(QStringLiteral("convert"));

    const PhotoPreparer preparer;
    QList<double> comptoir;
    QList<double> imagemagick;
    qsizetype storedBytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto prepared = preparer.prepareFile(input);
        if (!prepared)
            fail(QStringLiteral("photo_prepare"), prepared.error());
        comptoir.append(elapsedMs(timer));
        storedBytes = prepared->jpeg.size();
        if (convert.isEmpty())
            continue;
        timer.restart();
        const int exit = QProcess::execute(convert,
                                           {input, QStringLiteral("-auto-orient"), QStringLiteral("-resize"),
                                            QStringLiteral("1600x1600>"), QStringLiteral("-strip"),
                                            QStringLiteral("-quality"), QStringLiteral("85"), output});
        if (exit != 0)
            fail(QStringLiteral("photo_prepare_imagemagick"),
                 makeError(ErrorCode::PhotoStoreFailed, output,
                           QStringLiteral("convert exited with %1").arg(exit)));
        imagemagick.append(elapsedMs(timer));
    }
    std::fprintf(stderr, "comptoir-bench: 12-megapixel JPEG of %lld bytes, stored form %lld bytes\n",
                 static_cast<long long>(QFileInfo(input).size()), static_cast<long long>(storedBytes));
    print("photo_prepare", "ms", summarise(comptoir));
    if (convert.isEmpty()) {
        std::printf(
            "{\"note\": \"photo_prepare_imagemagick skipped: convert (ImageMagick) is not installed\"}\n");
        std::fflush(stdout);
        return;
    }
    print("photo_prepare_imagemagick", "ms", summarise(imagemagick));
}

} // namespace comptoir::bench
