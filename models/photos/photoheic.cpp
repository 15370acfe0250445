// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/photoheic.h"

#include <libheif/heif.h>

#include <memory>

namespace comptoir::PhotoHeic {

namespace {

// libheif's objects, released whatever way the decoding ends.
struct ContextFree
{
    void operator()(heif_context *context) const { heif_context_free(context); }
};
struct HandleFree
{
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};
struct ImageFree
{
    void operator()(heif_image *image) const { heif_image_release(image); }
};
struct OptionsFree
{
    void operator()(heif_decoding_options *options) const { heif_decoding_options_free(options); }
};

// heif_init / heif_deinit are counted by libheif: each decoding holds one.
class HeifLibrary
{
public:
    HeifLibrary() { heif_init(nullptr); }
    ~HeifLibrary() { heif_deinit(); }
    HeifLibrary(const HeifLibrary &) = delete;
    HeifLibrary &operator=(const HeifLibrary &) = delete;
};

Error unreadable(const QString &sourceName, const heif_error &error)
{
    return makeError(ErrorCode::PhotoHeicUnreadable, sourceName, QString::fromUtf8(error.message));
}

} // namespace

bool isHeif(const QByteArray &bytes)
{
    if (bytes.size() < 12 || bytes.mid(4, 4) != "ftyp")
        return false;
    const heif_filetype_result type
        = heif_check_filetype(reinterpret_cast<const uint8_t *>(bytes.constData()), int(bytes.size()));
    return type == heif_filetype_yes_supported || type == heif_filetype_yes_unsupported;
}

Result<QImage> decode(const QByteArray &bytes, const QString &sourceName, qint64 maxPixels)
{
    const HeifLibrary library;
    std::unique_ptr<heif_context, ContextFree> context(heif_context_alloc());
    if (!context)
        return makeError(ErrorCode::PhotoHeicUnreadable, sourceName);
    heif_error error = heif_context_read_from_memory_without_copy(context.get(), bytes.constData(),
                                                                  size_t(bytes.size()), nullptr);
    if (error.code != heif_error_Ok)
        return unreadable(sourceName, error);
    heif_image_handle *rawHandle = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &rawHandle);
    if (error.code != heif_error_Ok)
        return unreadable(sourceName, error);
    std::unique_ptr<heif_image_handle, HandleFree> handle(rawHandle);

    // The declared size (after the file's rotation), before any pixel is decoded.
    const qint64 width = heif_image_handle_get_width(handle.get());
    const qint64 height = heif_image_handle_get_height(handle.get());
    if (width <= 0 || height <= 0)
        return makeError(ErrorCode::PhotoHeicUnreadable, sourceName);
    if (width * height > maxPixels)
        return makeError(ErrorCode::PhotoTooLarge, QStringLiteral("%1 × %2").arg(width).arg(height));

    std::unique_ptr<heif_decoding_options, OptionsFree> options(heif_decoding_options_alloc());
    options->ignore_transformations = 0;
    heif_image *rawImage = nullptr;
    error = heif_decode_image(handle.get(), &rawImage, heif_colorspace_RGB, heif_chroma_interleaved_RGB,
                              options.get());
    if (error.code != heif_error_Ok)
        return unreadable(sourceName, error);
    std::unique_ptr<heif_image, ImageFree> image(rawImage);

    int stride = 0;
    const uint8_t *plane = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int decodedWidth = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int decodedHeight = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!plane || decodedWidth <= 0 || decodedHeight <= 0)
        return makeError(ErrorCode::PhotoHeicUnreadable, sourceName);
    // A deep copy: the plane belongs to the heif_image released on return.
    return QImage(plane, decodedWidth, decodedHeight, stride, QImage::Format_RGB888).copy();
}

} // namespace comptoir::PhotoHeic
