using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
public sealed class KernelMatrixTests
{
    private static (double[] Flat, double[][] Rows) Data(int n, int d, int seed)
    {
        var rng = new Random(seed);
        var rows = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => (rng.NextDouble() * 4) - 2).ToArray()).ToArray();
        return (rows.SelectMany(r => r).ToArray(), rows);
    }

    [Theory]
    [InlineData(GramBackend.MathNet)]
    [InlineData(GramBackend.Torch)]
    public void Blocked_distances_equal_the_sum_of_squared_differences(GramBackend backend)
    {
        // Given 300 rows of 17 features (more than one 256-row block) and 40 other rows
        if (backend == GramBackend.Torch && KernelMatrix.TorchUnavailableReason is { } reason)
        {
            Assert.Skip("TorchSharp cannot load here: " + reason + " (LeakSpec.Runtime.TorchRuntime prepares it)");
        }

        var (a, aRows) = Data(300, 17, 1);
        var (b, bRows) = Data(40, 17, 2);

        // When distances come from the one-product formula, full and upper-triangle
        var full = KernelMatrix.SquaredDistances(a, 300, b, 40, 17, backend);
        var self = new double[300, 300];
        KernelMatrix.SymmetricSquaredDistances(a, 300, 17, (start, rows, block) =>
        {
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < 300 - start; c++)
                {
                    self[start + r, start + c] = block[(r * (300 - start)) + c];
                }
            }
        }, backend);

        // Then each equals the textbook Σ(u − v)² to rounding
        for (var i = 0; i < 300; i++)
        {
            for (var j = 0; j < 40; j++)
            {
                full[(i * 40) + j].Should().BeApproximately(Naive(aRows[i], bRows[j]), 1e-10);
            }

            for (var j = i; j < 300; j++)
            {
                self[i, j].Should().BeApproximately(Naive(aRows[i], aRows[j]), 1e-10);
            }
        }
    }

    private static double Naive(double[] u, double[] v) => u.Zip(v, (p, q) => (p - q) * (p - q)).Sum();
}
