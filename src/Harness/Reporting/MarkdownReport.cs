using System.Globalization;
using System.Text;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Claims;
using LeakSpec.Metrics;

namespace LeakSpec.Reporting;

/// <summary>
/// report.md: per case the paper's numbers beside this run's, the leaky − clean differences, the leak audit, the plots
/// and what this run substituted. A pure function of the results (no clock, no machine), so it can be diffed.
/// </summary>
public static class MarkdownReport
{
    public static string Build(RunResults results)
    {
        var md = new StringBuilder();
        md.Append("# LeakSpec replication report\n\n");
        md.Append("Paper: Götz-Hahn, Hosu, Saupe, \"Critical analysis on the reproducibility of visual quality assessment ")
          .Append("using deep features\", PLOS ONE 2022.\n\n");
        var profile = results.Profile.Length == 0 ? string.Empty : Inv($" · profile `{results.Profile}`");
        md.Append(Inv($"LeakSpec {results.Version} · device `{results.Device}` · data `{results.Data}`{profile} · seed {results.Seed} · {results.SplitCount} splits per variant.\n\n"));
        md.Append("Numbers are mean ± standard deviation over splits (test set unless said otherwise). The paper's columns are its ")
          .Append("numbers, obtained with the paper's backbone on the real dataset; this run's columns are what this run measured, ")
          .Append("with the backbone and data named in the last two columns.\n");

        var plots = Plots.Plan(results);
        foreach (var paperCase in PaperReference.Cases)
        {
            var variants = results.Variants.Where(v => v.CaseId == paperCase.Id).ToArray();
            if (variants.Length > 0)
            {
                AppendCase(md, results, paperCase, variants, [.. plots.Where(p => p.CaseId == paperCase.Id)]);
            }
        }

        var unknown = results.Variants.Select(v => v.CaseId).Distinct()
            .Where(id => PaperReference.Cases.All(c => c.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            md.Append("\n## Results of cases the paper does not have\n\n").Append(VariantTable(results.Variants.Where(v => unknown.Contains(v.CaseId))));
        }

        var notRun = PaperReference.Cases.Where(c => c.Id != "general" && results.Variants.All(v => v.CaseId != c.Id)).ToArray();
        if (notRun.Length > 0)
        {
            md.Append("\nNot run: ").Append(string.Join("; ", notRun.Select(c => c.Title.Split(':')[0]))).Append(".\n");
        }

        return md.ToString();
    }

    private static void AppendCase(StringBuilder md, RunResults results, PaperCase paperCase, VariantResult[] variants, PlotSpec[] plots)
    {
        md.Append(Inv($"\n## {paperCase.Title}\n\nThe paper's {paperCase.Source}.\n\n"));
        var claims = PaperReference.Claims.Where(c => c.CaseId == paperCase.Id).ToArray();

        // Claims without paper correlations appear once per variant (under its first claim), not once per claim it cites.
        var correlationRows = claims.Where(c => c.Value(PaperValue.Plcc) is not null || variants.Any(v => v.Claims.FirstOrDefault() == c.Id)).ToArray();
        if (correlationRows.Length > 0)
        {
            md.Append("| claim | setup | paper PLCC | paper SROCC | this run PLCC | this run SROCC | backbone (paper → this run) | dataset (paper → this run) |\n");
            md.Append("|---|---|---|---|---|---|---|---|\n");
            foreach (var c in correlationRows)
            {
                var v = Find(variants, c.Id);
                md.Append(Inv($"| {c.Id} | {Cell(c.Setup)} | {Paper(c, PaperValue.Plcc)} | {Paper(c, PaperValue.Srocc)} | {Stat(v?.Plcc, v)} | {Stat(v?.Srocc, v)} | {Cell(c.Backbone)} → {Cell(v?.Backbone ?? "not run")} | {Cell(c.Dataset)} → {Cell(v?.Dataset ?? "not run")} |\n"));
            }
        }

        AppendFigures(md, plots, ReportPlacement.CorrelationTable);

        var scalarRows = claims.SelectMany(c => c.Values.Where(x => x.Metric is not PaperValue.Plcc and not PaperValue.Srocc).Select(x => (c, x))).ToArray();
        if (scalarRows.Length > 0)
        {
            md.Append("\n| claim | quantity | paper | this run | variant |\n|---|---|---|---|---|\n");
            foreach (var (c, x) in scalarRows)
            {
                var v = Find(variants, c.Id);
                var mine = v?.ScalarStats(x.Metric);
                var measured = v is null ? "not run" : mine is null ? "not reported" : Inv($"{mine.Mean:F4} ± {mine.Std:F4} (n = {mine.Count})");
                md.Append(Inv($"| {c.Id} | {x.Metric} | {x} | {measured} | {Cell(v?.Variant ?? "—")} |\n"));
            }
        }

        AppendFigures(md, plots, ReportPlacement.ScalarTable);

        md.Append(ClaimChecks(paperCase, results));

        AppendFigures(md, plots, ReportPlacement.ClaimChecks);
        md.Append("\nVariants of this run:\n\n").Append(VariantTable(variants));
        AppendFigures(md, plots, ReportPlacement.VariantTable);

        var notes = Substitutions(results, claims, variants);
        if (notes.Count > 0)
        {
            md.Append("\nSubstitutions in this run:\n\n");
            foreach (var n in notes)
            {
                md.Append("- ").Append(n).Append('\n');
            }
        }
    }

    /// <summary>The figures that illustrate the table just written, each captioned with the paper figure it answers.</summary>
    private static void AppendFigures(StringBuilder md, PlotSpec[] plots, ReportPlacement placement)
    {
        foreach (var p in plots.Where(p => p.Placement == placement))
        {
            var answers = p.PaperFigure is { } fig ? $"Counterpart of the paper's {fig}"
                : p.Kind == PlotKind.VariantBars ? "The table above as bars (the paper has no figure of it)"
                : "No figure of the paper shows this";
            md.Append(Inv($"\n![{p.Title}]({ReportWriter.PlotsFolder}/{p.FileName})\n\n*{answers}:* {Plots.Describe(p.Kind)}.\n"));
        }
    }

    /// <summary>
    /// Every claim of the case through the catalog's check (the same one the tests use): Demo margins on synthetic data,
    /// the paper's numbers and comparisons (Full) on real data.
    /// </summary>
    private static string ClaimChecks(PaperCase paperCase, RunResults results)
    {
        var tier = results.IsSynthetic ? CheckTier.Demo : CheckTier.Full;
        var verdicts = ClaimCatalog.CheckCase(paperCase.Id, results.Variants, tier);
        if (verdicts.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(Inv($"\nClaim checks ({tier} margins; docs/claims.md states each one):\n\n"));
        sb.Append("| claim | condition | measured | holds |\n|---|---|---|---|\n");
        foreach (var v in verdicts)
        {
            foreach (var c in v.Conditions)
            {
                sb.Append(Inv($"| {v.ClaimId} | {Cell(c.Text)} | {c.Measured:0.####} | {(c.Holds ? "yes" : "**no**")} |\n"));
            }
        }

        return sb.ToString();
    }

    private static string VariantTable(IEnumerable<VariantResult> variants)
    {
        var sb = new StringBuilder("| variant | claims | splits | PLCC | SROCC | leak audit |\n|---|---|---|---|---|---|\n");
        foreach (var v in variants)
        {
            var flagged = v.Splits.Where(s => s.AuditFindings.Count > 0).ToArray();
            var audit = flagged.Length == 0
                ? "clean"
                : Inv($"{flagged.Length} of {v.Splits.Count} splits flagged: {Cell(flagged[0].AuditFindings[0])}");
            sb.Append(Inv($"| {Cell(v.Variant)} | {Cell(v.ClaimIds)} | {v.Splits.Count} | {Stat(v.Plcc, v)} | {Stat(v.Srocc, v)} | {audit} |\n"));
        }

        return sb.ToString();
    }

    private static List<string> Substitutions(RunResults results, PaperClaim[] claims, VariantResult[] variants)
    {
        var notes = new List<string>();
        foreach (var v in variants)
        {
            var claim = v.Claims.Select(PaperReference.TryGet).FirstOrDefault(c => c is not null && claims.Contains(c));
            if (claim is null)
            {
                continue;
            }

            var parts = new List<string>();
            if (results.IsSynthetic)
            {
                parts.Add($"synthetic {claim.Dataset}-like data ({v.Dataset}) instead of the real {claim.Dataset}");
            }

            if (!string.Equals(v.Backbone, claim.Backbone, StringComparison.OrdinalIgnoreCase))
            {
                parts.Add($"{v.Backbone} instead of {claim.Backbone}");
            }

            if (parts.Count > 0)
            {
                notes.Add(Cell($"{v.Variant} ({v.ClaimIds}): {string.Join("; ", parts)}."));
            }
        }

        if (notes.Count > 0 && results.IsSynthetic)
        {
            notes.Add("On synthetic data compare the direction and size of leaky − clean, not the paper's absolute numbers.");
        }

        return notes.Distinct().ToList();
    }

    private static VariantResult? Find(IEnumerable<VariantResult> variants, string claimId) =>
        variants.FirstOrDefault(v => v.Claims.Contains(claimId));

    private static string Paper(PaperClaim c, string metric) => c.Value(metric)?.ToString() ?? "—";

    private static string Stat(MeanStd? s, VariantResult? v) =>
        v is null ? "not run" : s is null ? "no split finished" : Inv($"{s.Mean:F4} ± {s.Std:F4}");

    /// <summary>Keeps a value inside its table cell: a '|' or a newline in a name would break the table.</summary>
    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
