using LeakSpec.Experiments;
using LeakSpec.IO;

namespace LeakSpec.Reporting;

/// <summary>Writes a run's three outputs into its folder, each file atomically.</summary>
public static class ReportWriter
{
    public const string ResultsFile = "results.json";
    public const string ReportFile = "report.md";
    public const string PlotsFolder = "plots";

    /// <summary>Plots first and the report last, so a report never links a plot that is not there yet.</summary>
    public static void WriteAll(RunResults results, string outputDir)
    {
        Plots.WriteAll(results, Path.Combine(outputDir, PlotsFolder));
        ResultsJson.Write(Path.Combine(outputDir, ResultsFile), results);
        AtomicFile.WriteAllText(Path.Combine(outputDir, ReportFile), MarkdownReport.Build(results));
    }
}
