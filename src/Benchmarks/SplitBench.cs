using System.Diagnostics;
using LeakSpec.Splitting;

namespace LeakSpec.Benchmarks;

/// <summary>
/// The performance target of the splitting concern: split and write the five grouped manifests of KADID-10k
/// (10,125 items, name-derived), then read them back (parse, hash check) and audit them; each within 1 s.
/// </summary>
public static class SplitBench
{
    public static SplitBenchResult Run(string? workDir = null, int repetitions = 3)
    {
        // A folder of its own, removed afterwards, so the benchmark never touches files the user had.
        var dir = Path.Combine(workDir ?? Path.GetTempPath(), "leakspec-splitbench-" + Environment.ProcessId);
        var dataset = NameDerivedDatasets.Kadid10k();
        var paths = PaperSeeds.Five.Select((_, i) => Path.Combine(dir, ManifestStore.FileName(i))).ToArray();
        var write = new List<TimeSpan>();
        var audit = new List<TimeSpan>();
        try
        {
            for (var r = 0; r < Math.Max(1, repetitions); r++)
            {
                var sw = Stopwatch.StartNew();
                var manifests = ManifestBuilder.BuildFive(dataset, SplitPolicy.ByReference, Leak.None);
                for (var i = 0; i < manifests.Count; i++)
                {
                    ManifestStore.Write(paths[i], manifests[i], overwrite: true);
                }

                write.Add(sw.Elapsed);
                sw.Restart();
                var read = paths.Select(p => ManifestStore.Read(p)).ToList();
                var report = new LeakAuditor().Audit(read, paths);
                audit.Add(sw.Elapsed);
                if (!report.IsClean)
                {
                    throw new InvalidOperationException("The benchmark's grouped manifests should audit clean:\n" + report.ToText());
                }
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        return new SplitBenchResult(dataset.Items.Count, paths.Length, write[0], audit[0], write.Min(), audit.Min());
    }
}
