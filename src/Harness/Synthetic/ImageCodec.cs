using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace LeakSpec.Synthetic;

/// <summary>Encodes images with ImageSharp's managed encoders (no metadata, no clock: byte-deterministic).</summary>
internal static class ImageCodec
{
    public static byte[] Png(RgbImage image) => Encode(image, new PngEncoder { ColorType = PngColorType.Rgb, BitDepth = PngBitDepth.Bit8 });

    public static byte[] Bmp(RgbImage image) => Encode(image, new BmpEncoder { BitsPerPixel = BmpBitsPerPixel.Pixel24 });

    public static byte[] Jpeg(RgbImage image, int quality) => Encode(image, new JpegEncoder { Quality = quality });

    /// <summary>Compresses and decodes again: the artefacts are baked into the pixels (for PNG/BMP outputs).</summary>
    public static RgbImage JpegRoundTrip(RgbImage image, int quality)
    {
        var bytes = Jpeg(image, quality);
        using var decoded = Image.Load<Rgb24>(bytes);
        var rgb = new byte[image.Width * image.Height * 3];
        decoded.CopyPixelDataTo(rgb);
        return RgbImage.FromRgb24(rgb, image.Width, image.Height);
    }

    private static byte[] Encode(RgbImage image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var img = Image.LoadPixelData<Rgb24>(image.ToRgb24(), image.Width, image.Height);
        using var ms = new MemoryStream();
        img.Save(ms, encoder);
        return ms.ToArray();
    }
}
