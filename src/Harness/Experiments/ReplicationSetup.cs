using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>
/// Turns `leakspec replicate` options into a context, data and runners: everything between parsing and the
/// <see cref="Replicator"/>, kept here so it is tested without the command line.
/// </summary>
public static class ReplicationSetup
{
    public const string AllCases = "all";

    /// <summary>The case ids `--case` accepts, in report order.</summary>
    public static IReadOnlyList<string> CaseIds { get; } = ["1", "2", "3", "4", "deeprn"];

    /// <summary>"all" → every case; otherwise the one named (case-insensitive).</summary>
    public static IReadOnlyList<string> ParseCases(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        if (v == AllCases)
        {
            return CaseIds;
        }

        return CaseIds.Contains(v)
            ? [v]
            : throw new ReplicationException($"--case {value}: expected one of {string.Join(", ", CaseIds)} or {AllCases}.");
    }

    /// <summary>
    /// `--splits N` (N splits drawn from the seeds) or `--splits authors` (the authors' five: KADID-10k and KoNViD-1k as
    /// they split them, the other datasets drawn from the same five seeds); the authors' splits exist for base seed 1 only.
    /// </summary>
    public static (int Count, bool Authors) ParseSplits(string value, int seed)
    {
        var v = value.Trim();
        if (string.Equals(v, Splitting.AuthorsSplits.PolicyName, StringComparison.OrdinalIgnoreCase))
        {
            return seed == 1
                ? (Splitting.PaperSeeds.Five.Count, true)
                : throw new ReplicationException($"--splits authors uses the authors' seeds ({string.Join(", ", Splitting.PaperSeeds.Five)}); drop --seed {seed} or give --splits a number.");
        }

        return int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? (n, false)
            : throw new ReplicationException($"--splits {value}: expected a whole number of splits (at least 1) or '{Splitting.AuthorsSplits.PolicyName}'.");
    }

    /// <summary>The values `--profile` accepts.</summary>
    public static IReadOnlyList<string> ProfileNames { get; } = ["demo", "paper"];

    /// <summary>
    /// `--profile demo|paper`, or the default when null: demo for `--data synthetic`, paper for real data. Demo is the
    /// embedded ResNet18 on the CPU with the demo's budgets, on any data; paper needs the backbone weights
    /// (<paramref name="weightsRoot"/>: LEAKSPEC_WEIGHTS) and says so, naming both ways out, when they are not set.
    /// </summary>
    public static Pipelines.ReplicationProfile SelectProfile(string? requested, bool syntheticData, Func<string?> weightsRoot)
    {
        var name = requested?.Trim().ToLowerInvariant() ?? (syntheticData ? "demo" : "paper");
        return name switch
        {
            "demo" => Pipelines.ReplicationProfile.Demo,
            "paper" => Pipelines.ReplicationProfile.Paper(weightsRoot() ?? throw new ReplicationException(
                $"--profile paper{(requested is null ? " (the default for real data)" : string.Empty)} runs the paper's backbones: set {FullTierEnvironment.WeightsVariable} to the folder holding alexnet.pt, inception_v3.pt, inception_resnet_v2.pt and resnet101.pt (PyTorch state dicts written by scripts/make-weights.py; see README, \"The Full tier on a GPU box\"), or pass --profile demo for the embedded ResNet18 on the CPU.")),
            _ => throw new ReplicationException($"--profile {requested}: expected one of {string.Join(", ", ProfileNames)}."),
        };
    }

    /// <summary>"cpu", "cuda" (must be available) or "auto" (cuda when available).</summary>
    public static string ResolveDevice(string requested, Func<bool> cudaAvailable)
    {
        // The decision is DeviceSelector's (the one place that chooses); only the probe is injected here.
        try
        {
            return Runtime.DeviceSelector.Decide(requested.Trim(), cudaAvailable(), "TorchSharp").Device;
        }
        catch (Exception e) when (e is Runtime.NativeLibraryException or ArgumentException)
        {
            throw new ReplicationException($"--device {requested}: {e.Message}");
        }
    }

    /// <summary>The context for `--data synthetic` (data under &lt;out&gt;/data) or `--data DIR` (which must exist).</summary>
    public static ReplicationContext CreateContext(string outDir, string data, string device, Action<string> progress)
    {
        var output = Path.GetFullPath(outDir);
        if (string.Equals(data.Trim(), ReplicationContext.SyntheticData, StringComparison.OrdinalIgnoreCase))
        {
            return new ReplicationContext(output, device, progress, Path.Combine(output, "data"), IsSynthetic: true);
        }

        var root = Path.GetFullPath(data);
        return Directory.Exists(root)
            ? new ReplicationContext(output, device, progress, root)
            : throw new ReplicationException($"--data {data}: folder {root} does not exist; give a dataset root (or a folder of them) or 'synthetic'.");
    }

    /// <summary>
    /// Writes the synthetic datasets the requested cases need into &lt;out&gt;/data/&lt;kind&gt;/, skipping those already
    /// there (a resumed run keeps its data, so its stored results stay valid).
    /// </summary>
    public static void PrepareSyntheticData(ReplicationContext ctx, IEnumerable<string> caseIds, int seed, SyntheticDatasetWriter writer)
    {
        if (!ctx.IsSynthetic)
        {
            return;
        }

        var kinds = caseIds.SelectMany(id => PaperReference.GetCase(id).Datasets).Distinct().OrderBy(k => k);
        foreach (var kind in kinds)
        {
            var dir = Path.Combine(ctx.DataRoot, DatasetRoots.FolderName(kind));
            if (DatasetRoots.LooksLike(dir, kind))
            {
                ctx.Progress($"data · {DatasetCatalog.Get(kind).DisplayName} (synthetic) already in {dir}");
                continue;
            }

            ctx.Progress($"data · generating synthetic {DatasetCatalog.Get(kind).DisplayName} into {dir}");
            writer(kind, seed, dir);
            if (!DatasetRoots.LooksLike(dir, kind))
            {
                throw new ReplicationException($"The synthetic generator wrote no {DatasetRoots.MarkerFile(kind)} into {dir}.");
            }
        }
    }

    /// <summary>The registered runners for the requested cases, in report order; every requested case must have one.</summary>
    public static IReadOnlyList<ICaseRunner> SelectRunners(IReadOnlyList<ICaseRunner> available, IReadOnlyList<string> requested)
    {
        var missing = requested.Where(id => available.All(r => r.CaseId != id)).ToArray();
        if (missing.Length > 0)
        {
            var have = available.Count == 0 ? "none yet" : string.Join(", ", available.Select(r => r.CaseId));
            throw new ReplicationException($"No pipeline for case {string.Join(", ", missing)} in this build (available: {have}).");
        }

        return requested.Select(id => available.First(r => r.CaseId == id)).ToArray();
    }

    /// <summary>
    /// The steps of `leakspec replicate` once its options are parsed: the synthetic data the cases need (when the
    /// context is synthetic), their runners with <paramref name="profile"/>, and the run. The Demo tests take the same steps.
    /// </summary>
    public static RunResults Replicate(
        ReplicationContext ctx, Pipelines.ReplicationProfile profile, IReadOnlyList<string> caseIds, int splits, int seed, CancellationToken ct)
    {
        ctx = ctx with { ProfileName = profile.Name };
        PrepareSyntheticData(ctx, caseIds, seed, CaseRegistry.Synthetic);
        var runners = SelectRunners(CaseRegistry.Create(ctx, profile), caseIds);
        return new Replicator(runners).Run(ctx, splits, seed, ct);
    }

    /// <summary>
    /// `replicate --plan`: the requested cases' estimate on this machine (<see cref="Planning.RunPlanner"/>), without
    /// running them. Synthetic data is generated first, as a run would.
    /// </summary>
    public static IReadOnlyList<Planning.CasePlan> Plan(
        ReplicationContext ctx, Pipelines.ReplicationProfile profile, IReadOnlyList<string> caseIds, int splits, int seed, Planning.Calibration calibration)
    {
        ctx = ctx with { ProfileName = profile.Name, PrefetchVideos = false };
        PrepareSyntheticData(ctx, caseIds, seed, CaseRegistry.Synthetic);
        var runners = SelectRunners(CaseRegistry.Create(ctx, profile), caseIds);
        return Planning.RunPlanner.Plan(runners, splits, seed, calibration, Training.BatchLoader.DefaultWorkers);
    }
}
