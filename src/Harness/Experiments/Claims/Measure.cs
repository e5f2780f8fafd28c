namespace LeakSpec.Experiments.Claims;

/// <summary>A number read off one split's result, by name: what a claim's condition compares.</summary>
/// <param name="Name">As the report and the failure messages show it, e.g. "SROCC" or "ValAccuracy".</param>
/// <param name="Read">The value on one split, or null where that split did not report it.</param>
public sealed record Measure(string Name, Func<SplitResult, double?> Read)
{
    /// <summary>Test SROCC (always on raw predictions).</summary>
    public static Measure Srocc { get; } = new(PaperValue.Srocc, r => r.Test.Srocc);

    /// <summary>Test PLCC as the pipeline defines it (after the logistic where its configuration says so, Table 3).</summary>
    public static Measure Plcc { get; } = new(PaperValue.Plcc, r => r.Test.Plcc);

    /// <summary>A named scalar of <see cref="ScalarKeys"/>.</summary>
    public static Measure Scalar(string key) => new(key, r => r.Scalar(key));

    /// <summary>The largest value of a curve series (e.g. DeepRN's stage-2 test SROCC over its saved models).</summary>
    public static Measure CurveMax(string series) =>
        new("max " + series, r => r.Curve.Where(p => p.Series == series).Select(p => (double?)p.Value).DefaultIfEmpty(null).Max());

    /// <summary>The measure a paper value refers to: PLCC, SROCC or a scalar name.</summary>
    public static Measure For(string metric) => metric switch
    {
        PaperValue.Plcc => Plcc,
        PaperValue.Srocc => Srocc,
        _ => Scalar(metric),
    };
}
