using System.Text.Json;
using LeakSpec.Models;
using LeakSpec.Runtime;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>
/// LeakSpec's TorchSharp Inception-ResNet-v2 against PyTorch: fixtures/models/make_inception_resnet_v2_reference.py
/// (Debian's python3-torch; the network is scripts/inception_resnet_v2.py, timm's names without timm) writes a random
/// state dict with trained batch-norm statistics and PyTorch's outputs on a 299 × 299 input into a temporary folder
/// (about 225 MB, so not committed); the module must have the same keys and shapes, load it strictly, and reproduce
/// the pooled feature, the logits and every block's pooled output.
/// </summary>
[Trait("Category", "Parity")]
public sealed class InceptionResNetV2ParityTests
{
    private const string Name = "inception-resnet-v2";

    [Fact]
    public void LoadedStateDict_HasTimmsKeysAndGivesPyTorchsOutputs()
    {
        // Given PyTorch's state dict and outputs (written now, into a temporary folder)
        if (!PaperBackboneParityTests.PythonHasTorch())
        {
            Assert.Skip($"{PaperBackboneParityTests.Python} with torch is missing: install python3-torch (Debian: apt-get install python3-torch) to run this check.");
        }

        var dir = Directory.CreateTempSubdirectory("leakspec-irv2-");
        try
        {
            PaperBackboneParityTests.Run(ModelFixtureFiles.PathOf("make_inception_resnet_v2_reference.py"), dir.FullName);
            using var io = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "inception_resnet_v2_io.json")));
            var root = io.RootElement;
            float[] Floats(string property) => [.. root.GetProperty(property).EnumerateArray().Select(e => (float)e.GetDouble())];
            var keys = root.GetProperty("keys").EnumerateObject()
                .ToDictionary(k => k.Name, k => k.Value.EnumerateArray().Select(e => e.GetInt64()).ToArray(), StringComparer.Ordinal);

            // When the architecture lists its state dict
            using (var architecture = PaperBackbones.CreateArchitecture(Name))
            {
                var own = architecture.Module.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.shape, StringComparer.Ordinal);

                // Then it has PyTorch's keys (1,306 with the batch-norm counters) and shapes, one for one
                own.Keys.Should().BeEquivalentTo(keys.Keys);
                own.Should().HaveCount(1306);
                foreach (var (key, shape) in keys)
                {
                    own[key].Should().Equal(shape, $"{key}'s shape");
                }
            }

            // When the file is loaded strictly and run in eval mode on PyTorch's input
            using var backbone = PaperBackbones.Create(Name, Path.Combine(dir.FullName, "inception_resnet_v2.pt"), new DeviceChoice("cpu", "test"));
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var input = tensor(Floats("input"), [.. root.GetProperty("input_shape").EnumerateArray().Select(e => e.GetInt64())]);
            var features = backbone.Features(input).data<float>().ToArray();
            var logits = ((TorchSharp.torch.nn.Module<Tensor, Tensor>)backbone.Module).call(input).data<float>().ToArray();
            var stages = backbone.StageOutputs(input);
            var stageMeans = cat([.. stages.Select(s => s.mean([2, 3]))], 1).data<float>().ToArray();

            // Then the feature, the logits and every block's pooled output agree with PyTorch's to float precision
            backbone.FeatureDim.Should().Be(1536);
            stages.Select(s => (int)s.shape[1]).Should().Equal(root.GetProperty("stage_widths").EnumerateArray().Select(e => e.GetInt32()));
            backbone.StageDims.Should().Equal(stages.Select(s => (int)s.shape[1]));
            ShouldAgree(features, Floats("features"), "features");
            ShouldAgree(logits, Floats("logits"), "logits");
            ShouldAgree(stageMeans, Floats("stage_means"), "stage means");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void ShouldAgree(float[] actual, float[] expected, string what)
    {
        actual.Should().HaveCount(expected.Length, what);
        var scale = Math.Max(1f, expected.Max(Math.Abs));
        actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max().Should().BeLessThan(1e-4f * scale, what);
    }
}
