namespace LeakSpec.Regression;

/// <summary>
/// k-fold grid search over (C, ε, γ) for RBF ε-SVR. The squared-distance matrix is computed once; each γ turns it
/// into a kernel, each fold's training kernel is written into libsvm's PRECOMPUTED rows once and reused for every
/// (C, ε). Score: mean validation R² over folds, scikit-learn's default for SVR in GridSearchCV.
/// </summary>
internal static class SvrGridSearch
{
    /// <summary>Seeded folds: a Fisher–Yates permutation, item at position i of it goes to fold i mod k.</summary>
    public static int[] Folds(int n, int k, int seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        var rng = new Random(seed);
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var fold = new int[n];
        for (var i = 0; i < n; i++)
        {
            fold[order[i]] = i % k;
        }

        return fold;
    }

    public static GridSearchResult Run(
        IReadOnlyList<double[]> x, double[] y, double[] gammas, double[] cs, double[] epsilons, int k, int seed,
        SvrParameters settings, GramBackend? backend)
    {
        SvrInput.ValidateTraining(x, y);
        CheckGrid(gammas, nameof(gammas));
        CheckGrid(cs, nameof(cs));
        CheckGrid(epsilons, "epsilons", allowZero: true);
        var n = x.Count;
        if (k < 2 || k > n / 2)
        {
            throw new SvrException(FormattableString.Invariant(
                $"folds is {k}; expected between 2 and n/2 = {n / 2} so every fold trains on at least 2 items."));
        }

        return RunWithFolds(x, y, gammas, cs, epsilons, Folds(n, k, seed), k, settings, backend);
    }

    /// <summary>The search on given folds (foldOf[i] in 0..k−1), so a reference tool can use the very same split.</summary>
    public static GridSearchResult RunWithFolds(
        IReadOnlyList<double[]> x, double[] y, double[] gammas, double[] cs, double[] epsilons, int[] foldOf, int k,
        SvrParameters settings, GramBackend? backend)
    {
        var d = SvrInput.ValidateTraining(x, y);
        var n = x.Count;
        if (foldOf.Length != n || foldOf.Any(f => f < 0 || f >= k))
        {
            throw new SvrException(FormattableString.Invariant($"foldOf must give each of the {n} items a fold in 0..{k - 1}."));
        }

        var flat = SvrInput.RowMajor(x, d);
        var dist = KernelMatrix.SquaredDistances(flat, n, flat, n, d, backend);
        var scores = new double[cs.Length, epsilons.Length, gammas.Length, k];
        for (var f = 0; f < k; f++)
        {
            var train = Enumerable.Range(0, n).Where(i => foldOf[i] != f).ToArray();
            var valid = Enumerable.Range(0, n).Where(i => foldOf[i] == f).ToArray();
            using var problem = NativeProblem.Precomputed(train.Length, train.Select(i => y[i]).ToArray());
            var row = new double[train.Length];
            for (var g = 0; g < gammas.Length; g++)
            {
                for (var i = 0; i < train.Length; i++)
                {
                    var off = (long)train[i] * n;
                    for (var j = 0; j < train.Length; j++)
                    {
                        row[j] = Math.Exp(-gammas[g] * dist[off + train[j]]);
                    }

                    problem.SetKernelRow(i, row);
                }

                for (var c = 0; c < cs.Length; c++)
                {
                    for (var e = 0; e < epsilons.Length; e++)
                    {
                        var p = settings with { C = cs[c], Epsilon = epsilons[e] };
                        using var handle = SvmModelHandle.Train(
                            problem, SvrTrainer.Parameter(p, SvrKernel.Precomputed, gammas[g]), ownsProblem: false);
                        scores[c, e, g, f] = R2(handle, gammas[g], dist, n, train, valid, y);
                    }
                }
            }
        }

        return Collect(gammas, cs, epsilons, k, foldOf, scores);
    }

    private static double R2(SvmModelHandle handle, double gamma, double[] dist, int n, int[] train, int[] valid, double[] y)
    {
        var (sv, coef, rho) = handle.Expansion();
        double mean = valid.Average(i => y[i]), ssRes = 0, ssTot = 0;
        foreach (var v in valid)
        {
            var off = (long)v * n;
            double f = -rho;
            for (var s = 0; s < sv.Length; s++)
            {
                f += coef[s] * Math.Exp(-gamma * dist[off + train[sv[s]]]);
            }

            ssRes += (y[v] - f) * (y[v] - f);
            ssTot += (y[v] - mean) * (y[v] - mean);
        }

        // scikit-learn's r2_score for a constant validation target: 1 if perfect, else 0.
        return ssTot > 0 ? 1 - (ssRes / ssTot) : ssRes == 0 ? 1 : 0;
    }

    private static GridSearchResult Collect(
        double[] gammas, double[] cs, double[] epsilons, int k, int[] foldOf, double[,,,] scores)
    {
        var points = new List<GridPoint>();
        GridPoint? best = null;
        for (var c = 0; c < cs.Length; c++)
        {
            for (var e = 0; e < epsilons.Length; e++)
            {
                for (var g = 0; g < gammas.Length; g++)
                {
                    var folds = Enumerable.Range(0, k).Select(f => scores[c, e, g, f]).ToArray();
                    var point = new GridPoint(cs[c], epsilons[e], gammas[g], folds.Average(), folds);
                    points.Add(point);
                    if (best is null || point.MeanScore > best.MeanScore)
                    {
                        best = point;
                    }
                }
            }
        }

        return new GridSearchResult(best!.Gamma, best.C, best.Epsilon, best.MeanScore, points, foldOf);
    }

    private static void CheckGrid(double[] values, string name, bool allowZero = false)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length == 0 || values.Any(v => !double.IsFinite(v) || v < 0 || (v == 0 && !allowZero)))
        {
            throw new SvrException($"{name} must be a non-empty list of finite {(allowZero ? "non-negative" : "positive")} values.");
        }
    }
}
