using System.CommandLine;
using LeakSpec.Benchmarks;
using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Synthetic;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec bench datapath`: each case's input pipeline at release resolution, projected onto a GPU box (docs/datapath.md).</summary>
internal static class BenchDataPathCommand
{
    /// <summary>The sample written when no --data is given: each kind's first items at release resolution (KoNViD-1k: 13 videos of 240 frames, about 5 minutes on 2 cores).</summary>
    private static readonly Dictionary<DatasetKind, int> SampleItems = new()
    {
        [DatasetKind.LiveC] = 60, [DatasetKind.Tid2013] = 120, [DatasetKind.Kadid10k] = 125, [DatasetKind.Koniq10k] = 60, [DatasetKind.Konvid1k] = 13,
    };

    public static Command Create()
    {
        var dataOption = new Option<string?>("--data") { Description = "Folder holding tid2013/, livec/, kadid10k/, koniq10k/, konvid1k/ at release resolution (`leakspec synth --size full [--items N]`); default: a sample is generated into --work." };
        var workOption = new Option<string>("--work") { Description = "Folder for the generated sample and the pixel store (kept, so a second run skips generation).", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "leakspec-datapath") };
        var coresOption = new Option<int>("--cores") { Description = "Cores of the machine to project onto.", DefaultValueFactory = _ => 16 };
        var beforeOption = new Option<bool>("--before") { Description = "Also run the path without the pixel store (each frame read decodes its video again) on a few items." };
        var command = new Command("datapath", "Decodes per video, items/s per core, peak memory and disk of each case's input path at release resolution; projected GPU wait and Full-tier hours on one H100 with --cores cores.")
        {
            dataOption, workOption, coresOption, beforeOption,
        };
        command.SetAction(parse =>
        {
            var work = Path.GetFullPath(parse.GetValue(workOption)!);
            var data = parse.GetValue(dataOption) is { } d ? Path.GetFullPath(d) : Sample(Path.Combine(work, "data"));
            var cores = parse.GetValue(coresOption);
            var profile = ReplicationProfile.Paper("(weights not loaded by the bench)");
            var ctx = new ReplicationContext(Path.Combine(work, "out"), "cpu", _ => { }, data);
            DataPathBench.ResetPeak();
            var passes = new List<DataPathPass>();
            foreach (var (caseId, _, _) in DataPathBench.Cases)
            {
                passes.AddRange(DataPathBench.Run(ctx, profile, caseId, store: true));
                if (parse.GetValue(beforeOption))
                {
                    passes.AddRange(DataPathBench.Run(ctx, profile, caseId, store: false, maxItems: 16).Select(p => p with { Pass = p.Pass + " (before: no store)" }));
                }
            }

            Console.Out.WriteLine($"Sample: {data}; machine: {Environment.ProcessorCount} cores; projected onto {cores} cores.");
            Console.Out.WriteLine();
            Console.Out.WriteLine(DataPathReport.Passes(passes, profile, cores));
            var store = new PixelStore(Path.Combine(ctx.OutputDir, "pixels"));
            Console.Out.WriteLine($"peak RSS {DataPathBench.PeakRssBytes() / 1e9:F2} GB; pixel store {store.SizeBytes() / 1e9:F2} GB for the sample");
            Console.Out.WriteLine();
            var loaded = new Dictionary<DatasetKind, int>();
            int Count(DatasetKind kind) => loaded.TryGetValue(kind, out var n) ? n
                : loaded[kind] = DatasetLoader.Load(kind, ctx.RootFor(kind), new LoadOptions(AllowSubset: true)).Items.Count;
            Console.Out.WriteLine(DataPathReport.FullTier(ctx, profile, ReplicationSetup.CaseIds, cores, Count));
            return 0;
        });
        return command;
    }

    private static string Sample(string root)
    {
        foreach (var (kind, items) in SampleItems)
        {
            var dir = Path.Combine(root, DatasetRoots.FolderName(kind));
            if (!DatasetRoots.LooksLike(dir, kind))
            {
                Console.Error.WriteLine($"writing a release-resolution sample of {DatasetCatalog.Get(kind).DisplayName} ({items} items) to {dir}");
                SyntheticGenerator.Write(kind, SyntheticSize.Full, 1, dir, ScoreModel.Default, overwrite: true, maxItems: items);
            }
        }

        return root;
    }
}
