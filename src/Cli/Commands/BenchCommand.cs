using System.CommandLine;
using System.Globalization;
using LeakSpec.Benchmarks;
using LeakSpec.Synthetic;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec bench …`: the performance targets of the issues, measured by benchmarks rather than timed tests.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks: models, svr, training, datapath, splits, synth, datasets.");
        bench.Subcommands.Add(BenchModelsCommand.Create());
        bench.Subcommands.Add(BenchSvrCommand.Create());
        bench.Subcommands.Add(BenchTrainingCommand.Create());
        bench.Subcommands.Add(BenchDataPathCommand.Create());

        var splits = new Command("splits", "Split and write five manifests of 10,125 items (KADID-10k's names), then read and audit them.");
        splits.SetAction(_ =>
        {
            Console.WriteLine(SplitBench.Run().ToString());
            return 0;
        });
        bench.Subcommands.Add(splits);

        var sizeOption = new Option<string>("--size") { Description = "tiny or default", DefaultValueFactory = _ => "default" };
        var synth = new Command("synth", "Generate every synthetic dataset kind and report time and oracle / content-blind SROCC.") { sizeOption };
        synth.SetAction(parse =>
        {
            var size = parse.GetValue(sizeOption) == "tiny" ? SyntheticSize.Tiny : SyntheticSize.Default;
            var work = Directory.CreateTempSubdirectory("leakspec-bench-synth-").FullName;
            try
            {
                Console.WriteLine(SynthBench.ToMarkdown(SynthBench.Run(size, work)));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }

            return 0;
        });
        bench.Subcommands.Add(synth);

        var datasets = new Command("datasets", "Read KADID-10k-size metadata (10,125 rows) without checking files; median seconds.");
        datasets.SetAction(_ =>
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"KADID-10k metadata (10,125 rows): {DatasetBench.MetadataReadSeconds():F3} s (median of 5)"));
            return 0;
        });
        bench.Subcommands.Add(datasets);
        return bench;
    }
}
