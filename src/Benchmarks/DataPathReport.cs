using System.Globalization;
using System.Text;
using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Experiments.Planning;
using LeakSpec.Runtime;

namespace LeakSpec.Benchmarks;

/// <summary>
/// The data-path bench's tables: each pass measured here, its host rate scaled to the target machine's cores, the
/// share of time the published GPU rate would wait on it, and the Full tier's projected hours on that machine.
/// Scaling: the pipeline's work is per item and its workers share nothing but the queue, so items per core-second
/// measured here times (cores − 1) — one core stays with the training thread — is the target's host rate.
/// </summary>
public static class DataPathReport
{
    /// <summary>Release item counts: KoNViD-1k in videos (each at its own frame count), the rest in images.</summary>
    public static IReadOnlyDictionary<DatasetKind, int> ReleaseCounts { get; } = new Dictionary<DatasetKind, int>
    {
        [DatasetKind.Tid2013] = 3000, [DatasetKind.Kadid10k] = 10_125, [DatasetKind.Koniq10k] = 10_073, [DatasetKind.LiveC] = 1162, [DatasetKind.Konvid1k] = 1200,
    };

    public static string Passes(IReadOnlyList<DataPathPass> passes, ReplicationProfile profile, int cores)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Invariant($"| case | pass | items | wall s | items/s per core | decodes per video | input | host items/s on {cores} cores | H100 items/s (published) | GPU wait |"));
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var p in passes)
        {
            var host = p.ItemsPerCoreSecond * (cores - 1);
            var backbone = BackboneOf(profile, p.Case);
            var device = p.Width == 0 ? double.NaN
                : p.Pass == "features" ? PublishedThroughput.EvalPerSecond(backbone, p.Width, p.Height) : PublishedThroughput.TrainPerSecond(backbone, p.Width, p.Height);
            var wait = double.IsNaN(device) ? "–" : Invariant($"{Math.Max(0, 1 - (host / device)):P0}");
            sb.AppendLine(Invariant(
                $"| {p.Case} | {p.Pass} | {p.Items:N0} | {p.WallSeconds:F1} | {p.ItemsPerCoreSecond:F0} | {(p.DecodesPerVideo == 0 ? "–" : p.DecodesPerVideo)} | {(p.Width == 0 ? "–" : $"{p.Width}×{p.Height}")} | {host:F0} | {(double.IsNaN(device) ? "–" : device.ToString("F0", CultureInfo.InvariantCulture))} | {wait} |"));
        }

        return sb.ToString();
    }

    /// <summary>The Full tier on the target machine: the planner on the sample's manifests, scaled to release counts, the device at the published rate.</summary>
    public static string FullTier(ReplicationContext ctx, ReplicationProfile profile, IReadOnlyList<string> cases, int cores, Func<DatasetKind, int> sampleCount)
    {
        var calibration = new Calibration(
            new DeviceChoice("cpu", "bench datapath: the device's time is the published rate"),
            (backbone, w, h) => (1 / PublishedThroughput.TrainPerSecond(backbone, w, h), 1 / PublishedThroughput.EvalPerSecond(backbone, w, h)));
        var runners = ReplicationSetup.SelectRunners(CaseRegistry.Create(ctx with { MediaBudgetBytes = 0, PrefetchVideos = false }, profile), cases);
        var plans = RunPlanner.Plan(runners, 5, 1, calibration, cores - 1, kind => ReleaseCounts[kind] / (double)sampleCount(kind));
        return PlanReport.ToMarkdown(plans, Invariant($"one H100 (published rate) with {cores} cores, profile {profile.Name}, 5 splits, release-size datasets"));
    }

    private static BackboneSpec BackboneOf(ReplicationProfile profile, string caseId) => caseId switch
    {
        "1" => profile.DeepBiq.Backbone,
        "4" => profile.MultiGap.Backbone,
        "deeprn" => profile.DeepRn.Backbone,
        _ => profile.CnnSvr.Backbone,
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
