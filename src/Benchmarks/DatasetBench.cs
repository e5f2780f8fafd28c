using System.Diagnostics;
using System.Globalization;
using System.Text;
using LeakSpec.IO;
using LeakSpec.Datasets;

namespace LeakSpec.Benchmarks;

/// <summary>Benchmarks of the loaders, for `leakspec bench datasets` (performance is checked here, not in unit tests).</summary>
public static class DatasetBench
{
    /// <summary>
    /// Median seconds to read KADID-10k-size metadata (10,125 rows of dmos.csv, files not verified). With no root a
    /// synthetic dmos.csv is written to a temporary folder and removed afterwards.
    /// </summary>
    public static double MetadataReadSeconds(string? kadidRoot = null, int repeats = 5)
    {
        var temp = kadidRoot is null ? WriteSyntheticKadid() : null;
        try
        {
            var root = kadidRoot ?? temp!;
            var options = new LoadOptions(AllowSubset: true, VerifyFiles: false);
            DatasetLoader.Load(DatasetKind.Kadid10k, root, options); // warm-up: JIT and file cache
            var times = new List<double>();
            for (var i = 0; i < Math.Max(1, repeats); i++)
            {
                var watch = Stopwatch.StartNew();
                DatasetLoader.Load(DatasetKind.Kadid10k, root, options);
                times.Add(watch.Elapsed.TotalSeconds);
            }

            times.Sort();
            return times[times.Count / 2];
        }
        finally
        {
            if (temp is not null)
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static string WriteSyntheticKadid()
    {
        var dir = Path.Combine(Path.GetTempPath(), "leakspec-bench-kadid-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var text = new StringBuilder("dist_img,ref_img,dmos,var\n");
        for (var r = 1; r <= 81; r++)
        {
            for (var d = 1; d <= 25; d++)
            {
                for (var l = 1; l <= 5; l++)
                {
                    var score = 5.0 - (0.8 * (l - 1)) - (0.001 * d);
                    text.Append(CultureInfo.InvariantCulture, $"I{r:00}_{d:00}_{l:00}.png,I{r:00}.png,{score:0.00},0.5\n");
                }
            }
        }

        AtomicFile.WriteAllText(Path.Combine(dir, "dmos.csv"), text.ToString());
        return dir;
    }
}
