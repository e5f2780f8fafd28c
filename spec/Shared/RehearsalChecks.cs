using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Metrics;
using LeakSpec.Models;
using LeakSpec.Reporting;
using LeakSpec.Splitting;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// What a rehearsal asserts about a finished Full run: each a problem text (empty when sound), so one failing test names
/// every problem at once.
/// </summary>
internal static class RehearsalChecks
{
    /// <summary>
    /// The values random weights may leave undefined, each present but NaN as the harness records a constant
    /// prediction's correlation: one SGD step at DeepRN's learning rate of 0.01 saturates a randomly initialised
    /// ResNet-101's stage-1 classifier in eval mode (logits near 1e4, every image the same class), so stage 1's own
    /// SROCC on its saved model has no value, nor the plateau epoch D.1 reads from it. Everything else must be finite.
    /// </summary>
    public static IReadOnlySet<string> UndefinedOnRandomWeights { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "stage1.srocc", ScalarKeys.Stage1PlateauEpoch,
    };

    /// <summary>Every split complete and finite, its manifest on disk and audited, results.json in the schema, the evidence attached.</summary>
    public static List<string> Results(
        IReadOnlyDictionary<string, VariantResult> results, IReadOnlyList<string> variants, RehearsalWorkspace workspace, FullRunSettings settings, bool classifierOnly)
    {
        var problems = new List<string>();
        var missing = variants.Except(results.Keys, StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"variants without results: {string.Join(", ", missing)}");
        }

        foreach (var v in results.Values)
        {
            if (!PaperBackbones.Names.Any(n => v.Backbone.StartsWith(n, StringComparison.Ordinal)))
            {
                problems.Add($"{v.Variant}: ran on '{v.Backbone}', not a paper backbone");
            }

            if (v.Splits.Count < 1 || v.Splits.Count > settings.Splits || !v.Splits.Select(s => s.Split).SequenceEqual(Enumerable.Range(1, v.Splits.Count)))
            {
                problems.Add($"{v.Variant}: splits {string.Join(",", v.Splits.Select(s => s.Split))}, expected 1…{settings.Splits}");
            }

            foreach (var s in v.Splits)
            {
                var at = $"{v.Variant} split {s.Split}";
                problems.AddRange(Finite(at, s, classifierOnly));
                problems.AddRange(Manifest(at, Path.Combine(workspace.Results, "manifests", $"case{v.CaseId}", v.Variant, $"split{s.Split}.json"), s));
            }
        }

        problems.AddRange(Evidence(workspace, settings, variants));
        return problems;
    }

    /// <summary>
    /// A claim's Full-tier check on rehearsal results: it must evaluate, every measurement must exist (a NaN means a
    /// pipeline did not report what the check reads), and its audit conditions — the only ones random weights cannot
    /// change — must hold.
    /// </summary>
    public static IEnumerable<string> Verdict(Verdict verdict)
    {
        if (verdict.Conditions.Count == 0)
        {
            yield return $"{verdict.ClaimId}: the check stated no condition";
        }

        foreach (var c in verdict.Conditions)
        {
            if (!double.IsFinite(c.Measured) && !UndefinedOnRandomWeights.Any(key => c.Text.Contains(key, StringComparison.Ordinal)))
            {
                yield return $"{verdict.ClaimId}: nothing measured for '{c.Text}'";
            }
            else if (c.Text.StartsWith("audit:", StringComparison.Ordinal) && !c.Holds)
            {
                yield return $"{verdict.ClaimId}: {c}";
            }
        }
    }

    private static IEnumerable<string> Finite(string at, SplitResult s, bool classifierOnly)
    {
        static bool AllFinite(MetricSet m) => double.IsFinite(m.Plcc) && double.IsFinite(m.Srocc) && double.IsFinite(m.Krocc) && double.IsFinite(m.Rmse);
        static bool AllNaN(MetricSet m) => double.IsNaN(m.Plcc) && double.IsNaN(m.Srocc) && double.IsNaN(m.Krocc) && double.IsNaN(m.Rmse);
        if (classifierOnly ? !AllNaN(s.Test) : !AllFinite(s.Test))
        {
            yield return $"{at}: test metrics {s.Test}, expected {(classifierOnly ? "none (a classifier has no regressor)" : "all finite")}";
        }

        if (s.Train is { } train && !AllFinite(train))
        {
            yield return $"{at}: training metrics {train} not finite";
        }

        foreach (var (key, value) in s.Scalars.Where(p => !double.IsFinite(p.Value) && !UndefinedOnRandomWeights.Contains(p.Key)))
        {
            yield return $"{at}: scalar {key} = {value}";
        }

        foreach (var p in s.Curve.Where(p => !double.IsFinite(p.Step) || (!double.IsFinite(p.Value) && !UndefinedOnRandomWeights.Contains(p.Series))))
        {
            yield return $"{at}: curve {p.Series} at {p.Step} = {p.Value}";
        }

        if (classifierOnly && s.Scalar(ScalarKeys.TestAccuracy) is null)
        {
            yield return $"{at}: no test accuracy";
        }
    }

    /// <summary>The manifest the run wrote is the one its result names, and its audit shows exactly the leak it was built with.</summary>
    private static IEnumerable<string> Manifest(string at, string path, SplitResult s)
    {
        if (!File.Exists(path))
        {
            yield return $"{at}: no manifest at {path}";
            yield break;
        }

        var manifest = SplitManifest.Parse(File.ReadAllText(path), path);
        if (manifest.ContentHash != s.ManifestHash)
        {
            yield return $"{at}: {path} hashes to {manifest.ContentHash}, the result names {s.ManifestHash}";
        }

        var built = manifest.Policy.Split('+').Where(p => p.StartsWith("leak:", StringComparison.Ordinal))
            .Aggregate(Leak.None, (acc, p) => acc | Enum.Parse<Leak>(p["leak:".Length..]));
        var audit = new LeakAuditor().Audit([manifest]);
        if (audit.Cases != built || s.Leaks != built || (built == Leak.None) != (s.AuditFindings.Count == 0))
        {
            yield return $"{at}: built as '{manifest.Policy}', the auditor finds {audit.Cases}, the result records {s.Leaks} with {s.AuditFindings.Count} finding(s)";
        }
    }

    /// <summary>results.json reads back in the schema, byte for byte; report.md exists; both are attached where LEAKSPEC_RESULTS points.</summary>
    private static IEnumerable<string> Evidence(RehearsalWorkspace workspace, FullRunSettings settings, IReadOnlyList<string> variants)
    {
        var resultsPath = Path.Combine(workspace.Results, ReportWriter.ResultsFile);
        var read = ResultsJson.Read(resultsPath);
        if (ResultsJson.Serialize(read) != File.ReadAllText(resultsPath))
        {
            yield return $"{resultsPath} does not serialise back to itself";
        }

        var expectedProfile = settings.Caps!.Apply(Experiments.Pipelines.ReplicationProfile.Paper(workspace.Weights)).Name;
        if (read.Profile != expectedProfile || read.SplitCount != settings.Splits || !read.Variants.Select(v => v.Variant).Order(StringComparer.Ordinal).SequenceEqual(variants.Order(StringComparer.Ordinal)))
        {
            yield return $"{resultsPath}: profile '{read.Profile}', {read.SplitCount} split(s), variants {string.Join(",", read.Variants.Select(v => v.Variant))}";
        }

        foreach (var (name, source) in new[] { ("results.json", resultsPath), ("report.md", Path.Combine(workspace.Results, ReportWriter.ReportFile)) })
        {
            var attached = FullTier.EvidencePath(name, settings.Environment);
            if (!File.Exists(source) || new FileInfo(source).Length == 0)
            {
                yield return $"{source} missing or empty";
            }
            else if (attached is null || !File.Exists(attached) || File.ReadAllText(attached) != File.ReadAllText(source))
            {
                yield return $"{name} is not attached as written ({attached ?? "no LEAKSPEC_RESULTS"})";
            }
        }
    }
}
