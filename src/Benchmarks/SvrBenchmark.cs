using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LeakSpec.IO;
using LeakSpec.Regression;

namespace LeakSpec.Benchmarks;

/// <summary>
/// <c>leakspec bench svr</c>: the fast path against scikit-learn's SVR and GridSearchCV (run as a python script on
/// the same data and folds), peak memory at KonIQ-10k's training size, and how time and memory grow with N (G.3).
/// Writes bench-svr.json and bench-svr.md into the output folder; returns the Markdown.
/// </summary>
public static class SvrBenchmark
{
    public static string Run(SvrBenchOptions o, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Parts.Contains("fit") || o.Parts.Contains("grid"))
        {
            BenchSupport.RequireSklearn(o.Python);
        }

        Directory.CreateDirectory(o.OutDirectory);
        var results = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["libsvm_version"] = Svr.LibSvmVersion,
            ["gram_backend"] = (o.Backend ?? KernelMatrix.Preferred).ToString(),
            ["torch_unavailable_reason"] = KernelMatrix.TorchUnavailableReason ?? "",
            ["processors"] = Environment.ProcessorCount,
        };
        // Warm the BLAS up (library load, thread pools) so one-time start-up is not charged to the first part,
        // as the python side's imports are not charged to scikit-learn either.
        KernelMatrix.SquaredDistances(new double[64], 8, new double[64], 8, 8, o.Backend);
        var md = new StringBuilder("# leakspec bench svr\n\n");
        md.Append(CultureInfo.InvariantCulture, $"libsvm {results["libsvm_version"]}, kernel BLAS {results["gram_backend"]}, {Environment.ProcessorCount} cores. Timings are wall-clock on this machine as it was (possibly shared).\n\n");
        foreach (var part in SvrBenchOptions.AllParts.Where(o.Parts.Contains))
        {
            log.WriteLine($"bench svr: {part} …");
            var (data, text) = part switch
            {
                "gram" => Gram(o),
                "fit" => FitVsSklearn(o),
                "grid" => GridVsSklearn(o),
                "memory" => Memory(o),
                _ => Scaling(o),
            };
            results[part] = data;
            md.Append(text).Append('\n');
            log.Write(text);
        }

        var json = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
        AtomicFile.WriteAllText(Path.Combine(o.OutDirectory, "bench-svr.json"), json + "\n");
        AtomicFile.WriteAllText(Path.Combine(o.OutDirectory, "bench-svr.md"), md.ToString());
        return md.ToString();
    }

    private static (object, string) Gram(SvrBenchOptions o)
    {
        var (x, _) = BenchSupport.Data(o.GridN, o.GridD, o.Seed);
        var flat = SvrInput.RowMajor(x, o.GridD);
        var times = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var results = new Dictionary<GramBackend, double[]>();
        foreach (var backend in new[] { GramBackend.Torch, GramBackend.MathNet })
        {
            if (backend == GramBackend.Torch && KernelMatrix.TorchUnavailableReason is not null)
            {
                continue;
            }

            var sw = Stopwatch.StartNew();
            results[backend] = KernelMatrix.SquaredDistances(flat, o.GridN, flat, o.GridN, o.GridD, backend);
            times[backend.ToString()] = sw.Elapsed.TotalSeconds;
        }

        var diff = results.Count == 2 ? BenchSupport.MaxRelativeDifference(results[GramBackend.Torch], results[GramBackend.MathNet]) : double.NaN;
        var text = Invariant($"## Squared distances {o.GridN} × {o.GridD} (one matrix product)\n\n") +
            string.Concat(times.Select(t => Invariant($"- {t.Key}: {t.Value:F2} s\n"))) +
            (results.Count == 2 ? Invariant($"- max relative difference Torch vs MathNet: {diff:E1}\n") : "- Torch not loadable in this process: only MathNet measured\n");
        return (new { n = o.GridN, d = o.GridD, seconds = times, max_relative_difference = diff }, text);
    }

    private static (object, string) FitVsSklearn(SvrBenchOptions o)
    {
        var (x, y) = BenchSupport.Data(o.FitN, o.FitD, o.Seed);
        var nTrain = o.FitN * 4 / 5;
        var xTrain = x[..nTrain];
        var xTest = x[nTrain..];
        var yTrain = y[..nTrain];
        var gamma = 1.0 / o.FitD;
        var p = new SvrParameters(C: 1, Epsilon: 0.1, Gamma: gamma, Tolerance: o.Tolerance, CacheSizeMb: o.CacheSizeMb);

        var sw = Stopwatch.StartNew();
        double[] ours;
        int sv;
        double kernelSeconds, solverSeconds;
        using (var model = Svr.Fit(xTrain, yTrain, p, o.Backend))
        {
            ours = model.Predict(xTest);
            var k = (KernelExpansionRegressor)model;
            sv = k.SupportVectorCount;
            kernelSeconds = k.KernelSeconds;
            solverSeconds = k.SolverSeconds;
        }

        var oursSeconds = sw.Elapsed.TotalSeconds;
        var dir = Scratch(o, "fit");
        BenchSupport.WriteRows(Path.Combine(dir, "x_train.bin"), xTrain);
        BenchSupport.WriteRows(Path.Combine(dir, "x_test.bin"), xTest);
        BenchSupport.WriteVector(Path.Combine(dir, "y_train.bin"), yTrain);
        WriteMeta(dir, new { n_train = nTrain, n_test = xTest.Length, d = o.FitD, gamma, c = 1.0, epsilon = 0.1, tol = o.Tolerance, cache_mb = o.CacheSizeMb });
        BenchSupport.RunPython(o.Python, o.SklearnScript, "fit", dir);
        using var sk = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sklearn.json")));
        var skSeconds = sk.RootElement.GetProperty("seconds").GetDouble();
        var skSv = sk.RootElement.GetProperty("n_sv").GetInt32();
        var diff = BenchSupport.MaxRelativeDifference(ours, BenchSupport.ReadVector(Path.Combine(dir, "sklearn_pred.bin")));
        var text = Invariant($"## SVR fit+predict, RBF, {o.FitN} × {o.FitD} (train {nTrain}, test {xTest.Length}; γ = 1/{o.FitD}, C = 1, ε = 0.1, tol {o.Tolerance})\n\n") +
            Invariant($"- LeakSpec fast path: {oursSeconds:F2} s (kernel {kernelSeconds:F2} s, libsvm solver {solverSeconds:F2} s, prediction the rest), {sv} support vectors\n- scikit-learn SVR: {skSeconds:F2} s, {skSv} support vectors\n") +
            Invariant($"- speed-up: {skSeconds / oursSeconds:F1}× (target ≥ 5×); max relative prediction difference {diff:E1} (target ≤ 1e-6)\n");
        return (new { n = o.FitN, d = o.FitD, leakspec_seconds = oursSeconds, kernel_seconds = kernelSeconds, solver_seconds = solverSeconds, sklearn_seconds = skSeconds, speedup = skSeconds / oursSeconds, support_vectors = sv, sklearn_support_vectors = skSv, max_relative_prediction_difference = diff }, text);
    }

    private static (object, string) GridVsSklearn(SvrBenchOptions o)
    {
        var (x, y) = BenchSupport.Data(o.GridN, o.GridD, o.Seed + 1);
        double[] gammas = [.. new[] { 0.25, 0.5, 1, 2, 4 }.Select(g => g / o.GridD)];
        double[] cs = [0.25, 1, 4, 16];
        double[] eps = [0.1];
        var settings = new SvrParameters(Tolerance: o.Tolerance, CacheSizeMb: o.CacheSizeMb);
        var sw = Stopwatch.StartNew();
        var ours = SvrGridSearch.Run(x, y, gammas, cs, eps, 5, o.Seed, settings, o.Backend);
        var oursSeconds = sw.Elapsed.TotalSeconds;

        var dir = Scratch(o, "grid");
        BenchSupport.WriteRows(Path.Combine(dir, "x_train.bin"), x);
        BenchSupport.WriteVector(Path.Combine(dir, "y_train.bin"), y);
        WriteMeta(dir, new { n_train = o.GridN, d = o.GridD, gammas, cs, epsilons = eps, fold_of = ours.FoldOf, tol = o.Tolerance, cache_mb = o.CacheSizeMb });
        BenchSupport.RunPython(o.Python, o.SklearnScript, "grid", dir);
        using var sk = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sklearn.json")));
        var root = sk.RootElement;
        var skSeconds = root.GetProperty("seconds").GetDouble();
        var best = root.GetProperty("best");
        var same = best.GetProperty("c").GetDouble() == ours.BestC && best.GetProperty("gamma").GetDouble() == ours.BestGamma
            && best.GetProperty("epsilon").GetDouble() == ours.BestEpsilon;
        var skScores = root.GetProperty("mean_test_score").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var scoreDiff = ours.Points.Select(pt => pt.MeanScore).Zip(skScores, (a, b) => Math.Abs(a - b)).Max();
        var text = Invariant($"## Grid search 5 γ × 4 C, 5-fold, {o.GridN} × {o.GridD} (tol {o.Tolerance})\n\n") +
            Invariant($"- LeakSpec (one distance matrix, kernel rows reused per γ and fold): {oursSeconds:F2} s; best C = {ours.BestC}, γ = {ours.BestGamma:G6}\n") +
            Invariant($"- scikit-learn GridSearchCV (same folds, n_jobs=1): {skSeconds:F2} s; best C = {best.GetProperty("c").GetDouble()}, γ = {best.GetProperty("gamma").GetDouble():G6}\n") +
            Invariant($"- speed-up: {skSeconds / oursSeconds:F1}× (target ≥ 10×); same best parameters: {(same ? "yes" : "NO")}; max |ΔR²| over the grid {scoreDiff:E1}\n");
        return (new { n = o.GridN, d = o.GridD, leakspec_seconds = oursSeconds, sklearn_seconds = skSeconds, speedup = skSeconds / oursSeconds, same_best = same, max_abs_mean_r2_difference = scoreDiff }, text);
    }

    private static (object, string) Memory(SvrBenchOptions o)
    {
        var (x, y) = BenchSupport.Data(o.MemoryN, o.MemoryD, o.Seed + 2);
        BenchSupport.ResetPeak();
        var before = BenchSupport.ProcStatus("VmRSS");
        var sw = Stopwatch.StartNew();
        using (Svr.FitMatlabDefaults(x, y, new MatlabSvrOptions(Seed: o.Seed)))
        {
        }

        var seconds = sw.Elapsed.TotalSeconds;
        var peak = BenchSupport.ProcStatus("VmHWM");
        var text = Invariant($"## Peak memory, MATLAB-default fit on {o.MemoryN} × {o.MemoryD} (KonIQ-10k training size)\n\n") +
            Invariant($"- peak RSS of the process {peak / 1048576.0:F0} MiB (target ≤ 2048), of which {(peak - before) / 1048576.0:F0} MiB above the {before / 1048576.0:F0} MiB held before fitting (data included there); fit {seconds:F1} s\n");
        return (new { n = o.MemoryN, d = o.MemoryD, peak_rss_bytes = peak, rss_before_bytes = before, seconds }, text);
    }

    private static (object, string) Scaling(SvrBenchOptions o)
    {
        var rows = new List<(int N, double Seconds, long Peak, long Kernel)>();
        foreach (var n in o.Scaling)
        {
            var (x, y) = BenchSupport.Data(n, o.ScalingD, o.Seed + 3);
            BenchSupport.ResetPeak();
            var before = BenchSupport.ProcStatus("VmRSS");
            var sw = Stopwatch.StartNew();
            using (Svr.Fit(x, y, new SvrParameters(Gamma: 1.0 / o.ScalingD, Tolerance: o.Tolerance, CacheSizeMb: o.CacheSizeMb), o.Backend))
            {
            }

            rows.Add((n, sw.Elapsed.TotalSeconds, BenchSupport.ProcStatus("VmHWM") - before, NativeProblem.PrecomputedBytes(n)));
        }

        var text = new StringBuilder(Invariant($"## Growth with N (G.3), RBF fast path, d = {o.ScalingD}\n\n| N | fit s | peak RSS above start MiB | kernel MiB |\n|---|---|---|---|\n"));
        foreach (var r in rows)
        {
            text.Append(Invariant($"| {r.N} | {r.Seconds:F2} | {r.Peak / 1048576.0:F0} | {r.Kernel / 1048576.0:F0} |\n"));
        }

        var first = rows[0];
        var last = rows[^1];
        var ratio = Math.Log((double)last.N / first.N);
        var timeExp = Math.Log(last.Seconds / first.Seconds) / ratio;
        var memExp = Math.Log((double)last.Peak / Math.Max(1, first.Peak)) / ratio;
        text.Append(Invariant($"\nlog–log slope from N = {first.N} to {last.N}: time {timeExp:F2}, peak memory {memExp:F2}, kernel 2.00 (16 bytes × N(N+2)).\n"));
        return (new { d = o.ScalingD, rows = rows.Select(r => new { n = r.N, seconds = r.Seconds, peak_rss_above_start_bytes = r.Peak, kernel_bytes = r.Kernel }).ToArray(), time_exponent = timeExp, memory_exponent = memExp }, text.ToString());
    }

    private static string Scratch(SvrBenchOptions o, string name)
    {
        var dir = Path.Combine(o.OutDirectory, "scratch-" + name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static void WriteMeta(string dir, object meta) =>
        AtomicFile.WriteAllText(Path.Combine(dir, "meta.json"), JsonSerializer.Serialize(meta));

    private static string Invariant(FormattableString s) => FormattableString.Invariant(s);
}
