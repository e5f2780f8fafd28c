namespace LeakSpec.Metrics.Scoring;

/// <summary>
/// The paper's metrics of one split: PLCC raw and after the authors' 5-parameter logistic, SROCC, KROCC (tau-b), RMSE
/// raw and after the mapping. The logistic is fitted from the authors' start (<see cref="LogisticMapping.AuthorsStart"/>)
/// and from LogisticMapping's scale-aware one, and the fit with the smaller squared error is kept: from the authors'
/// start alone Levenberg–Marquardt can stop at the linear solution (b2 → 0) when a steeper curve fits better.
/// </summary>
public sealed record SplitScore(string Label, int Count, double Plcc, double PlccLogistic, double Srocc, double Krocc, double Rmse, double RmseLogistic)
{
    /// <summary>The metric names, in the order of <see cref="Values"/>.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["PLCC", "PLCC (logistic)", "SROCC", "KROCC", "RMSE", "RMSE (logistic)"];

    public IReadOnlyList<double> Values => [Plcc, PlccLogistic, Srocc, Krocc, Rmse, RmseLogistic];

    public static SplitScore Of(PredictionSplit split)
    {
        var (x, y) = (split.Predicted, split.Actual);
        var raw = MetricSet.Compute(x, y);
        // Constant predictions admit no curve; the mapped metrics are then the raw ones (NaN PLCC), as MetricSet does.
        var mapped = Correlations.IsConstant(x) ? x : BestFit(x, y);
        return new SplitScore(split.Label, x.Length, raw.Plcc, Correlations.Plcc(mapped, y), raw.Srocc, raw.Krocc, raw.Rmse, Correlations.Rmse(mapped, y));
    }

    /// <summary>The mapped predictions of the lower-error fit of the two starts.</summary>
    public static double[] BestFit(double[] x, double[] y)
    {
        double[]? best = null;
        var bestError = double.PositiveInfinity;
        MetricException? failure = null;
        foreach (var start in new[] { LogisticMapping.AuthorsStart(y), null })
        {
            try
            {
                var mapped = LogisticMapping.Fit(x, y, LogisticFit.FiveParameter, start).Apply(x);
                var error = mapped.Zip(y, (m, t) => (m - t) * (m - t)).Sum();
                if (error < bestError)
                {
                    (best, bestError) = (mapped, error);
                }
            }
            catch (MetricException e)
            {
                failure = e;
            }
        }

        return best ?? throw failure!;
    }
}
