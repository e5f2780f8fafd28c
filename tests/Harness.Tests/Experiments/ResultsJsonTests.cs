using System.Text;
using LeakSpec.Experiments;
using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Experiments;

[Trait("Category", "Fast")]
public sealed class ResultsJsonTests
{
    internal static RunResults Sample(double seconds = 12.5)
    {
        var split = new SplitResult(
            1, 7, new MetricSet(0.81, 0.79, 0.6, 0.4), new MetricSet(0.95, 0.94, 0.8, 0.1),
            [new CurvePoint(10, "train.loss", 0.9), new CurvePoint(10, "val.acc", double.NaN)],
            "abc123", ["finetune.train ∩ regressor.test: 3 items"], 1.25,
            new Dictionary<string, double> { ["ValAccuracy"] = 0.47, ["FineTuneEpochs"] = 36 });
        return new RunResults("1.0.0", "cpu", [new VariantResult("1", "leaky", "C1.2", "LIVE-in-the-Wild (synthetic)", "ResNet18", [split])], "synthetic", 7, 1, seconds);
    }

    [Fact]
    public void WriteThenRead_GivesEquivalentResults_AndTheSameBytesAgain()
    {
        using var dir = new TestFolder();
        var path = Path.Combine(dir.Path, "results.json");

        // Given results written once
        ResultsJson.Write(path, Sample());
        var first = File.ReadAllBytes(path);

        // When read back and written again
        var read = ResultsJson.Read(path);
        ResultsJson.Write(path, read);

        // Then nothing was lost (NaN included) and the bytes are identical
        read.Should().BeEquivalentTo(Sample(), o => o.ComparingByMembers<RunResults>().Excluding(r => r.Variants));
        read.Variants[0].Splits[0].Should().BeEquivalentTo(Sample().Variants[0].Splits[0]);
        double.IsNaN(read.Variants[0].Splits[0].Curve[1].Value).Should().BeTrue();
        File.ReadAllBytes(path).Should().Equal(first);
    }

    [Fact]
    public void Json_HasStableOrder_SortedScalars_AndTheMeanStdForReaders()
    {
        // When results are serialised
        var json = ResultsJson.Serialize(Sample());

        // Then scalars are sorted by name whatever the insertion order, and the summary follows the splits
        json.IndexOf("\"FineTuneEpochs\"", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("\"ValAccuracy\"", StringComparison.Ordinal));
        json.IndexOf("\"splits\": [", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("\"plcc\": {", StringComparison.Ordinal));
        json.Should().NotContain("\r").And.NotContain("isSynthetic");
    }

    [Fact]
    public void Read_MissingField_NamesTheFileAndTheField()
    {
        using var dir = new TestFolder();
        var path = Path.Combine(dir.Path, "results.json");

        // Given a results file without its required "device"
        File.WriteAllText(path, ResultsJson.Serialize(Sample()).Replace("\"device\": \"cpu\",", "", StringComparison.Ordinal), Encoding.UTF8);

        // When read
        var act = () => ResultsJson.Read(path);

        // Then the exception names the file and the missing field
        act.Should().Throw<ResultsFormatException>().WithMessage($"{path}*device*").Which.FilePath.Should().Be(path);
    }

    [Fact]
    public void Read_TruncatedFile_NamesTheFileAndLine()
    {
        using var dir = new TestFolder();
        var path = Path.Combine(dir.Path, "results.json");

        // Given a torn file
        var json = ResultsJson.Serialize(Sample());
        File.WriteAllText(path, json[..(json.Length / 2)], Encoding.UTF8);

        // When read, then the message says where it stopped making sense
        var act = () => ResultsJson.Read(path);
        act.Should().Throw<ResultsFormatException>().WithMessage($"{path}: not a valid RunResults at line *");
    }
}
