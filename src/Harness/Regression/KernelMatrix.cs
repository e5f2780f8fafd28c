using MathNet.Numerics.LinearAlgebra.Double;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Regression;

/// <summary>
/// Squared Euclidean distances ‖a‖² + ‖b‖² − 2 a·b from one matrix product, delivered in row blocks so a caller
/// can turn them into kernel rows without holding a second N×N matrix. Negative rounding residue is clamped to 0.
/// </summary>
internal static class KernelMatrix
{
    public const int DefaultBlockRows = 256;

    private static readonly Lazy<string?> TorchProblem = new(ProbeTorch, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Torch when libtorch loads in this process (it needs LeakSpec's native fix on libstdc++ 12 systems), else
    /// MathNet. Only speed differs: both give the same distances within rounding (tested).
    /// </summary>
    public static GramBackend Preferred => TorchProblem.Value is null ? GramBackend.Torch : GramBackend.MathNet;

    /// <summary>Why TorchSharp could not be used here, or null when it can.</summary>
    public static string? TorchUnavailableReason => TorchProblem.Value;

    /// <summary>Calls <paramref name="onBlock"/>(firstRow, rows, block) with block[r·nb + j] = ‖a_(firstRow+r) − b_j‖².</summary>
    public static void SquaredDistances(
        double[] a, int na, double[] b, int nb, int d, Action<int, int, double[]> onBlock,
        GramBackend? backend = null, int blockRows = DefaultBlockRows)
    {
        var bNorms = RowNorms(b, nb, d);
        var aNorms = ReferenceEquals(a, b) ? bNorms : RowNorms(a, na, d);
        var block = new double[(long)Math.Min(blockRows, na) * nb];
        if ((backend ?? Preferred) == GramBackend.Torch)
        {
            TorchBlocks(a, na, b, nb, d, blockRows, block, aNorms, bNorms, onBlock);
        }
        else
        {
            MathNetBlocks(a, na, b, nb, d, blockRows, block, aNorms, bNorms, onBlock);
        }
    }

    /// <summary>
    /// The upper triangle of x's distances to itself, half the multiply-adds of the full matrix: onBlock(start, rows,
    /// block) with block[r·(n − start) + c] = ‖x_(start+r) − x_(start+c)‖² for columns start..n−1.
    /// </summary>
    public static void SymmetricSquaredDistances(
        double[] x, int n, int d, Action<int, int, double[]> onBlock, GramBackend? backend = null, int blockRows = DefaultBlockRows)
    {
        var norms = RowNorms(x, n, d);
        var block = new double[(long)Math.Min(blockRows, n) * n];
        if ((backend ?? Preferred) == GramBackend.Torch)
        {
            using var scope = NewDisposeScope();
            var tx = tensor(x, [n, d], ScalarType.Float64);
            for (var start = 0; start < n; start += blockRows)
            {
                var rows = Math.Min(blockRows, n - start);
                var cols = n - start;
                using var inner = NewDisposeScope();
                var dots = mm(tx.narrow(0, start, rows), tx.narrow(0, start, cols).t()).contiguous();
                dots.data<double>().CopyTo(block.AsSpan(0, rows * cols));
                Finish(block, rows, cols, start, start, norms, norms);
                onBlock(start, rows, block);
            }

            return;
        }

        for (var start = 0; start < n; start += blockRows)
        {
            var rows = Math.Min(blockRows, n - start);
            var cols = n - start;
            var right = new double[(long)cols * d];
            Array.Copy(x, (long)start * d, right, 0, right.Length);
            var left = new double[(long)rows * d];
            Array.Copy(x, (long)start * d, left, 0, left.Length);
            var product = new DenseMatrix(d, cols, right).TransposeThisAndMultiply(new DenseMatrix(d, rows, left));
            product.AsColumnMajorArray().AsSpan(0, rows * cols).CopyTo(block);
            Finish(block, rows, cols, start, start, norms, norms);
            onBlock(start, rows, block);
        }
    }

    /// <summary>
    /// Upper-triangle blocks of the RBF kernel exp(−γ‖x_i − x_j‖²) of x with itself, laid out as
    /// <see cref="SymmetricSquaredDistances"/>. On Torch the whole chain (norms, product, clamp, exp) runs in libtorch.
    /// </summary>
    public static void SymmetricRbfKernel(
        double[] x, int n, int d, double gamma, Action<int, int, double[]> onBlock, GramBackend? backend = null, int blockRows = DefaultBlockRows)
    {
        if ((backend ?? Preferred) != GramBackend.Torch)
        {
            SymmetricSquaredDistances(x, n, d, (start, rows, block) =>
            {
                var len = rows * (n - start);
                for (var k = 0; k < len; k++)
                {
                    block[k] = Math.Exp(-gamma * block[k]);
                }

                onBlock(start, rows, block);
            }, GramBackend.MathNet, blockRows);
            return;
        }

        var block = new double[(long)Math.Min(blockRows, n) * n];
        using var scope = NewDisposeScope();
        var tx = tensor(x, [n, d], ScalarType.Float64);
        var norms = tx.square().sum(1);

        // Scalars held until the loop ends: TorchSharp does not keep a temporary Scalar alive across its native call.
        using var one = 1.0.ToScalar();
        using var two = 2.0.ToScalar();
        using var zero = 0.0.ToScalar();
        using var minusGamma = (-gamma).ToScalar();
        for (var start = 0; start < n; start += blockRows)
        {
            var rows = Math.Min(blockRows, n - start);
            var cols = n - start;
            using var inner = NewDisposeScope();
            var dots = mm(tx.narrow(0, start, rows), tx.narrow(0, start, cols).t());
            var dist = norms.narrow(0, start, rows).unsqueeze(1).add(norms.narrow(0, start, cols).unsqueeze(0), one).sub_(dots.mul(two)).clamp_min(zero);
            var k = dist.mul_(minusGamma).exp_().contiguous();
            k.data<double>().CopyTo(block.AsSpan(0, rows * cols));
            onBlock(start, rows, block);
        }
    }

    /// <summary>All distances at once (na × nb, row-major): for the grid search, which reuses them for every γ.</summary>
    public static double[] SquaredDistances(double[] a, int na, double[] b, int nb, int d, GramBackend? backend = null)
    {
        var all = new double[(long)na * nb];
        SquaredDistances(a, na, b, nb, d, (start, rows, block) =>
            Array.Copy(block, 0, all, (long)start * nb, (long)rows * nb), backend);
        return all;
    }

    private static string? ProbeTorch()
    {
        try
        {
            using var probe = zeros(1, ScalarType.Float64);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or NotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            return e.GetBaseException().Message.Split('\n')[0];
        }
    }

    private static void TorchBlocks(
        double[] a, int na, double[] b, int nb, int d, int blockRows, double[] block,
        double[] aNorms, double[] bNorms, Action<int, int, double[]> onBlock)
    {
        using var scope = NewDisposeScope();
        var tb = tensor(b, [nb, d], ScalarType.Float64);
        var ta = ReferenceEquals(a, b) ? tb : tensor(a, [na, d], ScalarType.Float64);
        var tbt = tb.t();
        for (var start = 0; start < na; start += blockRows)
        {
            var rows = Math.Min(blockRows, na - start);
            using var inner = NewDisposeScope();
            var dots = mm(ta.narrow(0, start, rows), tbt).contiguous();
            dots.data<double>().CopyTo(block.AsSpan(0, rows * nb));
            Finish(block, rows, nb, start, 0, aNorms, bNorms);
            onBlock(start, rows, block);
        }
    }

    private static void MathNetBlocks(
        double[] a, int na, double[] b, int nb, int d, int blockRows, double[] block,
        double[] aNorms, double[] bNorms, Action<int, int, double[]> onBlock)
    {
        // MathNet is column-major: a row-major n×d array is the d×n matrix Xᵀ. Bᵀᵀ·Aᵀ = B·Aᵀ (nb × rows),
        // whose column-major storage is A·Bᵀ row-major: the layout the callers want.
        var bt = new DenseMatrix(d, nb, b);
        for (var start = 0; start < na; start += blockRows)
        {
            var rows = Math.Min(blockRows, na - start);
            var slice = new double[rows * d];
            Array.Copy(a, (long)start * d, slice, 0, slice.Length);
            var product = bt.TransposeThisAndMultiply(new DenseMatrix(d, rows, slice));
            product.AsColumnMajorArray().AsSpan(0, rows * nb).CopyTo(block);
            Finish(block, rows, nb, start, 0, aNorms, bNorms);
            onBlock(start, rows, block);
        }
    }

    private static void Finish(double[] block, int rows, int nb, int start, int colStart, double[] aNorms, double[] bNorms)
    {
        for (var r = 0; r < rows; r++)
        {
            var an = aNorms[start + r];
            var off = r * nb;
            for (var j = 0; j < nb; j++)
            {
                var v = an + bNorms[colStart + j] - (2 * block[off + j]);
                block[off + j] = v > 0 ? v : 0;
            }
        }
    }

    private static double[] RowNorms(double[] x, int n, int d)
    {
        var norms = new double[n];
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            var off = (long)i * d;
            for (var j = 0; j < d; j++)
            {
                s += x[off + j] * x[off + j];
            }

            norms[i] = s;
        }

        return norms;
    }
}
