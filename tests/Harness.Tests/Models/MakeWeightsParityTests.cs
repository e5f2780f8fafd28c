using System.Text.Json;
using LeakSpec.Models;
using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>
/// scripts/make-weights.py, the README's way to make the Full tier's weight files, writes what the TorchSharp
/// backbones load: its --random mode (same keys and shapes as the ImageNet weights, no download) is run with Debian's
/// python3-torch 1.13 / python3-torchvision 0.14 (Inception-ResNet-v2 needs torch only: its definition is
/// scripts/inception_resnet_v2.py, timm's names without timm), and each file must match the architecture key for key
/// and shape for shape, load strictly, and carry its values into the module.
/// </summary>
[Trait("Category", "Parity")]
public sealed class MakeWeightsParityTests
{
    [Theory]
    [InlineData("alexnet", "alexnet")]
    [InlineData("inception-v3", "inception_v3")]
    [InlineData("resnet-101", "resnet101")]
    [InlineData("inception-resnet-v2", "inception_resnet_v2")]
    public void The_written_weight_file_has_the_TorchSharp_modules_keys_and_shapes_and_loads(string backbone, string file)
    {
        // Given the script's random-init file for this backbone and its key list (written now, into a temporary folder)
        if (file == "inception_resnet_v2" ? !PaperBackboneParityTests.PythonHasTorch() : !PaperBackboneParityTests.PythonHasTorchvision())
        {
            Assert.Skip(file == "inception_resnet_v2"
                ? $"{PaperBackboneParityTests.Python} with torch is missing: install python3-torch (Debian) to run this check."
                : $"{PaperBackboneParityTests.Python} with torch and torchvision is missing: install python3-torch and python3-torchvision (Debian) to run this check.");
        }

        var dir = Directory.CreateTempSubdirectory("leakspec-weights-");
        try
        {
            PaperBackboneParityTests.Run(Path.Combine(RepoPaths.Root, "scripts", "make-weights.py"), "--out", dir.FullName, "--random", "--models", file);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "weights.json")));
            var keys = manifest.RootElement.GetProperty(file + ".pt").GetProperty("keys").EnumerateObject()
                .ToDictionary(k => k.Name, k => (Shape: k.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray(), Sum: k.Value.GetProperty("sum").GetDouble()));

            // When the TorchSharp architecture lists its state dict, and the file is loaded into it
            using (var architecture = PaperBackbones.CreateArchitecture(backbone))
            {
                var expected = architecture.Module.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.shape);

                // Then the keys and shapes are the same, one for one
                keys.Keys.Should().BeEquivalentTo(expected.Keys);
                foreach (var (name, shape) in expected)
                {
                    keys[name].Shape.Should().Equal(shape, $"{name}'s shape");
                }
            }

            using var loaded = PaperBackbones.Create(backbone, Path.Combine(dir.FullName, file + ".pt"), new DeviceChoice("cpu", "test"));
            using var scope = TorchSharp.torch.NewDisposeScope();
            foreach (var (name, tensor) in loaded.Module.state_dict())
            {
                // And every tensor holds the file's values (sum compared in double; counters are removed on load)
                var sum = tensor.to_type(TorchSharp.torch.ScalarType.Float64).sum().item<double>();
                sum.Should().BeApproximately(keys[name].Sum, 1e-6 * Math.Max(1, Math.Abs(keys[name].Sum)) + 1e-6, name);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
