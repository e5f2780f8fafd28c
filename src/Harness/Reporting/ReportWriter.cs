using LeakSpec.Experiments;
using LeakSpec.IO;

namespace LeakSpec.Reporting;

/// <summary>Writes a run's three outputs into its folder, each file atomically.</summary>
public static class ReportWriter
{
    public const string ResultsFile = "results.json";
    public const string ReportFile = "report.md";
    public const string PlotsFolder = "plots";

    /// <summary>
    /// results.json first (the numbers survive a plotting failure), the report last (it never links a plot that is not
    /// there yet).
    /// </summary>
    public static void WriteAll(RunResults results, string outputDir)
    {
        ResultsJson.Write(Path.Combine(outputDir, ResultsFile), results);
        Plots.WriteAll(results, Path.Combine(outputDir, PlotsFolder));
        AtomicFile.WriteAllText(Path.Combine(outputDir, ReportFile), MarkdownReport.Build(results));
    }

    /// <summary>A finished run's outputs into the run's folder, said on its progress line.</summary>
    public static void Publish(RunResults results, ReplicationContext ctx)
    {
        WriteAll(results, ctx.OutputDir);
        ctx.Progress($"wrote {Path.Combine(ctx.OutputDir, ResultsFile)}, {ReportFile} and {PlotsFolder}/");
    }
}
