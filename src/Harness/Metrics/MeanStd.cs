namespace LeakSpec.Metrics;

/// <summary>Mean ± sample standard deviation (n − 1), as the paper reports over five splits.</summary>
public sealed record MeanStd(double Mean, double Std, int Count)
{
    public static MeanStd Of(IEnumerable<double> values)
    {
        var v = values.ToArray();
        if (v.Length == 0)
        {
            throw new ArgumentException("Mean ± std of no values is undefined.", nameof(values));
        }

        var mean = v.Average();
        var std = v.Length > 1 ? Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1)) : 0.0;
        return new MeanStd(mean, std, v.Length);
    }

    public override string ToString() => FormattableString.Invariant($"{Mean:F4} ± {Std:F4}");
}
