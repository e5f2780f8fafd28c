using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Experiments.Pipelines;

namespace LeakSpec.Spec.Shared;

/// <summary>
/// A class fixture holding one case's demo run: the same steps as `leakspec replicate --case N --data synthetic`
/// (the default synthetic data of <see cref="DemoTier.Seed"/>, the demo profile, <see cref="DemoTier.Splits"/> splits,
/// the CPU) through the <see cref="Replicator"/>, once for all the case's claim tests. The run store resumes an
/// interrupted run and refuses results another build left (its key holds the build).
/// </summary>
/// <param name="caseId">The case (<see cref="ReplicationSetup.CaseIds"/>).</param>
public abstract class CaseDemoRuns(string caseId)
{
    private readonly Lock gate = new();
    private IReadOnlyDictionary<string, IReadOnlyList<SplitResult>>? results;

    /// <summary>What the verdicts were evaluated on, for `LEAKSPEC_VERDICTS`.</summary>
    public string Label => $"demo seed {DemoTier.Seed}";

    /// <summary>The claim's check with the Demo margins on this case's demo run.</summary>
    internal Verdict Check(string claimId)
    {
        var claim = ClaimCatalog.Get(claimId);
        if (claim.CaseId != caseId)
        {
            throw new ArgumentException($"{claimId} belongs to case {claim.CaseId}, not to case {caseId}'s demo run.", nameof(claimId));
        }

        if (claim.DemoGap is { } gap)
        {
            Assert.Skip($"{claimId} is not asserted at the Demo tier: {gap} The report of `leakspec replicate --data synthetic` still shows its check.");
        }

        return claim.Evaluate(new Evidence(Results()), CheckTier.Demo);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<SplitResult>> Results()
    {
        lock (gate)
        {
            return results ??= Run();
        }
    }

    private IReadOnlyDictionary<string, IReadOnlyList<SplitResult>> Run()
    {
        var output = DemoTier.OutputFor(caseId);
        void Progress(string line) => TestContext.Current.SendDiagnosticMessage(line);
        var ctx = ReplicationSetup.CreateContext(output, "synthetic", "cpu", Progress);
        var run = ReplicationSetup.Replicate(ctx, ReplicationProfile.Demo, [caseId], DemoTier.Splits, DemoTier.Seed, TestContext.Current.CancellationToken);
        Reporting.ReportWriter.Publish(run, ctx);
        TestContext.Current.AddAttachment("report.md", File.ReadAllText(Path.Combine(output, Reporting.ReportWriter.ReportFile)), replaceExistingValue: true);
        return run.Variants.ToDictionary(v => v.Variant, v => v.Splits, StringComparer.Ordinal);
    }
}
