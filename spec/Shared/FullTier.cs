using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.IO;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// What a Full-tier test needs from the machine: dataset roots and weight files named by environment variables
/// (exported, or set in runsettings/full.runsettings; LEAKSPEC_DATA for all five datasets at once). Anything missing
/// skips the test with the variable, the path it looked at and how to obtain the data; a Full test never passes without
/// having trained, and fails rather than train on the CPU (FullTierGate).
/// </summary>
public static class FullTier
{
    public const string WeightsVariable = FullTierEnvironment.WeightsVariable;
    public const string ResultsVariable = FullTierEnvironment.ResultsVariable;

    /// <summary>LEAKSPEC_TID2013, LEAKSPEC_KADID10K, LEAKSPEC_KONIQ10K, LEAKSPEC_LIVEC, LEAKSPEC_KONVID1K.</summary>
    public static string VariableFor(DatasetKind kind) => FullTierEnvironment.DatasetVariable(kind);

    /// <summary>The dataset's root (LEAKSPEC_&lt;DATASET&gt;, else LEAKSPEC_DATA/&lt;folder&gt;), or a skip naming what is missing.</summary>
    public static string RequireDataset(DatasetKind kind)
    {
        var (root, problem) = FullTierEnvironment.ResolveDataset(kind, Environment.GetEnvironmentVariable, FullTierEnvironment.PathExists);
        if (root is null)
        {
            Assert.Skip(problem!);
        }

        return root;
    }

    /// <summary>The full path of a weight file under LEAKSPEC_WEIGHTS, or a skip naming what is missing.</summary>
    public static string RequireWeights(string fileName, string howToObtain)
    {
        var (path, problem) = FullTierEnvironment.ResolveWeights(fileName, howToObtain, Environment.GetEnvironmentVariable, FullTierEnvironment.PathExists);
        if (path is null)
        {
            Assert.Skip(problem!);
        }

        return path;
    }

    public static string RequireWeights(WeightFile weights) => RequireWeights(weights.FileName, weights.HowToObtain);

    /// <summary>
    /// What a training Full test needs, decided by <see cref="FullTierGate"/>: skips when data or weights are
    /// missing (every missing thing named, <paramref name="alsoNeeded"/> included); FAILS when they are present but CUDA
    /// is not (unless LEAKSPEC_ALLOW_CPU=1), so a GPU box with a CPU build never runs the tier on its CPU in silence.
    /// </summary>
    /// <param name="alsoNeeded">Weight files a variant loads beside <paramref name="weights"/> (Case IV's row 7 network), or none.</param>
    /// <param name="environment">Variable → value; the process's environment when null (the Rehearsal tier passes its own).</param>
    public static FullTierDecision Require(
        IReadOnlyList<DatasetKind> datasets, WeightFile weights, IReadOnlyList<WeightFile>? alsoNeeded = null, Func<string, string?>? environment = null)
    {
        var env = environment ?? Environment.GetEnvironmentVariable;
        FullTierDecision Decide(bool cuda) => FullTierGate.Decide(
            datasets, (weights.FileName, weights.HowToObtain), env, FullTierEnvironment.PathExists, cuda, Runtime.BuildInfo.TorchBackend);

        var missing = (alsoNeeded ?? [])
            .Select(w => FullTierEnvironment.ResolveWeights(w.FileName, w.HowToObtain, env, FullTierEnvironment.PathExists).Problem)
            .OfType<string>()
            .ToArray();

        // Missing data skips before libtorch is loaded to ask for CUDA (a second per test on a machine without data).
        var decision = Decide(cuda: true);
        if (decision.Verdict == FullTierVerdict.Skip || missing.Length > 0)
        {
            Assert.Skip(string.Join(" | ", decision.Verdict == FullTierVerdict.Skip ? [decision.Message, .. missing] : missing));
        }

        decision = Decide(Runtime.DeviceSelector.Select("auto").Device == "cuda");

        switch (decision.Verdict)
        {
            case FullTierVerdict.Skip:
                Assert.Skip(decision.Message);
                break;
            case FullTierVerdict.Fail:
                Assert.Fail(decision.Message);
                break;
        }

        TestContext.Current.SendDiagnosticMessage($"Full tier: {decision.Message}; build {Runtime.BuildInfo.Id}, TorchSharp backend {Runtime.BuildInfo.TorchBackend}");
        return decision;
    }

    /// <summary>
    /// Attaches text to the test result and, when LEAKSPEC_RESULTS is set, also writes it (atomically) to
    /// LEAKSPEC_RESULTS/&lt;test class&gt;/&lt;test method&gt;/&lt;name&gt;, so evidence outlives the test log.
    /// Returns the file written, or null.
    /// </summary>
    /// <param name="environment">Variable → value; the process's environment when null.</param>
    public static string? Attach(string name, string contents, Func<string, string?>? environment = null)
    {
        TestContext.Current.AddAttachment(name, contents, replaceExistingValue: true);
        var path = EvidencePath(name, environment);
        if (path is null)
        {
            return null;
        }

        AtomicFile.WriteAllText(path, contents);
        return path;
    }

    /// <summary>
    /// Where <see cref="Attach"/> writes <paramref name="name"/> for the running test:
    /// LEAKSPEC_RESULTS/&lt;test class&gt;/&lt;test method&gt;/&lt;name&gt;, or null when LEAKSPEC_RESULTS is unset.
    /// </summary>
    public static string? EvidencePath(string name, Func<string, string?>? environment = null)
    {
        var results = Lookup(ResultsVariable, environment ?? Environment.GetEnvironmentVariable);
        if (results is null)
        {
            return null;
        }

        // Creating the results folder is fine; creating a whole tree from an unedited placeholder is not.
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(results));
        if (!Directory.Exists(results) && (parent is null || !Directory.Exists(parent)))
        {
            throw new DirectoryNotFoundException(
                $"{ResultsVariable}={results}: neither it nor its parent folder exists; point it at a writable folder in runsettings/full.runsettings.");
        }

        var cls = TestContext.Current.TestClass?.TestClassName ?? "unknown-class";
        var method = TestContext.Current.TestMethod?.MethodName ?? "unknown-test";
        return Path.Combine(results, Safe(cls), Safe(method), Safe(name));
    }

    private static string? Lookup(string variable, Func<string, string?> environment)
    {
        var value = environment(variable);
        return string.IsNullOrWhiteSpace(value) || FullTierEnvironment.IsPlaceholder(value) ? null : Path.GetFullPath(value.Trim());
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')).Trim('.');
}
