namespace LeakSpec.Metrics;

/// <summary>The correlations and error the paper reports for one test set.</summary>
public sealed record MetricSet(double Plcc, double Srocc, double Krocc, double Rmse);
