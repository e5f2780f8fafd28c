namespace LeakSpec.Synthetic;

/// <summary>
/// The dead-leaves model (as in camera texture-loss testing): opaque shapes with power-law radii fall onto the
/// canvas one after another and occlude what lies below. It has the scale invariance and occlusion edges of
/// natural images, which is what makes blur, noise and compression look and matter as they do on photos.
/// </summary>
internal static class DeadLeaves
{
    private const int Supersample = 2;

    /// <summary>Renders a width×height scene, anti-aliased by drawing at twice the size and averaging.</summary>
    public static RgbImage Render(ContentStyle style, int width, int height, Random rng) =>
        RenderRaw(style, width * Supersample, height * Supersample, rng).Downsample(Supersample);

    /// <summary>Renders at the given size without anti-aliasing (video backgrounds are resampled anyway).</summary>
    public static RgbImage RenderRaw(ContentStyle style, int width, int height, Random rng)
    {
        var image = new RgbImage(width, height);
        var size = Math.Max(width, height);
        var rMin = Math.Max(1.0, style.RMinFraction * size);
        var rMax = Math.Max(rMin + 1, style.RMaxFraction * size);
        Fill(image, Colour(style, rng));

        // Enough leaves that their total area covers the canvas several times over: the visible
        // layer is then almost entirely leaves, the background shows through nowhere.
        var covered = 0.0;
        var target = 4.0 * width * height;
        for (var n = 0; n < 20000 && covered < target; n++)
        {
            var r = PowerLaw(rng, rMin, rMax, style.Alpha);
            covered += Math.PI * r * r;
            DrawLeaf(image, style, rng, r);
        }

        return image;
    }

    private static double PowerLaw(Random rng, double rMin, double rMax, double alpha)
    {
        var a = 1 - alpha;
        var lo = Math.Pow(rMin, a);
        var hi = Math.Pow(rMax, a);
        return Math.Pow(lo + (rng.NextDouble() * (hi - lo)), 1 / a);
    }

    private static void DrawLeaf(RgbImage image, ContentStyle style, Random rng, double r)
    {
        var cx = (rng.NextDouble() * (image.Width + (2 * r))) - r;
        var cy = (rng.NextDouble() * (image.Height + (2 * r))) - r;
        var kind = rng.NextDouble();
        var isRect = kind < style.RectShare;
        var isEllipse = !isRect && kind < style.RectShare + style.EllipseShare;
        var aspect = isEllipse || isRect ? 0.4 + (0.6 * rng.NextDouble()) : 1.0;
        var angle = rng.NextDouble() * Math.PI;
        var (ca, sa) = (Math.Cos(angle), Math.Sin(angle));
        var colour = Colour(style, rng);
        var stripeAngle = rng.NextDouble() * Math.PI;
        var (sx, sy) = (Math.Cos(stripeAngle) * style.TextureFrequency, Math.Sin(stripeAngle) * style.TextureFrequency);
        var phase = rng.NextDouble() * 2 * Math.PI;
        var gradient = (rng.NextDouble() - 0.5) * 2 * style.GradientAmplitude / r;

        var x0 = Math.Max(0, (int)Math.Floor(cx - r));
        var x1 = Math.Min(image.Width - 1, (int)Math.Ceiling(cx + r));
        var y0 = Math.Max(0, (int)Math.Floor(cy - r));
        var y1 = Math.Min(image.Height - 1, (int)Math.Ceiling(cy + r));
        var data = image.Data;
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                var dx = x + 0.5 - cx;
                var dy = y + 0.5 - cy;
                var u = ((dx * ca) + (dy * sa)) / r;
                var v = ((-dx * sa) + (dy * ca)) / (r * aspect);
                var inside = isRect ? Math.Abs(u) <= 0.8 && Math.Abs(v) <= 0.8 : (u * u) + (v * v) <= 1.0;
                if (!inside)
                {
                    continue;
                }

                var shade = 1.0 + (style.TextureAmplitude * Math.Sin((dx * sx) + (dy * sy) + phase)) + (gradient * dx);
                var i = ((y * image.Width) + x) * 3;
                data[i] = (float)Math.Clamp(colour.R * shade, 0, 1);
                data[i + 1] = (float)Math.Clamp(colour.G * shade, 0, 1);
                data[i + 2] = (float)Math.Clamp(colour.B * shade, 0, 1);
            }
        }
    }

    private static void Fill(RgbImage image, (double R, double G, double B) colour)
    {
        for (var i = 0; i < image.Data.Length; i += 3)
        {
            image.Data[i] = (float)colour.R;
            image.Data[i + 1] = (float)colour.G;
            image.Data[i + 2] = (float)colour.B;
        }
    }

    private static (double R, double G, double B) Colour(ContentStyle style, Random rng)
    {
        var hue = (style.Hues[rng.Next(style.Hues.Length)] + ((rng.NextDouble() - 0.5) * 0.06) + 1.0) % 1.0;
        var sat = Math.Clamp(style.Saturation + ((rng.NextDouble() - 0.5) * 0.3), 0, 1);
        var val = Math.Clamp(style.ValueMean + ((rng.NextDouble() - 0.5) * 2 * style.ValueSpread), 0.05, 1);
        return HsvToRgb(hue, sat, val);
    }

    private static (double R, double G, double B) HsvToRgb(double h, double s, double v)
    {
        var h6 = h * 6;
        var i = (int)Math.Floor(h6) % 6;
        var f = h6 - Math.Floor(h6);
        var p = v * (1 - s);
        var q = v * (1 - (s * f));
        var t = v * (1 - (s * (1 - f)));
        return i switch
        {
            0 => (v, t, p),
            1 => (q, v, p),
            2 => (p, v, t),
            3 => (p, q, v),
            4 => (t, p, v),
            _ => (v, p, q),
        };
    }
}
