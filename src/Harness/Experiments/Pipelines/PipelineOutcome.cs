using LeakSpec.Metrics;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>What one pipeline run measured: test metrics, optional training-set metrics, curves and named scalars.</summary>
public sealed record PipelineOutcome(
    MetricSet Test,
    MetricSet? Train,
    IReadOnlyList<CurvePoint> Curve,
    IReadOnlyDictionary<string, double> Scalars)
{
    public double? Scalar(string name) => Scalars.TryGetValue(name, out var v) ? v : null;
}
