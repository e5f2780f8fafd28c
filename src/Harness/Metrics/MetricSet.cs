namespace LeakSpec.Metrics;

/// <summary>The correlations and error the paper reports for one test set.</summary>
public sealed record MetricSet(double Plcc, double Srocc, double Krocc, double Rmse)
{
    /// <summary>
    /// PLCC, SROCC, KROCC (tau-b) and RMSE of <paramref name="predicted"/> against <paramref name="actual"/>.
    /// With a logistic fit, PLCC and RMSE are taken after mapping the predictions through the fitted curve
    /// (the rank correlations never are: the VQEG 5-parameter curve need not be monotonic). A constant input gives
    /// NaN correlations, as scipy does; with constant predictions no curve can be fitted, so the fit is skipped.
    /// </summary>
    public static MetricSet Compute(double[] predicted, double[] actual, LogisticFit fit = LogisticFit.None)
    {
        Correlations.Validate(predicted, actual);
        var mapped = predicted;
        if (fit != LogisticFit.None && !Correlations.IsConstant(predicted))
        {
            mapped = LogisticMapping.Fit(predicted, actual, fit).Apply(predicted);
        }

        return new MetricSet(
            Correlations.Plcc(mapped, actual),
            Correlations.Srocc(predicted, actual),
            Correlations.Krocc(predicted, actual),
            Correlations.Rmse(mapped, actual));
    }
}
