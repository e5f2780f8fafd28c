using System.Text;

namespace LeakSpec.Experiments.Claims;

/// <summary>Renders the catalog as docs/claims.md (a test keeps the committed file equal to this).</summary>
public static class ClaimCatalogMarkdown
{
    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# The claim catalog\n\n")
          .Append("Generated from `src/Harness/Experiments/Claims` and `PaperReference.cs` (do not edit by hand: run\n")
          .Append("`LEAKSPEC_WRITE_DOCS=1 dotnet test tests/Harness.Tests -c Release --filter ClaimCatalogDocs` after a change).\n")
          .Append("Every claim of Götz-Hahn, Hosu & Saupe (PLOS ONE 2022) has one check: the Fast test, the Full test and the\n")
          .Append("report's claim-check table evaluate it, each tier with its own margins. `dotnet test --filter Claim=X` runs exactly\n")
          .Append("claim X's tests (its Fast, Full and sabotage rows). Numbers are mean ± std over five splits; where they come from the authors' result files rather\n")
          .Append("than the printed paper, the source says so (Table 2's rows 13/14 and 18/19 carry the erratum). The Full tier\n")
          .Append(FormattableString.Invariant($"accepts mean ± max(2 × std, {PaperValue.MinTolerance}) (± {PaperValue.DefaultTolerance} where no spread is given).\n\n"))
          .Append("PLCC conventions: Table 1 and Table 2 raw; Table 3 (Case IV) after the authors' 5-parameter logistic\n")
          .Append("(`b1·(0.5 − 1/(1+exp(b2·(x − b3)))) + b4·x + b5`); SROCC always on raw predictions.\n\n")
          .Append("Fast-tier margins are properties of the synthetic score model: a content term per reference image or video that\n")
          .Append("only memorisation can learn (docs/synthetic.md). The truth floors compare a clean variant's test SROCC with the\n")
          .Append("content-blind predictor's (the mean score of each distortion type and level, from `synthetic-truth.csv`).\n")
          .Append("Demo margins are what the report of `leakspec replicate --data synthetic` checks and what the Demo tests\n")
          .Append("(`scripts/run-tier.sh demo`, `spec/*/*_Demo.cs`: the demo itself, case by case) assert; a claim whose \"demo gap\"\n")
          .Append("is stated below is not shown by the demo yet, and its Demo test is skipped with that reason. Conditions listed under Demo but not under Fast are the ones the\n")
          .Append("tiny Fast data cannot show (a handful of test videos or references per split scatter more than the effect).\n\n")
          .Append("The sabotage tier (`scripts/run-tier.sh sabotage`) reruns the Fast runs with a deliberate harness fault and\n")
          .Append("asserts that each claim listed for the fault fails its Fast check: `PermutedLabels` (scores permuted among\n")
          .Append("items, one map for every stage), `LeakIgnored` (leaky variants get their clean manifest), `NoiseFeatures` (the\n")
          .Append("regressors' inputs replaced by noise).\n\n")
          .Append("Where a claim's leak acts, in three files: each variant below is one row of its case runner's `Table`\n")
          .Append("(`src/Harness/Experiments/Pipelines/Case1Runner.cs` … `Case4Runner.cs`, `DeepRnRunner.cs`: id, dataset, policy,\n")
          .Append("leak, claims); `CaseRunnerBase.Manifest` hands the row's policy and leak to `ManifestBuilder`\n")
          .Append("(`src/Harness/Splitting/ManifestBuilder.cs`), the one place that turns a leak into which items each stage sees; the\n")
          .Append("pipelines read only those stage lists.\n\n");
        foreach (var paperCase in PaperReference.Cases.Where(c => ClaimCatalog.All.Any(d => d.CaseId == c.Id)))
        {
            sb.Append("## ").Append(paperCase.Title).Append("\n\n");
            foreach (var claim in ClaimCatalog.All.Where(c => c.CaseId == paperCase.Id))
            {
                var paper = PaperReference.Get(claim.Id);
                sb.Append("### ").Append(claim.Id).Append(" — ").Append(paper.Setup).Append("\n\n")
                  .Append("> ").Append(claim.Sentence).Append("\n\n")
                  .Append("- source: ").Append(paper.Source).Append("; ").Append(paper.Backbone).Append(", ").Append(paper.Dataset).Append('\n')
                  .Append("- numbers: ").Append(paper.Values.Count == 0 ? "none (a relation)" : string.Join(", ", paper.Values.Select(v => $"{v.Metric} {v}"))).Append('\n')
                  .Append("- variants: ").Append(string.Join(", ", claim.Variants.Select(v => $"`{v}`"))).Append('\n')
                  .Append("- where: ").Append(claim.Where).Append(" (Fast profile `").Append(claim.FastProfile).Append("`)\n")
                  .Append("- faults that break its Fast check: ").Append(Faults(claim.Id)).Append('\n');
                if (claim.DemoGap is { } gap)
                {
                    sb.Append("- demo gap (its Demo test is skipped): ").Append(gap).Append('\n');
                }

                foreach (var tier in Enum.GetValues<CheckTier>())
                {
                    var conditions = claim.Evaluate(new Evidence(_ => []), tier).Conditions;
                    sb.Append("- ").Append(tier.ToString()).Append(": ")
                      .Append(conditions.Count == 0 ? "—" : string.Join("; ", conditions.Select(c => c.Text))).Append('\n');
                }

                sb.Append('\n');
            }
        }

        sb.Append("## General claims\n\n")
          .Append("G.1 (clean splits share no item or group with fine-tuning; each leaky variant violates exactly its property),\n")
          .Append("G.2 (splits by reference or by video keep every group on one side) and G.3 (SVR memory grows quadratically) are\n")
          .Append("checked in `tests/Harness.Tests` (the auditor, the splitter invariants ported from scikit-learn, the kernel\n")
          .Append("matrix) and on the real datasets by `spec/Case4_ReferenceGrouping/G_General_Full.cs`; every Fast claim check\n")
          .Append("above also audits its variants' manifests (G.1).\n");
        return sb.ToString();
    }

    private static string Faults(string claimId)
    {
        var faults = Sabotage.FaultsBreaking(claimId).ToArray();
        return faults.Length == 0 ? "none at tiny size (protected from the Demo tier up)" : string.Join(", ", faults);
    }
}
