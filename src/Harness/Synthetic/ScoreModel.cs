namespace LeakSpec.Synthetic;

/// <summary>
/// The generative model of the synthetic scores (docs/synthetic.md, "Score model"):
/// <c>latent = PristineQuality + effect(type, level) + content</c>, squashed onto [0, 1] by a logistic of slope 1 at
/// 0.5, then rated by <see cref="RaterCount"/> simulated raters with noise <see cref="RaterSd"/>; the published
/// score is their mean on the dataset's scale.
/// </summary>
/// <remarks>
/// The content term is an idiosyncratic offset per reference image (TID2013, KADID-10k), per video (KoNViD-1k) or
/// per image (KonIQ-10k, LIVE-in-the-Wild). Nothing in the pixels predicts it, so a network can only get it by
/// having seen that content: exactly the share of quality that leaking test content into training buys, as on
/// real data. With the defaults, type and level alone reach SROCC ≈ 0.65–0.72 and the noise-free score ≈ 0.98.
/// </remarks>
public sealed record ScoreModel
{
    public static ScoreModel Default { get; } = new();

    /// <summary>Latent quality of an undistorted item with a zero content term (a good, not perfect, photo).</summary>
    public double PristineQuality { get; init; } = 0.80;

    /// <summary>
    /// Standard deviation of the content term. 0.14 makes it about half of the latent variance (measured 0.47–0.55 at
    /// `default`): large enough that memorising content pays off clearly (content-blind SROCC ≈ 0.65–0.72), small
    /// enough that the distortion, which is visible in the pixels, still explains most of the ranking.
    /// </summary>
    public double ContentSd { get; init; } = 0.14;

    /// <summary>Effect of level L is severity × (L/5)^exponent; 1 makes levels equally spaced in quality.</summary>
    public double LevelExponent { get; init; } = 1.0;

    /// <summary>Slope of the logistic squash (4 = slope 1 at the centre): keeps scores inside the scale without clipping ties.</summary>
    public double Steepness { get; init; } = 4.0;

    /// <summary>Noise of one rater on the [0, 1] scale (≈ 0.7 ACR points), as crowd ratings scatter.</summary>
    public double RaterSd { get; init; } = 0.18;

    /// <summary>Raters per item (KonIQ-10k draws 25–30 per image instead); the mean's noise is RaterSd/√n ≈ 0.036.</summary>
    public int RaterCount { get; init; } = 25;

    /// <summary>Refuses knobs that would give undefined or degenerate scores, naming the knob.</summary>
    public void Validate()
    {
        if (RaterCount < 2)
        {
            throw new ArgumentException($"ScoreModel.RaterCount: expected at least 2 raters (a standard deviation needs two), found {RaterCount}");
        }

        if (!(RaterSd >= 0) || !(ContentSd >= 0) || !(Steepness > 0) || !(LevelExponent > 0) || !double.IsFinite(PristineQuality))
        {
            throw new ArgumentException(
                $"ScoreModel: expected RaterSd >= 0, ContentSd >= 0, Steepness > 0, LevelExponent > 0 and a finite PristineQuality; found {this}");
        }
    }

    /// <summary>How much quality a distortion costs (≤ 0): its type's severity times the level curve.</summary>
    public double DistortionEffect(SyntheticDistortion type, int level) =>
        type == SyntheticDistortion.None ? 0.0 : -DistortionCatalog.Severity(type) * Math.Pow(level / 5.0, LevelExponent);

    /// <summary>Draws one content term.</summary>
    public double DrawContentTerm(Random rng) => ContentSd * rng.Normal();

    /// <summary>The noise-free quality on [0, 1], higher is better.</summary>
    public double UnitQuality(double distortionEffect, double contentTerm) =>
        1.0 / (1.0 + Math.Exp(-Steepness * (PristineQuality + distortionEffect + contentTerm - 0.5)));
}
