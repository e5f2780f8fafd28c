using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace LeakSpec.Datasets;

/// <summary>
/// Reads images through ImageSharp with a size cap checked on the header first, so that a huge (or hostile)
/// image is refused before any pixel memory is allocated.
/// </summary>
public static class ImageIo
{
    public const long DefaultMaxPixels = 40_000_000;

    public static RgbImage Read(string path, long maxPixels = DefaultMaxPixels) => Read(path, maxPixels, null);

    /// <summary>Reads and, when <paramref name="resize"/> is given, resamples (bicubic) to that width and height.</summary>
    public static RgbImage Read(string path, long maxPixels, (int Width, int Height)? resize)
    {
        Identify(path, maxPixels);
        try
        {
            using var image = Image.Load<Rgb24>(path);
            if (resize is { } size && (size.Width != image.Width || size.Height != image.Height))
            {
                image.Mutate(x => x.Resize(size.Width, size.Height, KnownResamplers.Bicubic));
            }

            var pixels = new byte[checked(image.Width * image.Height * 3)];
            image.CopyPixelDataTo(MemoryMarshal.Cast<byte, Rgb24>(pixels.AsSpan()));
            return new RgbImage(image.Width, image.Height, pixels);
        }
        catch (Exception e) when (e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            throw new MediaReadException(path, $"cannot decode the image: {e.Message}", e);
        }
    }

    /// <summary>Checks that the file exists, is not empty, has a recognised header and at most maxPixels pixels.</summary>
    public static (int Width, int Height) Identify(string path, long maxPixels = DefaultMaxPixels)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new MediaReadException(path, "image file not found");
        }

        if (info.Length == 0)
        {
            throw new MediaReadException(path, "image file is empty (0 bytes)");
        }

        IImageInfo? header;
        try
        {
            header = Image.Identify(path);
        }
        catch (Exception e) when (e is ImageFormatException or InvalidImageContentException or NotSupportedException or IOException)
        {
            throw new MediaReadException(path, $"cannot read the image header: {e.Message}", e);
        }

        if (header is null)
        {
            throw new MediaReadException(path, "not an image in a format ImageSharp reads (expected BMP, PNG, JPEG, GIF, TIFF, TGA, PBM or WebP)");
        }

        if ((long)header.Width * header.Height > maxPixels)
        {
            throw new MediaReadException(
                path,
                $"image is {header.Width}x{header.Height} = {(long)header.Width * header.Height} pixels, more than the allowed {maxPixels} (LoadOptions.MaxImagePixels)");
        }

        return (header.Width, header.Height);
    }
}
