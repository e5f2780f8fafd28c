namespace LeakSpec.Harness.Tests.Models;

/// <summary>
/// A deterministic natural-looking test image (the dead-leaves model used in camera testing: occluding discs with
/// power-law radii, plus a smooth illumination gradient), so network activations look like those of real photos.
/// </summary>
internal static class DeadLeavesImage
{
    /// <summary>3×H×W planar RGB in [0, 1].</summary>
    public static float[] Rgb01(int seed, int height, int width)
    {
        var random = new Random(seed);
        var rgb = new float[3 * height * width];
        var minSide = Math.Min(height, width);
        for (var disc = 0; disc < 400; disc++)
        {
            var radius = minSide * 0.01 / Math.Pow(1 - (random.NextDouble() * 0.97), 1.0 / 2.0);
            var cx = random.NextDouble() * width;
            var cy = random.NextDouble() * height;
            var colour = new[] { random.NextSingle(), random.NextSingle(), random.NextSingle() };
            for (var y = Math.Max(0, (int)(cy - radius)); y < Math.Min(height, (int)(cy + radius) + 1); y++)
            {
                for (var x = Math.Max(0, (int)(cx - radius)); x < Math.Min(width, (int)(cx + radius) + 1); x++)
                {
                    if (((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius)
                    {
                        for (var c = 0; c < 3; c++)
                        {
                            rgb[(c * height * width) + (y * width) + x] = colour[c];
                        }
                    }
                }
            }
        }

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var light = 0.6f + (0.4f * (x + y) / (height + width));
                for (var c = 0; c < 3; c++)
                {
                    var i = (c * height * width) + (y * width) + x;
                    rgb[i] = Math.Clamp((rgb[i] * light) + (0.02f * (random.NextSingle() - 0.5f)), 0f, 1f);
                }
            }
        }

        return rgb;
    }
}
