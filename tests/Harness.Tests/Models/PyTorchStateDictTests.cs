using System.Text.Json;
using LeakSpec.Runtime;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>The weight-loading path of the paper's backbones: a state dict written by PyTorch 1.13 (fixtures/models/make_state_dict.py).</summary>
[Trait("Category", "Fast")]
public sealed class PyTorchStateDictTests
{
    [Fact]
    public void LoadPy_TinyNetStateDict_ReproducesPyTorchOutputsWithin1e5()
    {
        // Given PyTorch's state dict (with trained BN running statistics) and its output on a fixed input
        TorchRuntime.EnsureLoaded();
        using var io = JsonDocument.Parse(File.ReadAllText(ModelFixtureFiles.PathOf("tiny_net_io.json")));
        var input = Floats(io.RootElement.GetProperty("input"));
        var inputShape = io.RootElement.GetProperty("input_shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var expected = Floats(io.RootElement.GetProperty("output"));

        // When the C# architecture loads it with PyBridge and runs in eval mode
        using var net = new TinyNet();
        Seeding.Seed(99);
        using var before = net.call(tensor(input, inputShape)).detach();
        net.load_py(ModelFixtureFiles.PathOf("tiny_net.pt"), strict: true);
        net.eval();
        using var noGrad = no_grad();
        var actual = net.call(tensor(input, inputShape)).data<float>().ToArray();

        // Then its outputs equal PyTorch's, and loading changed them (the weights really came from the file)
        actual.Should().HaveCount(expected.Length);
        actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max().Should().BeLessThan(1e-5f);
        before.data<float>().ToArray().Zip(expected, (a, e) => Math.Abs(a - e)).Max().Should().BeGreaterThan(1e-3f);
        net.named_buffers().Single(b => b.name == "bn1.running_mean").buffer.abs().sum().item<float>().Should().BeGreaterThan(0f);
    }

    private static float[] Floats(JsonElement array) => array.EnumerateArray().Select(e => (float)e.GetDouble()).ToArray();
}
