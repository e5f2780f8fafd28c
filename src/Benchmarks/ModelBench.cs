using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LeakSpec.Runtime;
using TorchSharp;
using static TorchSharp.torch;
using LeakSpec.Models;

namespace LeakSpec.Benchmarks;

/// <summary>
/// Throughput of the embedded ResNet18 (training step and extraction), compared back to back with TorchVision's
/// resnet18 architecture in TorchSharp and in PyTorch (same step, same thread count), and the peak memory of
/// extracting features of 1,000 images. Targets: TorchSharp no slower than PyTorch, the ONNX import within 10 % of
/// TorchVision's architecture, peak ≤ 2 GB. A benchmark, not a test: it reports, it does not assert.
/// </summary>
public static class ModelBench
{
    public static ModelBenchReport Run(ModelBenchOptions options, Action<string>? log = null)
    {
        log ??= _ => { };
        var wall = Stopwatch.StartNew();
        TorchRuntime.EnsureLoaded();
        Seeding.Seed(options.Seed);
        if (options.Threads is { } requested)
        {
            torch.set_num_threads(requested);
        }

        var threads = torch.get_num_threads();
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        var notes = new List<string>();

        // Memory first: the process peak would otherwise include the 224 px training steps.
        using var embedded = EmbeddedResNet18.Load();
        var peak = MeasureExtractionPeak(embedded, options, log);
        foreach (var size in options.Sizes)
        {
            rates[$"extract.resnet18-onnx.{size}"] = Extraction(embedded, size, options);
            log($"extract resnet18-onnx {size}px: {rates[$"extract.resnet18-onnx.{size}"]:F1} img/s");
            rates[$"train.resnet18-onnx.{size}"] = TrainEmbedded(embedded, size, options);
            log($"train resnet18-onnx {size}px: {rates[$"train.resnet18-onnx.{size}"]:F1} img/s");
            using (var tv = torchvision.models.resnet18(num_classes: 1))
            {
                rates[$"train.torchvision-resnet18-torchsharp.{size}"] = Train([tv], x => tv.call(x), size, options);
            }

            log($"train torchvision resnet18 (TorchSharp) {size}px: {rates[$"train.torchvision-resnet18-torchsharp.{size}"]:F1} img/s");
            if (options.PyTorchScript is not null)
            {
                var py = RunPyTorch(options, size, threads);
                if (py is { } value)
                {
                    rates[$"train.torchvision-resnet18-pytorch.{size}"] = value;
                    log($"train torchvision resnet18 (PyTorch) {size}px: {value:F1} img/s");
                }
                else
                {
                    notes.Add($"PyTorch run at {size}px failed or {options.Python} is absent: no ratio to PyTorch.");
                }
            }
        }

        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var size in options.Sizes)
        {
            var ts = rates[$"train.torchvision-resnet18-torchsharp.{size}"];
            ratios[$"onnx-import/torchvision-arch.train.{size}"] = rates[$"train.resnet18-onnx.{size}"] / ts;
            if (rates.TryGetValue($"train.torchvision-resnet18-pytorch.{size}", out var py))
            {
                ratios[$"torchsharp/pytorch.train.{size}"] = ts / py;
                ratios[$"onnx-import-torchsharp/pytorch.train.{size}"] = rates[$"train.resnet18-onnx.{size}"] / py;
            }
        }

        notes.Add("Ratios are throughput ratios (> 1: the first is faster). The CNTK ResNet18 has 2,2,2,3 blocks (torchvision: 2,2,2,2), about 13 % more multiply-adds, so its ratio to the torchvision architecture includes that extra block.");
        return new ModelBenchReport(
            $"{Environment.MachineName}, {Environment.ProcessorCount} logical cores, load average {LoadAverage()}",
            threads, rates, ratios, peak / (1024.0 * 1024.0), options.MemoryImages, wall.Elapsed.TotalSeconds, notes);
    }

    public static string ToJson(ModelBenchReport report) =>
        JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static long MeasureExtractionPeak(EmbeddedResNet18 backbone, ModelBenchOptions options, Action<string> log)
    {
        backbone.Module.eval();
        using var noGrad = no_grad();
        for (var done = 0; done < options.MemoryImages; done += options.Batch)
        {
            using var scope = NewDisposeScope();
            var n = Math.Min(options.Batch, options.MemoryImages - done);
            backbone.Features(backbone.Preprocess(rand(n, 3, 112, 112))).data<float>().ToArray();
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        log($"extraction of {options.MemoryImages} images at 112px: peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB");
        return process.PeakWorkingSet64;
    }

    private static double Extraction(EmbeddedResNet18 backbone, int size, ModelBenchOptions options)
    {
        backbone.Module.eval();
        using var noGrad = no_grad();
        using var x = backbone.Preprocess(rand(options.Batch, 3, size, size));
        return Time(options, () =>
        {
            using var scope = NewDisposeScope();
            backbone.Features(x);
        });
    }

    private static double TrainEmbedded(EmbeddedResNet18 backbone, int size, ModelBenchOptions options)
    {
        using var head = nn.Linear(backbone.FeatureDim, 1);
        return Train([backbone.Module, head], x => head.call(backbone.Features(x)), size, options);
    }

    private static double Train(nn.Module[] modules, Func<Tensor, Tensor> forward, int size, ModelBenchOptions options)
    {
        foreach (var m in modules)
        {
            m.train();
        }

        using var optimizer = optim.SGD(modules.SelectMany(m => m.parameters()), 0.001, momentum: 0.9);
        using var x = rand(options.Batch, 3, size, size);
        using var y = rand(options.Batch, 1);
        return Time(options, () =>
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.mse_loss(forward(x), y).backward();
            optimizer.step();
        });
    }

    private static double Time(ModelBenchOptions options, Action step)
    {
        for (var i = 0; i < options.WarmupSteps; i++)
        {
            step();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < options.Steps; i++)
        {
            step();
        }

        return options.Batch * options.Steps / watch.Elapsed.TotalSeconds;
    }

    private static double? RunPyTorch(ModelBenchOptions options, int size, int threads)
    {
        if (!File.Exists(options.Python) || !File.Exists(options.PyTorchScript))
        {
            return null;
        }

        var start = new ProcessStartInfo(options.Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     options.PyTorchScript!, "--size", size.ToString(CultureInfo.InvariantCulture), "--batch", options.Batch.ToString(CultureInfo.InvariantCulture),
                     "--steps", options.Steps.ToString(CultureInfo.InvariantCulture), "--warmup", options.WarmupSteps.ToString(CultureInfo.InvariantCulture),
                     "--threads", threads.ToString(CultureInfo.InvariantCulture), "--seed", options.Seed.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            return null;
        }

        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return line is null ? null : JsonDocument.Parse(line).RootElement.GetProperty("images_per_s").GetDouble();
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
