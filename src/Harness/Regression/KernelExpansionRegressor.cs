namespace LeakSpec.Regression;

/// <summary>
/// An RBF ε-SVR kept as its expansion f(x) = Σ αᵢ exp(−γ‖x − svᵢ‖²) − ρ, with the support vectors copied out of
/// libsvm: the N×N training kernel is freed right after training, and prediction is one matrix product.
/// </summary>
internal sealed class KernelExpansionRegressor : IRegressor
{
    private readonly double[] supportVectors;
    private readonly double[] coefficients;
    private readonly Standardizer? standardizer;
    private readonly GramBackend? backend;
    private bool disposed;

    public KernelExpansionRegressor(
        double[] supportVectors, double[] coefficients, double rho, double gamma, int width,
        Standardizer? standardizer, GramBackend? backend)
    {
        this.supportVectors = supportVectors;
        this.coefficients = coefficients;
        Rho = rho;
        Gamma = gamma;
        Width = width;
        this.standardizer = standardizer;
        this.backend = backend;
    }

    public double Rho { get; }

    public double Gamma { get; }

    public int Width { get; }

    public int SupportVectorCount => coefficients.Length;

    /// <summary>Seconds spent building the N×N kernel (matrix product, exp, libsvm rows): for the benchmark's breakdown.</summary>
    public double KernelSeconds { get; init; }

    /// <summary>Seconds libsvm's solver took on the precomputed kernel.</summary>
    public double SolverSeconds { get; init; }

    public double[] Predict(IReadOnlyList<double[]> x)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        SvrInput.ValidateRows(x, Width, "x");
        var flat = SvrInput.RowMajor(x, Width);
        standardizer?.ApplyInPlace(flat, x.Count);
        return PredictRowMajor(flat, x.Count);
    }

    internal double[] PredictRowMajor(double[] flat, int n)
    {
        var result = new double[n];
        var m = coefficients.Length;
        if (m == 0)
        {
            Array.Fill(result, -Rho);
            return result;
        }

        KernelMatrix.SquaredDistances(flat, n, supportVectors, m, Width, (start, rows, block) =>
        {
            for (var r = 0; r < rows; r++)
            {
                double sum = 0;
                var off = r * m;
                for (var j = 0; j < m; j++)
                {
                    sum += coefficients[j] * Math.Exp(-Gamma * block[off + j]);
                }

                result[start + r] = sum - Rho;
            }
        }, backend);
        return result;
    }

    public void Dispose() => disposed = true;
}
