using static LeakSpec.Regression.LibSvmNative;

namespace LeakSpec.Regression;

/// <summary>Builds libsvm problems and parameters and trains: the plain libsvm path and the precomputed-RBF fast path.</summary>
internal static class SvrTrainer
{
    public static SvmParameter Parameter(SvrParameters p, SvrKernel kernel, double gamma) => new()
    {
        SvmType = EpsilonSvr,
        KernelType = (int)kernel,
        Degree = p.Degree,
        Gamma = gamma,
        Coef0 = p.Coef0,
        CacheSize = p.CacheSizeMb,
        Eps = p.Tolerance,
        C = p.C,
        P = p.Epsilon,
        Nu = 0.5,
        Shrinking = p.Shrinking ? 1 : 0,
        Probability = 0,
    };

    public static LibSvmRegressor TrainLibSvm(IReadOnlyList<double[]> x, double[] y, SvrParameters p, int width)
    {
        NativeProblem problem;
        if (p.Kernel == SvrKernel.Precomputed)
        {
            if (width != x.Count)
            {
                throw new SvrException(FormattableString.Invariant(
                    $"a precomputed kernel needs square rows: x has {x.Count} rows of {width} values; expected {x.Count} (K(i, j) for every training item j)."));
            }

            problem = NativeProblem.Precomputed(x.Count, y);
            for (var i = 0; i < x.Count; i++)
            {
                problem.SetKernelRow(i, x[i]);
            }
        }
        else
        {
            problem = NativeProblem.Dense(x, y);
        }

        var handle = SvmModelHandle.Train(problem, Parameter(p, p.Kernel, p.Gamma ?? 1.0 / width));
        return new LibSvmRegressor(handle, p.Kernel, width);
    }

    /// <summary>
    /// RBF ε-SVR on a kernel computed blockwise from one matrix product and handed to libsvm as PRECOMPUTED.
    /// <paramref name="flat"/> is the (already standardised) n×d training matrix, row-major.
    /// </summary>
    public static KernelExpansionRegressor TrainFastRbf(
        double[] flat, int n, int d, double[] y, SvrParameters p, double gamma, Standardizer? standardizer,
        GramBackend? backend = null)
    {
        EnsureLoaded();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problem = NativeProblem.Precomputed(n, y);
        try
        {
            // Upper triangle only, mirrored: K is symmetric, and the product is most of the fast path's time.
            KernelMatrix.SymmetricRbfKernel(
                flat, n, d, gamma, (start, rows, block) => problem.SetSymmetricBlock(start, rows, block), backend);
        }
        catch
        {
            problem.Dispose();
            throw;
        }

        var kernelSeconds = clock.Elapsed.TotalSeconds;
        using var handle = SvmModelHandle.Train(problem, Parameter(p, SvrKernel.Precomputed, gamma));
        var solverSeconds = clock.Elapsed.TotalSeconds - kernelSeconds;
        var (indices, coef, rho) = handle.Expansion();
        var sv = new double[(long)indices.Length * d];
        for (var i = 0; i < indices.Length; i++)
        {
            Array.Copy(flat, (long)indices[i] * d, sv, (long)i * d, d);
        }

        return new KernelExpansionRegressor(sv, coef, rho, gamma, d, standardizer, backend)
        {
            KernelSeconds = kernelSeconds,
            SolverSeconds = solverSeconds,
        };
    }
}
