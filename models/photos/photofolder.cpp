// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/photofolder.h"

#include "models/photos/photoinbox.h"
#include "models/photos/photopreparer.h"
#include "models/photos/productphotos.h"
#include "models/storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace comptoir {

PhotoFolder::PhotoFolder(Database &db, ProductPhotos &photos, PhotoInbox &inbox)
    : m_db(db), m_photos(photos), m_inbox(inbox)
{ }

bool PhotoFolder::isPhotoFile(const QString &fileName)
{
    static const QStringList suffixes {QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                       QStringLiteral("png"),  QStringLiteral("webp"),
                                       QStringLiteral("heic"), QStringLiteral("heif")};
    const QFileInfo info(fileName);
    if (info.fileName().startsWith(QLatin1Char('.')) || info.completeBaseName().isEmpty())
        return false;
    return suffixes.contains(info.suffix().toLower());
}

QStringList PhotoFolder::codesOf(const QString &fileName)
{
    const QString stem = QFileInfo(fileName).completeBaseName().trimmed();
    if (stem.isEmpty())
        return {};
    QStringList codes {stem};
    // "CODE-2", "CODE_2", "CODE 2", "CODE (2)": a further photo of CODE.
    static const QRegularExpression numbered(QStringLiteral("^(.+?)(?:[-_ ]\\d{1,2}| ?\\(\\d{1,2}\\))$"));
    const QRegularExpressionMatch match = numbered.match(stem);
    if (match.hasMatch())
        codes.append(match.captured(1).trimmed());
    return codes;
}

QStringList PhotoFolder::photoFiles(const QString &folder)
{
    // By code, then by photo number: "CODE.jpg" (the main photo) before "CODE-2.jpg", before
    // "CODE-10.jpg".
    struct Entry
    {
        QString code;
        int number = 0;
        QString name;
    };
    QList<Entry> entries;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        if (!isPhotoFile(name))
            continue;
        const QStringList codes = codesOf(name);
        Entry entry {codes.last().toLower(), 0, name};
        if (codes.size() > 1) {
            static const QRegularExpression digits(QStringLiteral("(\\d+)\\)?$"));
            entry.number = digits.match(codes.first()).captured(1).toInt();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.code, a.number, a.name) < std::tie(b.code, b.number, b.name);
    });
    QStringList files;
    for (const Entry &entry : std::as_const(entries))
        files.append(entry.name);
    return files;
}

Result<std::optional<qint64>> PhotoFolder::productFor(const QString &fileName) const
{
    const QStringList codes = codesOf(fileName);
    for (const QString &code : codes) {
        auto product = productWithCode(m_db, code);
        if (!product || *product)
            return product;
    }
    return std::optional<qint64>();
}

Result<bool> PhotoFolder::known(const QString &sha256) const
{
    auto rows = m_db.rows(QStringLiteral("SELECT 1 FROM photo_files WHERE sha256 = ?"), {sha256});
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

QString PhotoFolder::productName(qint64 productId) const
{
    auto rows = m_db.rows(QStringLiteral("SELECT name FROM products WHERE id = ?"), {productId});
    return rows && !rows->isEmpty() ? rows->first().first().toString() : QString();
}

FolderPhoto PhotoFolder::take(const QString &fileName, const Result<PreparedPhoto> &prepared)
{
    FolderPhoto result;
    result.fileName = QFileInfo(fileName).fileName();
    if (!prepared) {
        result.error = prepared.error();
        return result;
    }
    result.sha256 = prepared->sha256;
    result.tooSmall = prepared->tooSmall;
    auto product = productFor(result.fileName);
    if (!product) {
        result.error = product.error();
        return result;
    }
    if (*product)
        return attach(result, **product, *prepared);
    auto isKnown = known(prepared->sha256);
    if (!isKnown) {
        result.error = isKnown.error();
        return result;
    }
    if (*isKnown) {
        result.outcome = FolderPhoto::Outcome::Skipped;
        return result;
    }
    if (Status put = m_inbox.put(*prepared); !put) {
        result.error = put.error();
        return result;
    }
    result.outcome = FolderPhoto::Outcome::Inbox;
    return result;
}

FolderPhoto PhotoFolder::attach(FolderPhoto result, qint64 productId, const PreparedPhoto &photo)
{
    result.productId = productId;
    result.productName = productName(productId);
    auto current = m_photos.photosOf(productId);
    if (!current) {
        result.error = current.error();
        return result;
    }
    if (current->contains(photo.sha256)) {
        result.outcome = FolderPhoto::Outcome::Skipped;
        return result;
    }
    // A photo that waited in the inbox until its product existed: moved from there.
    auto inInbox = m_inbox.contains(photo.sha256);
    if (!inInbox) {
        result.error = inInbox.error();
        return result;
    }
    const Status added = *inInbox ? m_inbox.assign(photo.sha256, productId) : m_photos.add(productId, photo);
    if (!added) {
        result.error = added.error();
        return result;
    }
    result.outcome = FolderPhoto::Outcome::Attached;
    return result;
}

QList<FolderPhoto> PhotoFolder::takeAll(const QString &folder, const PhotoPreparer &preparer)
{
    QList<FolderPhoto> results;
    const QDir dir(folder);
    const QStringList files = photoFiles(folder);
    for (const QString &name : files)
        results.append(take(name, preparer.prepareFile(dir.filePath(name))));
    return results;
}

} // namespace comptoir
