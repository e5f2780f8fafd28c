using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class EndToEndHeadTests
{
    [Fact]
    public void EndToEndHead_HasTheFourLayersAndDecaysItsLearningRate()
    {
        // Given the end-to-end head (FC 1024-512-32-1, dropout 0.25); When it is fine-tuned briefly on a few frames
        var cpu = new DeviceChoice("cpu", "test");
        var train = TinyData.Labeled(16, 16, seed: 81);
        var cfg = new LeakSpec.Experiments.Pipelines.EndToEndConfig().FineTuningRun(seed: 1) with { Input = new InputConfig(), BatchSize = 8, Epochs = 2 };
        using var net = new SmallCnn(seed: 3, widths: [4, 8, 8]);
        using var result = FineTuner.Train(net, train, null, cfg, cpu, null, TestContext.Current.CancellationToken);

        // Then it has its four layers, and its learning rate falls by the schedule
        result.Head.named_parameters().Select(p => p.name).Should().Contain(["fc1.weight", "fc2.weight", "fc3.weight", "fc4.weight"]);
        result.History.Points.Select(p => p.LearningRate).Should().Equal([1e-4, 0.75e-4], (a, b) => Math.Abs(a - b) < 1e-15, "×0.75 per epoch");
    }
}
