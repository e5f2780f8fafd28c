namespace LeakSpec.Features;

/// <summary>How per-frame features become one video feature (paper §"Case III": mean, median, min, max).</summary>
public enum PoolingKind
{
    Mean,
    Median,
    Min,
    Max,
}
