namespace LeakSpec.Experiments;

/// <summary>One number the paper reports for a claim, and how close a Full-tier run must come to it.</summary>
/// <param name="Metric">"PLCC", "SROCC" or a <see cref="ScalarKeys"/> name; accuracies are fractions (46.52 % = 0.4652).</param>
/// <param name="Mean">The paper's value (mean over five splits where the paper says so).</param>
/// <param name="Std">The paper's standard deviation over splits, or null where it gives none.</param>
public sealed record PaperValue(string Metric, double Mean, double? Std = null)
{
    public const string Plcc = "PLCC";
    public const string Srocc = "SROCC";

    /// <summary>Used where the paper gives no spread: about the rounding and split-to-split noise of its two-digit values.</summary>
    public const double DefaultTolerance = 0.03;

    /// <summary>2 × the paper's std (at least <see cref="MinTolerance"/>), or <see cref="DefaultTolerance"/> without one: the Full tests accept Mean ± Tolerance.</summary>
    public double Tolerance => Std is { } s ? Math.Max(2 * s, MinTolerance) : DefaultTolerance;

    /// <summary>
    /// The narrowest window a Full run is held to: Table 3's spreads of 0.002–0.003 over five splits are narrower than
    /// what a re-run on other hardware and library versions can promise.
    /// </summary>
    public const double MinTolerance = 0.01;

    public bool Accepts(double value) => Math.Abs(value - Mean) <= Tolerance;

    public override string ToString() =>
        Std is { } s ? FormattableString.Invariant($"{Mean:0.0###} ± {s:0.0###}") : FormattableString.Invariant($"{Mean:0.0###}");
}
