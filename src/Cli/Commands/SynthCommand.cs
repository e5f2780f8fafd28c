using System.CommandLine;
using LeakSpec.Benchmarks;
using LeakSpec.Datasets;
using LeakSpec.Synthetic;

namespace LeakSpec.Cli.Commands;

internal static class SynthCommand
{
    private static readonly Dictionary<string, DatasetKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tid2013"] = DatasetKind.Tid2013,
        ["kadid10k"] = DatasetKind.Kadid10k,
        ["koniq10k"] = DatasetKind.Koniq10k,
        ["livec"] = DatasetKind.LiveC,
        ["konvid1k"] = DatasetKind.Konvid1k,
    };

    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "Dataset format: tid2013|kadid10k|koniq10k|livec|konvid1k", Required = true };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var size = new Option<string>("--size")
        {
            Description = "tiny (test tier), default (demo) or full (each release's counts and resolution, for `bench datapath`)",
            DefaultValueFactory = _ => "default",
        };
        size.AcceptOnlyFromAmong("tiny", "default", "full");
        var items = new Option<int?>("--items") { Description = "Write only the first N items of the size's plan (whole references for tid2013/kadid10k): a real-resolution sample" };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed writes byte-identical files", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Directory to write (must be empty or new unless --force)", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty directory, overwriting same-named files" };

        var command = new Command("synth", "Write a synthetic dataset in a real dataset's on-disk format, with its ground truth (synthetic-truth.csv).");
        command.Options.Add(kind);
        command.Options.Add(size);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(items);
        command.SetAction(parseResult =>
        {
            var k = Kinds[parseResult.GetValue(kind)!];
            var s = parseResult.GetValue(size) switch { "tiny" => SyntheticSize.Tiny, "full" => SyntheticSize.Full, _ => SyntheticSize.Default };
            try
            {
                var result = SyntheticGenerator.Write(
                    k, s, parseResult.GetValue(seed), parseResult.GetValue(output)!, ScoreModel.Default, parseResult.GetValue(force), parseResult.GetValue(items));
                var (oracle, blind) = SynthBench.Separability(result.Items);
                Console.WriteLine($"wrote {result.Items.Count} {DatasetCatalog.Get(k).DisplayName} items ({s}, seed {result.Seed}) to {result.Root} in {result.Elapsed.TotalSeconds:0.0} s");
                Console.WriteLine($"ground truth: {Path.Combine(result.Root, SyntheticResult.TruthFileName)}; oracle SROCC {oracle:0.000}, content-blind SROCC {blind:0.000}");
                return 0;
            }
            catch (SyntheticDataException e)
            {
                Console.Error.WriteLine("synth: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
