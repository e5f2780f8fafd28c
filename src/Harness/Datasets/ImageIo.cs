using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SkiaSharp;

namespace LeakSpec.Datasets;

/// <summary>
/// Reads dataset images — untrusted input — with SkiaSharp's codecs (libpng, libjpeg-turbo, libwebp, …, maintained
/// with Chrome's), with a size cap checked on the header first, so that a huge (or hostile) image is refused before any
/// pixel memory is allocated. ImageSharp 2.1 (which has reported flaws with crafted images) no longer decodes files
/// here; it only resamples pixel buffers already decoded, so resized reads are unchanged.
/// </summary>
public static class ImageIo
{
    public const long DefaultMaxPixels = 40_000_000;

    private static readonly SKEncodedImageFormat[] Formats =
        [SKEncodedImageFormat.Bmp, SKEncodedImageFormat.Png, SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Gif, SKEncodedImageFormat.Webp];

    public static RgbImage Read(string path, long maxPixels = DefaultMaxPixels) => Read(path, maxPixels, null);

    /// <summary>Reads and, when <paramref name="resize"/> is given, resamples (bicubic) to that width and height.</summary>
    public static RgbImage Read(string path, long maxPixels, (int Width, int Height)? resize)
    {
        var decoded = Decode(path, maxPixels);
        if (resize is not { } size || (size.Width == decoded.Width && size.Height == decoded.Height))
        {
            return decoded;
        }

        using var image = Image.LoadPixelData<Rgb24>(decoded.Pixels, decoded.Width, decoded.Height);
        image.Mutate(x => x.Resize(size.Width, size.Height, KnownResamplers.Bicubic));
        var pixels = new byte[checked(image.Width * image.Height * 3)];
        image.CopyPixelDataTo(MemoryMarshal.Cast<byte, Rgb24>(pixels.AsSpan()));
        return new RgbImage(image.Width, image.Height, pixels);
    }

    /// <summary>Checks that the file exists, is not empty, has a recognised header and at most maxPixels pixels.</summary>
    public static (int Width, int Height) Identify(string path, long maxPixels = DefaultMaxPixels)
    {
        using var codec = OpenCodec(path, maxPixels);
        return (codec.Info.Width, codec.Info.Height);
    }

    private static RgbImage Decode(string path, long maxPixels)
    {
        using var codec = OpenCodec(path, maxPixels);
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        // Unpremultiplied RGBA without a colour space: the stored values, no ICC conversion and no alpha compositing
        // (as ImageSharp's Load<Rgb24> did), so lossless files keep their exact pixels.
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = new byte[checked(w * h * 4)];
        var handle = GCHandle.Alloc(rgba, GCHandleType.Pinned);
        SKCodecResult result;
        try
        {
            result = codec.GetPixels(info, handle.AddrOfPinnedObject());
        }
        finally
        {
            handle.Free();
        }

        if (result != SKCodecResult.Success)
        {
            throw new MediaReadException(path, result == SKCodecResult.IncompleteInput
                ? $"the {codec.EncodedFormat} data ends early (truncated file); expected {w}x{h} pixels"
                : $"cannot decode the {codec.EncodedFormat} image ({result})");
        }

        var rgb = new byte[checked(w * h * 3)];
        for (int i = 0, j = 0; j < rgb.Length; i += 4, j += 3)
        {
            rgb[j] = rgba[i];
            rgb[j + 1] = rgba[i + 1];
            rgb[j + 2] = rgba[i + 2];
        }

        return new RgbImage(w, h, rgb);
    }

    private static SKCodec OpenCodec(string path, long maxPixels)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new MediaReadException(path, "image file not found");
        }

        if (file.Length == 0)
        {
            throw new MediaReadException(path, "image file is empty (0 bytes)");
        }

        SKCodec? codec;
        try
        {
            // The codec reads only the header here; pixels are decoded on request, after the checks below.
            codec = SKCodec.Create(path, out var status);
            if (codec is null)
            {
                throw new MediaReadException(path, $"not an image in a format this reader decodes (expected BMP, PNG, JPEG, GIF or WebP; {status})");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MediaReadException(path, $"cannot read the image header: {e.Message}", e);
        }

        if (!Formats.Contains(codec.EncodedFormat))
        {
            var format = codec.EncodedFormat;
            codec.Dispose();
            throw new MediaReadException(path, $"{format} images are not read; expected BMP, PNG, JPEG, GIF or WebP");
        }

        var (w, h) = (codec.Info.Width, codec.Info.Height);
        if ((long)w * h > maxPixels)
        {
            codec.Dispose();
            throw new MediaReadException(path, $"image is {w}x{h} = {(long)w * h} pixels, more than the allowed {maxPixels} (LoadOptions.MaxImagePixels)");
        }

        return codec;
    }
}
