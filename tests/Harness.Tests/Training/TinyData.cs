using LeakSpec.Datasets;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

/// <summary>Seeded random-content images and scores for fast training tests.</summary>
internal static class TinyData
{
    public static RgbImage Image(int width, int height, Random rng)
    {
        var px = new byte[width * height * 3];
        rng.NextBytes(px);
        return new RgbImage(width, height, px);
    }

    /// <summary>Random images with uniform random scores in [0, 5): under five equal bins, random labels.</summary>
    public static IReadOnlyList<LabeledImage> Labeled(int count, int size, int seed, string prefix = "img")
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new LabeledImage($"{prefix}{i}", Image(size, size, rng), rng.NextDouble() * 5)).ToArray();
    }

    /// <summary>An image whose pixel (x, y) is (x, y, x + y), so crops can be checked exactly.</summary>
    public static RgbImage Coordinates(int width, int height)
    {
        var px = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var o = ((y * width) + x) * 3;
                (px[o], px[o + 1], px[o + 2]) = ((byte)x, (byte)y, (byte)(x + y));
            }
        }

        return new RgbImage(width, height, px);
    }

    public static string FixturePath(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "fixtures", .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"fixtures/{string.Join("/", parts)} not found above {AppContext.BaseDirectory}.");
    }
}
