namespace LeakSpec.Regression;

/// <summary>ε-SVR through libsvm 3.24: libsvm's own defaults, MATLAB fitrsvm's defaults, and a fast grid search.</summary>
public static class Svr
{
    /// <summary>libsvm_version of the loaded libsvm.so.3 (324 for Debian 12's libsvm3); throws if it is missing.</summary>
    public static int LibSvmVersion => LibSvmNative.EnsureLoaded();

    public static IRegressor Fit(IReadOnlyList<double[]> x, double[] y, SvrParameters p) =>
        Fit(x, y, p, null);

    internal static IRegressor Fit(IReadOnlyList<double[]> x, double[] y, SvrParameters p, GramBackend? backend)
    {
        ArgumentNullException.ThrowIfNull(p);
        var d = SvrInput.ValidateTraining(x, y);
        if (p.Kernel == SvrKernel.Rbf && p.PrecomputeRbf)
        {
            var flat = SvrInput.RowMajor(x, d);
            return SvrTrainer.TrainFastRbf(flat, x.Count, d, y, p, p.Gamma ?? 1.0 / d, null, backend);
        }

        return SvrTrainer.TrainLibSvm(x, y, p, d);
    }

    /// <summary>
    /// Gaussian ε-SVR as fitrsvm(x, y, 'Standardize', true, 'KernelFunction', 'gaussian', 'KernelScale', 'auto'):
    /// features standardised with the training set's statistics (reapplied on Predict), γ = 1/KernelScale²,
    /// ε and C from iqr(y). Training runs on the precomputed-kernel fast path.
    /// </summary>
    public static IRegressor FitMatlabDefaults(IReadOnlyList<double[]> x, double[] y, MatlabSvrOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var (flat, d, standardizer, p, gamma) = ResolveMatlab(x, y, o);
        return SvrTrainer.TrainFastRbf(flat, x.Count, d, y, p, gamma, standardizer);
    }

    public static GridSearchResult GridSearch(
        IReadOnlyList<double[]> x, double[] y, double[] gammas, double[] cs, double[] epsilons, int folds, int seed) =>
        SvrGridSearch.Run(x, y, gammas, cs, epsilons, folds, seed, new SvrParameters(), null);

    /// <summary>The fold of each item that <see cref="GridSearch"/> uses for (n, folds, seed).</summary>
    public static int[] Folds(int n, int folds, int seed) => SvrGridSearch.Folds(n, folds, seed);

    internal static (double[] Flat, int Width, Standardizer? Standardizer, SvrParameters Parameters, double Gamma) ResolveMatlab(
        IReadOnlyList<double[]> x, double[] y, MatlabSvrOptions o)
    {
        var d = SvrInput.ValidateTraining(x, y);
        var flat = SvrInput.RowMajor(x, d);
        Standardizer? standardizer = null;
        if (o.Standardize)
        {
            standardizer = Standardizer.Fit(flat, x.Count, d);
            standardizer.ApplyInPlace(flat, x.Count);
        }

        var scale = o.KernelScale ?? MatlabDefaults.AutoKernelScale(flat, x.Count, d, o.Seed);
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new SvrException(FormattableString.Invariant($"KernelScale is {scale}; expected a positive number."));
        }

        var p = new SvrParameters(
            C: o.BoxConstraint ?? MatlabDefaults.BoxConstraint(y),
            Epsilon: o.Epsilon ?? MatlabDefaults.Epsilon(y));
        return (flat, d, standardizer, p, 1.0 / (scale * scale));
    }
}
