// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-iconrender SVG OUTDIR SIZE...: renders the application icon (one SVG) into the fixed
// sizes of the hicolor theme, OUTDIR/<size>x<size>/apps/comptoir.png, with Qt's SVG renderer.
// Run at build time (installer/CMakeLists.txt), so the PNGs always follow the SVG.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: comptoir-iconrender SVG OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "comptoir-iconrender: cannot read " << args.at(1) << Qt::endl;
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            err << "comptoir-iconrender: not a size: " << args.at(i) << Qt::endl;
            return 2;
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(folder)) {
            err << "comptoir-iconrender: cannot create " << folder << Qt::endl;
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            svg.render(&painter, QRectF(0, 0, size, size));
        }
        const QString file = folder + QStringLiteral("/comptoir.png");
        if (!image.save(file, "PNG")) {
            err << "comptoir-iconrender: cannot write " << file << Qt::endl;
            return 1;
        }
    }
    return 0;
}
