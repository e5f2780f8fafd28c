namespace LeakSpec.Synthetic;

/// <summary>
/// A video scene: a dead-leaves background twice the frame size, panned and slowly zoomed by a camera, with a few
/// opaque discs moving across it. Consecutive frames differ only by motion, so frames of one video look alike —
/// which is what lets a frame-level split leak.
/// </summary>
internal sealed class MovingScene
{
    /// <summary>Frames of a real KoNViD-1k clip: 8 s at the synthetic videos' <see cref="VideoEncoder.Fps"/>.</summary>
    public const int RealClipFrames = 8 * VideoEncoder.Fps;

    private readonly RgbImage background;
    private readonly int width;
    private readonly int height;
    private readonly double x0, y0, vx, vy, zoomRate;
    private readonly (double X, double Y, double Vx, double Vy, double R, float[] Colour)[] movers;

    public MovingScene(ContentStyle style, int width, int height, Random rng)
    {
        this.width = width;
        this.height = height;
        background = DeadLeaves.RenderRaw(style, 2 * width, 2 * height, rng);

        // The camera pans at most a quarter of the frame and zooms by up to ±5 % over the 8 s of a KoNViD-1k clip (a
        // hand-held shot), at the same speed per second in a shorter synthetic clip: a clip cut short for the budget
        // must not move four times as fast, or its frames would look less alike than a real clip's.
        var travel = 0.25 / RealClipFrames;
        x0 = rng.NextDouble() * 0.5 * width;
        y0 = rng.NextDouble() * 0.5 * height;
        vx = (rng.NextDouble() - 0.5) * 2 * travel * width;
        vy = (rng.NextDouble() - 0.5) * 2 * travel * height;
        zoomRate = 0.1 * (rng.NextDouble() - 0.5) / RealClipFrames;
        movers = new (double, double, double, double, double, float[])[1 + rng.Next(3)];
        for (var m = 0; m < movers.Length; m++)
        {
            var colour = DeadLeaves.Render(style, 1, 1, rng).Data;
            movers[m] = (rng.NextDouble() * width, rng.NextDouble() * height,
                (rng.NextDouble() - 0.5) * 0.5 * width / RealClipFrames, (rng.NextDouble() - 0.5) * 0.5 * height / RealClipFrames,
                (0.08 + (0.12 * rng.NextDouble())) * height, colour);
        }
    }

    public RgbImage Frame(int t)
    {
        var frame = new RgbImage(width, height);
        var zoom = 1.0 + (zoomRate * t);
        var scale = 1.5 / zoom;
        var ox = x0 + (vx * t);
        var oy = y0 + (vy * t);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Bilinear(ox + ((x + 0.5) * scale), oy + ((y + 0.5) * scale), frame.Data, ((y * width) + x) * 3);
            }
        }

        foreach (var (mx, my, mvx, mvy, r, colour) in movers)
        {
            DrawDisc(frame, mx + (mvx * t), my + (mvy * t), r, colour);
        }

        return frame;
    }

    private void Bilinear(double sx, double sy, float[] dst, int o)
    {
        var fx = Math.Clamp(sx - 0.5, 0, background.Width - 1.001);
        var fy = Math.Clamp(sy - 0.5, 0, background.Height - 1.001);
        int ix = (int)fx, iy = (int)fy;
        float ax = (float)(fx - ix), ay = (float)(fy - iy);
        var w = background.Width;
        var d = background.Data;
        for (var c = 0; c < 3; c++)
        {
            var top = (d[((iy * w) + ix) * 3 + c] * (1 - ax)) + (d[((iy * w) + ix + 1) * 3 + c] * ax);
            var bottom = (d[(((iy + 1) * w) + ix) * 3 + c] * (1 - ax)) + (d[(((iy + 1) * w) + ix + 1) * 3 + c] * ax);
            dst[o + c] = (top * (1 - ay)) + (bottom * ay);
        }
    }

    // Coverage-weighted edge (one pixel wide) so the moving discs are anti-aliased.
    private static void DrawDisc(RgbImage img, double cx, double cy, double r, float[] colour)
    {
        for (var y = Math.Max(0, (int)(cy - r - 1)); y <= Math.Min(img.Height - 1, (int)(cy + r + 1)); y++)
        {
            for (var x = Math.Max(0, (int)(cx - r - 1)); x <= Math.Min(img.Width - 1, (int)(cx + r + 1)); x++)
            {
                var dist = Math.Sqrt(((x + 0.5 - cx) * (x + 0.5 - cx)) + ((y + 0.5 - cy) * (y + 0.5 - cy)));
                var a = (float)Math.Clamp(r - dist + 0.5, 0, 1);
                var i = ((y * img.Width) + x) * 3;
                for (var c = 0; c < 3; c++)
                {
                    img.Data[i + c] = (img.Data[i + c] * (1 - a)) + (colour[c] * a);
                }
            }
        }
    }
}
