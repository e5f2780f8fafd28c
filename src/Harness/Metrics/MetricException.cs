namespace LeakSpec.Metrics;

/// <summary>Inputs a metric cannot be computed from (length mismatch, NaN, too few items).</summary>
public sealed class MetricException(string message) : Exception(message);
