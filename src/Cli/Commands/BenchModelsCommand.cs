using System.CommandLine;
using LeakSpec.Benchmarks;
using LeakSpec.IO;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec bench models`: the models' performance targets (see docs/models.md). Register under a `bench` parent.</summary>
internal static class BenchModelsCommand
{
    public static Command Create()
    {
        var outOption = new Option<string?>("--out") { Description = "Write the report as JSON to this file (atomically)." };
        var stepsOption = new Option<int>("--steps") { Description = "Timed training/extraction steps per measurement (default 3).", DefaultValueFactory = _ => 3 };
        var sizesOption = new Option<int[]>("--sizes") { Description = "Input sizes in px (default 112 224).", DefaultValueFactory = _ => [112, 224], AllowMultipleArgumentsPerToken = true };
        var imagesOption = new Option<int>("--memory-images") { Description = "Images extracted for the peak-memory measurement (default 1000).", DefaultValueFactory = _ => 1000 };
        var scriptOption = new Option<string?>("--pytorch-script") { Description = "PyTorch side (default: fixtures/models/bench_resnet18.py found above the current folder; 'none' skips it)." };
        var threadsOption = new Option<int?>("--threads") { Description = "libtorch threads for TorchSharp and PyTorch alike (default: one per core)." };
        var command = new Command("models", "Images/s of the embedded ResNet18 (training step, extraction) vs TorchVision's resnet18 in TorchSharp and PyTorch; peak memory of extraction.")
        {
            outOption, stepsOption, sizesOption, imagesOption, scriptOption, threadsOption,
        };
        command.SetAction(parseResult =>
        {
            var script = parseResult.GetValue(scriptOption);
            var options = new ModelBenchOptions
            {
                Steps = parseResult.GetValue(stepsOption),
                Sizes = parseResult.GetValue(sizesOption) ?? [112, 224],
                MemoryImages = parseResult.GetValue(imagesOption),
                PyTorchScript = script == "none" ? null : script ?? FindScript(),
                Threads = parseResult.GetValue(threadsOption),
            };
            var report = ModelBench.Run(options, Console.Error.WriteLine);
            var json = ModelBench.ToJson(report);
            Console.Out.Write(json);
            var outPath = parseResult.GetValue(outOption);
            if (outPath is not null)
            {
                AtomicFile.WriteAllText(outPath, json);
            }

            return 0;
        });
        return command;
    }

    private static string? FindScript()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "fixtures", "models", "bench_resnet18.py");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
