using LeakSpec.Models;
using LeakSpec.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>The imported backbone is trainable: batch norm behaves as torch's in train and eval, gradients reach every weight.</summary>
[Trait("Category", "Fast")]
public sealed class EmbeddedResNet18TrainingTests
{
    [Fact]
    public void TrainMode_UpdatesRunningStatistics_EvalModeDoesNot_GradientsReachEveryParameter()
    {
        // Given a fresh import and a small batch of natural-looking images
        Seeding.Seed(3);
        using var backbone = EmbeddedResNet18.Load();
        using var scope = NewDisposeScope();
        var rgb = DeadLeavesImage.Rgb01(7, 64, 64).Concat(DeadLeavesImage.Rgb01(8, 64, 64)).ToArray();
        var input = backbone.Preprocess(tensor(rgb, [2, 3, 64, 64]));
        var before = RunningStats(backbone);

        // When it runs in eval mode
        backbone.Module.eval();
        using (no_grad())
        {
            backbone.Features(input);
        }

        var afterEval = RunningStats(backbone);

        // And then takes a training forward/backward pass
        backbone.Module.train();
        using var two = 2.ToScalar();
        var loss = backbone.Features(input).pow(two).mean();
        loss.backward();
        var afterTrain = RunningStats(backbone);

        // Then eval left every running statistic untouched, training moved every one of them (by the CNTK momentum)
        afterEval.Should().Equal(before);
        afterTrain.Zip(before).Should().OnlyContain(pair => pair.First != pair.Second);
        var parameters = backbone.Module.named_parameters().ToArray();
        parameters.Should().HaveCount(66);
        parameters.Should().OnlyContain(p => !ReferenceEquals(p.parameter.grad, null) && p.parameter.grad!.abs().sum().item<float>() > 0f,
            "every conv weight and BN scale/bias lies on the path to the pooled feature");
    }

    [Fact]
    public void Load_MissingFiles_NamesThePathAndThePackage()
    {
        // Given files that do not exist
        var files = new EmbeddedModelFiles("/nonexistent/ResNet18.onnx", "/nonexistent/ResNetPreprocess.onnx");

        // When the backbone is loaded from them
        var act = () => EmbeddedResNet18.Load(files);

        // Then the error names the file and where it comes from
        act.Should().Throw<WeightsNotFoundException>()
            .WithMessage("*/nonexistent/ResNet18.onnx*Microsoft.ML.DnnImageFeaturizer.ResNet18*", "the package id is spelled in lower case in the message")
            .Which.FileName.Should().Be("/nonexistent/ResNet18.onnx");
    }

    [Fact]
    public void Load_CorruptModel_ThrowsImportErrorNamingTheFile()
    {
        // Given a ResNet18.onnx that is not a protobuf
        var dir = Directory.CreateTempSubdirectory("leakspec-models-");
        try
        {
            var bad = Path.Combine(dir.FullName, "ResNet18.onnx");
            File.WriteAllBytes(bad, [0xff, 0xff, 0xff, 0xff, 0x01, 0x02]);
            var files = new EmbeddedModelFiles(bad, EmbeddedModelFiles.Locate().PreprocessOnnx);

            // When it is imported
            var act = () => EmbeddedResNet18.Load(files);

            // Then the error is an import error naming the file
            act.Should().Throw<ModelImportException>().WithMessage($"*{bad}*");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_FindsTheOutputFolderCopyFirst()
    {
        // Given the test build output (the package's build props copy the ONNX files there)
        // When the files are located
        var files = EmbeddedModelFiles.Locate();

        // Then they are the output-folder copies
        files.ResNet18Onnx.Should().Be(Path.Combine(AppContext.BaseDirectory, "DnnImageModels/ResNet18Onnx/ResNet18.onnx"));
        File.Exists(files.PreprocessOnnx).Should().BeTrue();
    }

    private static float[] RunningStats(EmbeddedResNet18 backbone) =>
        backbone.Module.named_buffers()
            .Where(b => b.name.EndsWith("running_mean", StringComparison.Ordinal) || b.name.EndsWith("running_var", StringComparison.Ordinal))
            .Select(b => b.buffer.sum().item<float>())
            .ToArray();
}
