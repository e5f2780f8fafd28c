namespace LeakSpec.Regression;

/// <summary>
/// Feature standardisation with the training set's mean and sample deviation (n − 1), as fitrsvm's 'Standardize'.
/// A feature with zero deviation is centred but not scaled (divisor 1): it becomes 0 for every training item and
/// so cannot affect the kernel, instead of turning into NaN. A deviation of at most <see cref="ZeroDeviation"/> counts
/// as zero: a constant feature whose mean carries rounding error must not be blown up into ±1 by dividing by it.
/// The SVR's and the distribution head's one standardisation.
/// </summary>
internal sealed class Standardizer
{
    private Standardizer(double[] mean, double[] scale)
    {
        Mean = mean;
        Scale = scale;
    }

    public const double ZeroDeviation = 1e-12;

    public double[] Mean { get; }

    public double[] Scale { get; }

    public static Standardizer Fit(double[] rowMajor, int n, int d)
    {
        var mean = new double[d];
        var scale = new double[d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += rowMajor[((long)i * d) + j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= n;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                var v = rowMajor[((long)i * d) + j] - mean[j];
                scale[j] += v * v;
            }
        }

        for (var j = 0; j < d; j++)
        {
            var s = Math.Sqrt(scale[j] / (n - 1));
            scale[j] = s > ZeroDeviation ? s : 1.0;
        }

        return new Standardizer(mean, scale);
    }

    /// <summary>Standardises a row-major matrix in place.</summary>
    public void ApplyInPlace(double[] rowMajor, int n)
    {
        var d = Mean.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                var k = ((long)i * d) + j;
                rowMajor[k] = (rowMajor[k] - Mean[j]) / Scale[j];
            }
        }
    }
}
