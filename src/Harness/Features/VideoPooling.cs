namespace LeakSpec.Features;

/// <summary>Per-video pooling of per-frame features, element-wise over frames.</summary>
public static class VideoPooling
{
    public static double[] Pool(IReadOnlyList<double[]> frames, PoolingKind kind)
    {
        if (frames.Count == 0)
        {
            throw new ArgumentException("VideoPooling: a video needs at least one frame.", nameof(frames));
        }

        var dim = frames[0].Length;
        if (frames.Any(f => f.Length != dim))
        {
            throw new ArgumentException($"VideoPooling: frames have different widths (frame 0 has {dim}).", nameof(frames));
        }

        var result = new double[dim];
        var column = new double[frames.Count];
        for (var d = 0; d < dim; d++)
        {
            for (var t = 0; t < frames.Count; t++)
            {
                column[t] = frames[t][d];
            }

            result[d] = kind switch
            {
                PoolingKind.Mean => column.Average(),
                PoolingKind.Min => column.Min(),
                PoolingKind.Max => column.Max(),
                PoolingKind.Median => Median(column),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pooling."),
            };
        }

        return result;
    }

    /// <summary>The middle value, or the mean of the two middle values for an even count (as MATLAB's and NumPy's median).</summary>
    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
