using System.Runtime.InteropServices;
using static LeakSpec.Regression.LibSvmNative;

namespace LeakSpec.Regression;

/// <summary>
/// An svm_problem in native memory: targets, one node row per item, and the row pointers. A model trained on it
/// points into these rows, so whoever owns the model owns this too and frees it after the model.
/// </summary>
internal sealed unsafe class NativeProblem : IDisposable
{
    private readonly int rowLength;
    private SvmProblem* problem;
    private SvmNode* nodes;

    private NativeProblem(int l, int rowLength)
    {
        this.rowLength = rowLength;
        Count = l;
        problem = (SvmProblem*)NativeMemory.AllocZeroed((nuint)sizeof(SvmProblem));
        problem->L = l;
        problem->Y = (double*)NativeMemory.Alloc((nuint)l, sizeof(double));
        problem->X = (SvmNode**)NativeMemory.Alloc((nuint)l, (nuint)sizeof(SvmNode*));
        nodes = (SvmNode*)NativeMemory.Alloc((nuint)l * (nuint)rowLength, (nuint)sizeof(SvmNode));
        for (var i = 0; i < l; i++)
        {
            problem->X[i] = nodes + ((nint)i * rowLength);
        }
    }

    public int Count { get; }

    public SvmProblem* Pointer => problem != null ? problem : throw new ObjectDisposedException(nameof(NativeProblem));

    /// <summary>Bytes held in native memory: what G.3's quadratic growth is about for a precomputed kernel.</summary>
    public long NativeBytes => Bytes(Count, rowLength);

    /// <summary>What <see cref="Precomputed"/> allocates for <paramref name="l"/> items: 16 × l(l + 2) + 16 × l.</summary>
    public static long PrecomputedBytes(int l) => Bytes(l, l + 2);

    private static long Bytes(int l, int rowLength) =>
        ((long)l * rowLength * sizeof(SvmNode)) + ((long)l * (sizeof(double) + sizeof(nint)));

    /// <summary>Dense rows: nodes 1..d, then the −1 terminator (zeros kept, as svm-train keeps those it reads).</summary>
    public static NativeProblem Dense(IReadOnlyList<double[]> x, double[] y)
    {
        var d = x[0].Length;
        var p = new NativeProblem(x.Count, d + 1);
        for (var i = 0; i < x.Count; i++)
        {
            p.problem->Y[i] = y[i];
            FillDense(p.Row(i), x[i]);
        }

        return p;
    }

    /// <summary>Rows for kernel_type PRECOMPUTED: node 0 holds the 1-based serial number, nodes 1..l the kernel.</summary>
    public static NativeProblem Precomputed(int l, double[] y)
    {
        var p = new NativeProblem(l, l + 2);
        for (var i = 0; i < l; i++)
        {
            p.problem->Y[i] = y[i];
            var row = p.Row(i);
            row[0] = new SvmNode { Index = 0, Value = i + 1 };
            for (var j = 1; j <= l; j++)
            {
                row[j].Index = j;
            }

            row[l + 1] = new SvmNode { Index = -1 };
        }

        return p;
    }

    public static void FillDense(Span<SvmNode> row, double[] values)
    {
        for (var j = 0; j < values.Length; j++)
        {
            row[j] = new SvmNode { Index = j + 1, Value = values[j] };
        }

        row[values.Length] = new SvmNode { Index = -1 };
    }

    public Span<SvmNode> Row(int i) => new(problem->X[i], rowLength);

    /// <summary>Writes kernel values K(i, ·) of a precomputed problem (nodes 1..l).</summary>
    public void SetKernelRow(int i, ReadOnlySpan<double> k)
    {
        var row = Row(i);
        for (var j = 0; j < k.Length; j++)
        {
            row[j + 1].Value = k[j];
        }
    }

    /// <summary>
    /// Writes an upper-triangle block of a symmetric precomputed kernel: block[r·cols + c] = K(first + r, first + c)
    /// for c ≥ r, into rows first..first+rows−1 and, transposed, into rows j ≥ first (columns first..first+rows−1).
    /// The transposed writes go row by row, so each destination row is touched once per block, not once per value.
    /// </summary>
    public void SetSymmetricBlock(int first, int rows, ReadOnlySpan<double> block)
    {
        var n = Count;
        var cols = n - first;
        for (var r = 0; r < rows; r++)
        {
            var row = nodes + ((nint)(first + r) * rowLength) + 1;
            for (var c = r; c < cols; c++)
            {
                row[first + c].Value = block[(r * cols) + c];
            }
        }

        for (var c = 0; c < cols; c++)
        {
            var row = nodes + ((nint)(first + c) * rowLength) + 1;
            var last = Math.Min(rows - 1, c);
            for (var r = 0; r <= last; r++)
            {
                row[first + r].Value = block[(r * cols) + c];
            }
        }
    }

    public void Dispose()
    {
        if (problem == null)
        {
            return;
        }

        NativeMemory.Free(nodes);
        NativeMemory.Free(problem->X);
        NativeMemory.Free(problem->Y);
        NativeMemory.Free(problem);
        nodes = null;
        problem = null;
    }
}
