namespace LeakSpec.Regression;

/// <summary>
/// fitrsvm's documented defaults (MathWorks, "fitrsvm", Name-Value arguments BoxConstraint, Epsilon, KernelScale,
/// Standardize; https://www.mathworks.com/help/stats/fitrsvm.html), reimplemented. See docs/regression.md.
/// </summary>
internal static class MatlabDefaults
{
    /// <summary>Rows drawn for the 'auto' kernel scale. MathWorks documents only "a heuristic procedure that uses subsampling".</summary>
    public const int KernelScaleSubsample = 1000;

    /// <summary>Epsilon = iqr(y)/13.49 (a tenth of σ estimated from the IQR); 0.1 when iqr(y) = 0.</summary>
    public static double Epsilon(double[] y)
    {
        var iqr = Iqr(y);
        return iqr > 0 ? iqr / 13.49 : 0.1;
    }

    /// <summary>BoxConstraint = iqr(y)/1.349 (σ estimated from the IQR); 1 when iqr(y) = 0.</summary>
    public static double BoxConstraint(double[] y)
    {
        var iqr = Iqr(y);
        return iqr > 0 ? iqr / 1.349 : 1.0;
    }

    /// <summary>MATLAB's iqr: prctile(y, 75) − prctile(y, 25).</summary>
    public static double Iqr(double[] y) => Prctile(y, 75) - Prctile(y, 25);

    /// <summary>
    /// MATLAB's prctile: the i-th smallest of n values is the 100(i − 0.5)/n-th percentile; linear interpolation
    /// between those points, the minimum/maximum outside them.
    /// </summary>
    public static double Prctile(double[] values, double percent)
    {
        var s = values.OrderBy(v => v).ToArray();
        var n = s.Length;
        var r = (n * percent / 100.0) + 0.5; // 1-based position
        if (r <= 1)
        {
            return s[0];
        }

        if (r >= n)
        {
            return s[n - 1];
        }

        var lo = (int)Math.Floor(r);
        var f = r - lo;
        return s[lo - 1] + (f * (s[lo] - s[lo - 1]));
    }

    /// <summary>
    /// KernelScale 'auto', our reading of the documented heuristic: draw min(n, 1000) rows without replacement
    /// (seeded), take the median of their pairwise Euclidean distances. 1 if that median is 0 (duplicated rows).
    /// </summary>
    public static double AutoKernelScale(double[] flat, int n, int d, int seed)
    {
        var m = Math.Min(n, KernelScaleSubsample);
        var order = Enumerable.Range(0, n).ToArray();
        var rng = new Random(seed);
        for (var i = 0; i < m; i++)
        {
            var j = rng.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var sample = new double[(long)m * d];
        for (var i = 0; i < m; i++)
        {
            Array.Copy(flat, (long)order[i] * d, sample, (long)i * d, d);
        }

        var dist = KernelMatrix.SquaredDistances(sample, m, sample, m, d);
        var pairs = new double[(long)m * (m - 1) / 2];
        var k = 0;
        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                pairs[k++] = Math.Sqrt(dist[((long)i * m) + j]);
            }
        }

        Array.Sort(pairs);
        var median = pairs.Length % 2 == 1
            ? pairs[pairs.Length / 2]
            : 0.5 * (pairs[(pairs.Length / 2) - 1] + pairs[pairs.Length / 2]);
        return median > 0 ? median : 1.0;
    }
}
