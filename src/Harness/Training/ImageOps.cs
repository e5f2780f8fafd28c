using LeakSpec.Datasets;

namespace LeakSpec.Training;

/// <summary>Pure operations on 8-bit HWC RGB images: crops, flips, bilinear resize. Randomness only through a passed generator.</summary>
public static class ImageOps
{
    public static RgbImage Crop(RgbImage image, int x, int y, int width, int height)
    {
        Check(image);
        if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > image.Width || y + height > image.Height)
        {
            throw new ArgumentException($"Crop {width}×{height} at ({x}, {y}) does not fit a {image.Width}×{image.Height} image.");
        }

        var dst = new byte[width * height * 3];
        for (var r = 0; r < height; r++)
        {
            Array.Copy(image.Pixels, (((y + r) * image.Width) + x) * 3, dst, r * width * 3, width * 3);
        }

        return new RgbImage(width, height, dst);
    }

    /// <summary>The centred square; with odd slack the extra pixel is on the right/bottom (as torchvision's CenterCrop rounds).</summary>
    public static RgbImage CentreCrop(RgbImage image, int size)
    {
        Check(image);
        return Crop(image, (int)Math.Round((image.Width - size) / 2.0, MidpointRounding.ToEven), (int)Math.Round((image.Height - size) / 2.0, MidpointRounding.ToEven), size, size);
    }

    public static RgbImage RandomCrop(RgbImage image, int size, Random rng)
    {
        Check(image);
        if (size > image.Width || size > image.Height)
        {
            throw new ArgumentException($"Random crop {size}×{size} does not fit a {image.Width}×{image.Height} image.");
        }

        var x = rng.Next(image.Width - size + 1);
        var y = rng.Next(image.Height - size + 1);
        return Crop(image, x, y, size, size);
    }

    public static RgbImage FlipHorizontal(RgbImage image)
    {
        Check(image);
        var dst = new byte[image.Pixels.Length];
        for (var r = 0; r < image.Height; r++)
        {
            for (var c = 0; c < image.Width; c++)
            {
                var s = ((r * image.Width) + c) * 3;
                var d = ((r * image.Width) + (image.Width - 1 - c)) * 3;
                dst[d] = image.Pixels[s];
                dst[d + 1] = image.Pixels[s + 1];
                dst[d + 2] = image.Pixels[s + 2];
            }
        }

        return new RgbImage(image.Width, image.Height, dst);
    }

    /// <summary>Resizes so the shorter side is <paramref name="shorter"/>, keeping the aspect ratio (rounded).</summary>
    public static RgbImage ResizeShorterSide(RgbImage image, int shorter)
    {
        Check(image);
        var scale = (double)shorter / Math.Min(image.Width, image.Height);
        return image.Width <= image.Height
            ? Resize(image, shorter, Math.Max(1, (int)Math.Round(image.Height * scale)))
            : Resize(image, Math.Max(1, (int)Math.Round(image.Width * scale)), shorter);
    }

    /// <summary>
    /// Bilinear resize with half-pixel centres and edge clamping, the convention of PyTorch's
    /// interpolate(mode="bilinear", align_corners=False, antialias=False); results rounded to the nearest byte.
    /// </summary>
    public static RgbImage Resize(RgbImage image, int width, int height)
    {
        Check(image);
        if (width < 1 || height < 1)
        {
            throw new ArgumentException($"Resize target must be positive, got {width}×{height}.");
        }

        if (width == image.Width && height == image.Height)
        {
            return image;
        }

        var dst = new byte[width * height * 3];
        var sx = (double)image.Width / width;
        var sy = (double)image.Height / height;
        for (var r = 0; r < height; r++)
        {
            var (y0, y1, fy) = Taps((r + 0.5) * sy - 0.5, image.Height);
            for (var c = 0; c < width; c++)
            {
                var (x0, x1, fx) = Taps((c + 0.5) * sx - 0.5, image.Width);
                for (var ch = 0; ch < 3; ch++)
                {
                    double P(int yy, int xx) => image.Pixels[(((yy * image.Width) + xx) * 3) + ch];
                    var top = P(y0, x0) + ((P(y0, x1) - P(y0, x0)) * fx);
                    var bottom = P(y1, x0) + ((P(y1, x1) - P(y1, x0)) * fx);
                    var v = top + ((bottom - top) * fy);
                    dst[(((r * width) + c) * 3) + ch] = (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 255);
                }
            }
        }

        return new RgbImage(width, height, dst);
    }

    internal static void Check(RgbImage image)
    {
        if (image.Width < 1 || image.Height < 1 || image.Pixels.Length != image.Width * image.Height * 3)
        {
            throw new ArgumentException($"RgbImage: expected {image.Width}×{image.Height}×3 = {(long)image.Width * image.Height * 3} bytes, got {image.Pixels.Length}.");
        }
    }

    private static (int Lo, int Hi, double Frac) Taps(double src, int size)
    {
        // PyTorch clamps negative source coordinates to 0 before splitting into index and fraction.
        src = Math.Max(src, 0);
        var lo = Math.Min((int)Math.Floor(src), size - 1);
        var hi = Math.Min(lo + 1, size - 1);
        return (lo, hi, src - lo);
    }
}
