namespace LeakSpec.Synthetic;

/// <summary>
/// Applies a distortion at level 1–5 to the pixels. Spatial parameters are given for 64 px wide images and scaled
/// with the width, so a tiny 32 px image and a default 64 px one look equally damaged at the same level.
/// </summary>
internal static class Distorter
{
    private static readonly double[] BlurSigma = [0.5, 0.9, 1.3, 1.8, 2.5];
    private static readonly double[] NoiseSigma = [0.02, 0.04, 0.07, 0.10, 0.15];
    private static readonly int[] JpegQuality = [50, 30, 18, 10, 5];
    private static readonly double[] ContrastFactor = [0.8, 0.65, 0.5, 0.35, 0.22];
    private static readonly double[] SaturationFactor = [0.7, 0.5, 0.3, 0.15, 0.0];
    private static readonly double[] ImpulseShare = [0.01, 0.03, 0.06, 0.10, 0.15];
    private static readonly int[] QuantizeLevels = [24, 14, 8, 5, 3];
    private static readonly double[] BrightenGamma = [0.8, 0.65, 0.5, 0.4, 0.3];
    private static readonly double[] DarkenGamma = [1.3, 1.6, 2.0, 2.5, 3.0];

    /// <summary>The H.264 CRF of the compression levels (videos); undistorted videos use <see cref="CleanCrf"/>.</summary>
    public static readonly int[] Crf = [30, 36, 41, 46, 51];

    public const int CleanCrf = 20;

    public static RgbImage Apply(RgbImage source, SyntheticDistortion type, int level, Random rng)
    {
        if (type == SyntheticDistortion.None || type == SyntheticDistortion.Compression)
        {
            return source.Clone();
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 5);
        var k = level - 1;
        var scale = source.Width / 64.0;
        var img = source.Clone();
        switch (type)
        {
            case SyntheticDistortion.GaussianBlur:
                return GaussianBlur(img, BlurSigma[k] * scale);
            case SyntheticDistortion.GaussianNoise:
                PerPixel(img, v => v + (float)(NoiseSigma[k] * rng.Normal()));
                break;
            case SyntheticDistortion.Jpeg:
                return ImageCodec.JpegRoundTrip(img, JpegQuality[k]);
            case SyntheticDistortion.Contrast:
                var mean = img.Data.Average();
                PerPixel(img, v => (float)(mean + ((v - mean) * ContrastFactor[k])));
                break;
            case SyntheticDistortion.Saturation:
                Desaturate(img, SaturationFactor[k]);
                break;
            case SyntheticDistortion.Pixelate:
                return Pixelate(img, (int)Math.Max(2, Math.Round((2 + (1.5 * k)) * scale, MidpointRounding.AwayFromZero)));
            case SyntheticDistortion.Impulse:
                Impulse(img, ImpulseShare[k], rng);
                break;
            case SyntheticDistortion.Quantize:
                var q = QuantizeLevels[k] - 1;
                PerPixel(img, v => MathF.Round(Math.Clamp(v, 0f, 1f) * q, MidpointRounding.AwayFromZero) / q);
                break;
            case SyntheticDistortion.Brighten:
                PerPixel(img, v => MathF.Pow(Math.Clamp(v, 0f, 1f), (float)BrightenGamma[k]));
                break;
            case SyntheticDistortion.Darken:
                PerPixel(img, v => MathF.Pow(Math.Clamp(v, 0f, 1f), (float)DarkenGamma[k]) * (float)(1.0 - (0.08 * k)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "no pixel operation for this distortion");
        }

        img.Clamp();
        return img;
    }

    public static RgbImage GaussianBlur(RgbImage img, double sigma)
    {
        var radius = Math.Max(1, (int)Math.Ceiling(3 * sigma));
        var kernel = new float[(2 * radius) + 1];
        var sum = 0.0;
        for (var i = -radius; i <= radius; i++)
        {
            var w = Math.Exp(-(i * i) / (2 * sigma * sigma));
            kernel[i + radius] = (float)w;
            sum += w;
        }

        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= (float)sum;
        }

        var tmp = new RgbImage(img.Width, img.Height);
        var result = new RgbImage(img.Width, img.Height);
        Convolve(img, tmp, kernel, radius, horizontal: true);
        Convolve(tmp, result, kernel, radius, horizontal: false);
        return result;
    }

    // Edges are clamped (replicated), as camera pipelines and most image libraries do.
    private static void Convolve(RgbImage src, RgbImage dst, float[] kernel, int radius, bool horizontal)
    {
        int w = src.Width, h = src.Height;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                float r = 0, g = 0, b = 0;
                for (var t = -radius; t <= radius; t++)
                {
                    var sx = horizontal ? Math.Clamp(x + t, 0, w - 1) : x;
                    var sy = horizontal ? y : Math.Clamp(y + t, 0, h - 1);
                    var i = ((sy * w) + sx) * 3;
                    var kv = kernel[t + radius];
                    r += src.Data[i] * kv;
                    g += src.Data[i + 1] * kv;
                    b += src.Data[i + 2] * kv;
                }

                var o = ((y * w) + x) * 3;
                dst.Data[o] = r;
                dst.Data[o + 1] = g;
                dst.Data[o + 2] = b;
            }
        }
    }

    private static void PerPixel(RgbImage img, Func<float, float> f)
    {
        for (var i = 0; i < img.Data.Length; i++)
        {
            img.Data[i] = f(img.Data[i]);
        }
    }

    private static void Desaturate(RgbImage img, double factor)
    {
        for (var i = 0; i < img.Data.Length; i += 3)
        {
            var grey = (0.299f * img.Data[i]) + (0.587f * img.Data[i + 1]) + (0.114f * img.Data[i + 2]);
            for (var c = 0; c < 3; c++)
            {
                img.Data[i + c] = (float)(grey + ((img.Data[i + c] - grey) * factor));
            }
        }
    }

    private static RgbImage Pixelate(RgbImage img, int block)
    {
        var result = new RgbImage(img.Width, img.Height);
        for (var by = 0; by < img.Height; by += block)
        {
            for (var bx = 0; bx < img.Width; bx += block)
            {
                int y1 = Math.Min(by + block, img.Height), x1 = Math.Min(bx + block, img.Width);
                var n = (y1 - by) * (x1 - bx);
                for (var c = 0; c < 3; c++)
                {
                    var sum = 0f;
                    for (var y = by; y < y1; y++)
                    {
                        for (var x = bx; x < x1; x++)
                        {
                            sum += img.Data[((y * img.Width) + x) * 3 + c];
                        }
                    }

                    for (var y = by; y < y1; y++)
                    {
                        for (var x = bx; x < x1; x++)
                        {
                            result.Data[((y * img.Width) + x) * 3 + c] = sum / n;
                        }
                    }
                }
            }
        }

        return result;
    }

    private static void Impulse(RgbImage img, double share, Random rng)
    {
        for (var i = 0; i < img.Data.Length; i += 3)
        {
            if (rng.NextDouble() < share)
            {
                var v = rng.NextDouble() < 0.5 ? 0f : 1f;
                img.Data[i] = img.Data[i + 1] = img.Data[i + 2] = v;
            }
        }
    }
}
