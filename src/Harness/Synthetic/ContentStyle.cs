namespace LeakSpec.Synthetic;

/// <summary>
/// The look of one reference scene, drawn from its seed: a small palette, how strongly coloured and bright it is,
/// the size law of its shapes, their kind and texture. Distinct styles give each reference a recognisable identity,
/// which is what lets a network memorise it (and so what a leak can exploit).
/// </summary>
internal sealed record ContentStyle(
    double[] Hues,
    double Saturation,
    double ValueMean,
    double ValueSpread,
    double Alpha,
    double RMinFraction,
    double RMaxFraction,
    double EllipseShare,
    double RectShare,
    double TextureAmplitude,
    double TextureFrequency,
    double GradientAmplitude)
{
    public static ContentStyle Draw(Random rng)
    {
        var hueCount = 2 + rng.Next(3);
        var baseHue = rng.NextDouble();
        var hues = new double[hueCount];
        for (var i = 0; i < hueCount; i++)
        {
            // Palettes cluster around a base hue (as scenes do: foliage, sky, skin), with the odd outlier.
            hues[i] = (baseHue + ((rng.NextDouble() - 0.5) * (i == hueCount - 1 ? 1.0 : 0.25)) + 1.0) % 1.0;
        }

        return new ContentStyle(
            hues,
            Saturation: 0.25 + (0.65 * rng.NextDouble()),
            ValueMean: 0.35 + (0.35 * rng.NextDouble()),
            ValueSpread: 0.15 + (0.25 * rng.NextDouble()),
            Alpha: 2.2 + (1.4 * rng.NextDouble()),
            RMinFraction: 0.01 + (0.02 * rng.NextDouble()),
            RMaxFraction: 0.18 + (0.3 * rng.NextDouble()),
            EllipseShare: rng.NextDouble() * 0.6,
            RectShare: rng.NextDouble() * 0.5,
            TextureAmplitude: rng.NextDouble() * 0.25,
            TextureFrequency: 0.15 + (0.6 * rng.NextDouble()),
            GradientAmplitude: rng.NextDouble() * 0.3);
    }
}
