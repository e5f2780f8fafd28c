using MathNet.Numerics.Statistics;

namespace LeakSpec.Metrics;

/// <summary>
/// The correlation coefficients and error of IQA papers, defined as scipy defines them (pearsonr, spearmanr,
/// kendalltau with variant 'b'), including NaN for a constant input.
/// </summary>
public static class Correlations
{
    public static double Plcc(double[] predicted, double[] actual)
    {
        Validate(predicted, actual);
        if (IsConstant(predicted) || IsConstant(actual))
        {
            return double.NaN;
        }

        // Two-pass centred sums: the one-pass formula loses digits when the mean is large against the spread.
        double mx = predicted.Average(), my = actual.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            double dx = predicted[i] - mx, dy = actual[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Spearman's rho: Pearson of the ranks, ties sharing their average rank.</summary>
    public static double Srocc(double[] predicted, double[] actual)
    {
        Validate(predicted, actual);
        return Plcc(
            Statistics.Ranks(predicted, RankDefinition.Average),
            Statistics.Ranks(actual, RankDefinition.Average));
    }

    /// <summary>
    /// Kendall's tau-b, <c>(C − D) / sqrt((n0 − n1)(n0 − n2))</c>. O(n²) pair counting: test sets here hold at
    /// most ~10,000 items (5·10⁷ pairs, well under a second), and exact integer counts keep it bit-stable.
    /// </summary>
    public static double Krocc(double[] predicted, double[] actual)
    {
        Validate(predicted, actual);
        long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
        var n = predicted.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var sx = Math.Sign(predicted[i] - predicted[j]);
                var sy = Math.Sign(actual[i] - actual[j]);
                if (sx == 0)
                {
                    tiesX++;
                }

                if (sy == 0)
                {
                    tiesY++;
                }

                var s = sx * sy;
                if (s > 0)
                {
                    concordant++;
                }
                else if (s < 0)
                {
                    discordant++;
                }
            }
        }

        var n0 = (long)n * (n - 1) / 2;
        if (tiesX == n0 || tiesY == n0)
        {
            return double.NaN;
        }

        return (concordant - discordant) / Math.Sqrt((double)(n0 - tiesX) * (n0 - tiesY));
    }

    public static double Rmse(double[] predicted, double[] actual)
    {
        Validate(predicted, actual);
        double sum = 0;
        for (var i = 0; i < predicted.Length; i++)
        {
            var d = predicted[i] - actual[i];
            sum += d * d;
        }

        return Math.Sqrt(sum / predicted.Length);
    }

    internal static bool IsConstant(double[] v)
    {
        for (var i = 1; i < v.Length; i++)
        {
            if (v[i] != v[0])
            {
                return false;
            }
        }

        return true;
    }

    internal static void Validate(double[] predicted, double[] actual)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        if (predicted.Length != actual.Length)
        {
            throw new MetricException(FormattableString.Invariant(
                $"predicted has {predicted.Length} values but actual has {actual.Length}; expected equal lengths."));
        }

        if (predicted.Length < 2)
        {
            throw new MetricException(FormattableString.Invariant(
                $"a correlation needs at least 2 items, got {predicted.Length}."));
        }

        CheckFinite(predicted, nameof(predicted));
        CheckFinite(actual, nameof(actual));
    }

    private static void CheckFinite(double[] v, string name)
    {
        for (var i = 0; i < v.Length; i++)
        {
            if (!double.IsFinite(v[i]))
            {
                throw new MetricException(FormattableString.Invariant(
                    $"{name}[{i}] is {v[i]}; expected a finite number."));
            }
        }
    }
}
