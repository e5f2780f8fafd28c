using System.CommandLine;
using System.Globalization;
using LeakSpec.Benchmarks;
using LeakSpec.Runtime;

namespace LeakSpec.Cli.Commands;

/// <summary>`leakspec bench training`: SmallCnn training throughput and the LSTM's epoch time (see docs/training.md). Register under a `bench` parent.</summary>
internal static class BenchTrainingCommand
{
    public static Command Create()
    {
        var sizesOption = new Option<int[]>("--sizes") { Description = "SmallCnn input sizes in px (default 32 64).", DefaultValueFactory = _ => [32, 64], AllowMultipleArgumentsPerToken = true };
        var threadsOption = new Option<int?>("--threads") { Description = "libtorch intra-op threads (default: libtorch's choice)." };
        var lstmOption = new Option<bool>("--skip-lstm") { Description = "Skip the LSTM epoch (about 30–60 s on 2 cores)." };
        var command = new Command("training", "Images/s of a SmallCnn training step (batch 32) and seconds per LSTM epoch (200 sequences × 48 steps × 512 features, widths 1,024/128).")
        {
            sizesOption, threadsOption, lstmOption,
        };
        command.SetAction(parseResult =>
        {
            TorchRuntime.EnsureLoaded();
            if (parseResult.GetValue(threadsOption) is { } threads)
            {
                TorchSharp.torch.set_num_threads(threads);
            }

            Console.Out.WriteLine($"libtorch threads: {TorchSharp.torch.get_num_threads()}");
            foreach (var px in parseResult.GetValue(sizesOption) ?? [32, 64])
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smallcnn train step, batch 32, {px} px: {TrainingBenchmark.SmallCnnImagesPerSecond(px):F0} images/s"));
            }

            if (!parseResult.GetValue(lstmOption))
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lstm epoch, 200 × 48 × 512: {TrainingBenchmark.LstmEpochSeconds(epochs: 1):F2} s"));
            }

            return 0;
        });
        return command;
    }
}
