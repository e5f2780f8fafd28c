using System.Diagnostics;
using System.Text.Json;
using LeakSpec.Models;
using LeakSpec.Runtime;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>
/// The paper's architectures in TorchSharp against PyTorch: a torchvision state dict (random weights, trained BN
/// statistics) loaded through PyBridge must give PyTorch's pooled feature. Needs /usr/bin/python3 with torch and
/// torchvision to write the 100–250 MB references, hence its own category.
/// </summary>
// Not Full (that tier is the real datasets, skipped without them) and not Fast (it needs Debian's python3-torch and
// takes ~25 s): a reference check run on demand with `dotnet test --filter Category=Parity`.
[Trait("Category", "Parity")]
public sealed class PaperBackboneParityTests
{
    internal const string Python = "/usr/bin/python3";

    [Theory]
    [InlineData("alexnet")]
    [InlineData("inception-v3")]
    [InlineData("resnet-101")]
    public void LoadedStateDict_GivesPyTorchsFeatures(string name)
    {
        // Given PyTorch's state dict and feature for this architecture (written now, into a temporary folder)
        if (!PythonHasTorchvision())
        {
            Assert.Skip($"{Python} with torch and torchvision is missing: install python3-torch and python3-torchvision (Debian) to run this check.");
        }

        var dir = Directory.CreateTempSubdirectory("leakspec-backbone-");
        try
        {
            Run(ModelFixtureFiles.PathOf("make_backbone_reference.py"), name, dir.FullName);
            using var io = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, $"{name}_io.json")));
            var input = io.RootElement.GetProperty("input").EnumerateArray().Select(e => (float)e.GetDouble()).ToArray();
            var shape = io.RootElement.GetProperty("input_shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var expected = io.RootElement.GetProperty("features").EnumerateArray().Select(e => (float)e.GetDouble()).ToArray();

            // When the TorchSharp architecture loads it and computes features in eval mode
            using var backbone = PaperBackbones.Create(name, Path.Combine(dir.FullName, $"{name}.pt"), new DeviceChoice("cpu", "test"));
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var actual = backbone.Features(tensor(input, shape)).data<float>().ToArray();

            // Then they agree with PyTorch's to float precision
            actual.Should().HaveCount(backbone.FeatureDim).And.HaveCount(expected.Length);
            var scale = Math.Max(1f, expected.Max(Math.Abs));
            actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max().Should().BeLessThan(1e-4f * scale);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    internal static bool PythonHasTorchvision() => PythonImports("torch, torchvision");

    internal static bool PythonHasTorch() => PythonImports("torch");

    private static bool PythonImports(string modules)
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        try
        {
            Run("-c", $"import {modules}");
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    internal static void Run(params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Python} {string.Join(" ", args)} failed ({process.ExitCode}): {stderr.Result}");
        }
    }
}
