using System.CommandLine;
using System.Globalization;
using LeakSpec.Benchmarks;
using LeakSpec.Regression;

namespace LeakSpec.Cli.Commands;

/// <summary><c>leakspec bench svr</c>; the lead nests it under a <c>bench</c> command (or adds it as is).</summary>
internal static class BenchSvrCommand
{
    public static Command Create()
    {
        var outDir = new Option<string>("--out") { Description = "Folder for bench-svr.json, bench-svr.md and the data handed to scikit-learn.", Required = true };
        var parts = new Option<string>("--parts") { Description = "Comma-separated: gram,fit,grid,memory,scaling (default: all).", DefaultValueFactory = _ => string.Join(',', SvrBenchOptions.AllParts) };
        var fitN = new Option<int>("--fit-n") { Description = "Items for fit+predict (80/20).", DefaultValueFactory = _ => 8000 };
        var fitD = new Option<int>("--fit-d") { Description = "Features for fit+predict.", DefaultValueFactory = _ => 512 };
        var gridN = new Option<int>("--grid-n") { Description = "Items for the grid search and the gram timing.", DefaultValueFactory = _ => 2000 };
        var gridD = new Option<int>("--grid-d") { Description = "Features for the grid search and the gram timing.", DefaultValueFactory = _ => 2048 };
        var memN = new Option<int>("--memory-n") { Description = "Items for the peak-memory fit.", DefaultValueFactory = _ => 7058 };
        var memD = new Option<int>("--memory-d") { Description = "Features for the peak-memory fit.", DefaultValueFactory = _ => 2048 };
        var scaling = new Option<string>("--scaling") { Description = "Comma-separated N for the growth table.", DefaultValueFactory = _ => "1000,2000,4000,8000" };
        var tol = new Option<double>("--tolerance") { Description = "libsvm/scikit-learn stopping tolerance on both sides.", DefaultValueFactory = _ => 1e-3 };
        var backend = new Option<string?>("--backend") { Description = "torch or mathnet for the kernel's matrix product (default: torch when it loads)." };
        var python = new Option<string>("--python") { Description = "Python with scikit-learn.", DefaultValueFactory = _ => "/usr/bin/python3" };
        var script = new Option<string?>("--script") { Description = "Path of fixtures/svr/bench_sklearn.py (default: found above the current folder)." };
        var command = new Command("svr", "SVR fast path vs scikit-learn (fit+predict, grid search), peak memory, growth with N (claim G.3).")
        {
            outDir, parts, fitN, fitD, gridN, gridD, memN, memD, scaling, tol, backend, python, script,
        };
        command.SetAction(r =>
        {
            var scriptPath = r.GetValue(script) ?? FindScript();
            if (scriptPath is null || !File.Exists(scriptPath))
            {
                Console.Error.WriteLine("bench svr: fixtures/svr/bench_sklearn.py not found; run from the repository or pass --script.");
                return 2;
            }

            var chosen = r.GetValue(backend);
            var o = new SvrBenchOptions(
                r.GetValue(outDir)!,
                scriptPath,
                r.GetValue(parts)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
                r.GetValue(python)!,
                r.GetValue(fitN),
                r.GetValue(fitD),
                r.GetValue(gridN),
                r.GetValue(gridD),
                r.GetValue(memN),
                r.GetValue(memD),
                r.GetValue(scaling)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(),
                Tolerance: r.GetValue(tol),
                Backend: chosen is null ? null : Enum.Parse<GramBackend>(chosen, ignoreCase: true));
            try
            {
                SvrBenchmark.Run(o, Console.Out);
                return 0;
            }
            catch (SvrException e)
            {
                Console.Error.WriteLine("bench svr: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    private static string? FindScript()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "fixtures", "svr", "bench_sklearn.py");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
