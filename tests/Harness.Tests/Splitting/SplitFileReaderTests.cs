using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>Auditing splits made outside LeakSpec: JSON lists of names and CSVs with a split column.</summary>
[Trait("Category", "Fast")]
public sealed class SplitFileReaderTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-reader-tests-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public SplitFileReaderTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_an_image_level_TID2013_split_given_as_JSON_lists_is_found_to_be_Case_IV()
    {
        // Given a TID2013 split by image, as JSON lists of names in mixed case
        var path = SklearnReferenceTests.FixturePath("tid2013_image_split.json");

        // When read (the kind inferred from the names) and audited
        var m = SplitFileReader.Read(path);
        var report = new LeakAuditor().Audit([m], [path]);

        // Then all 3,000 names are read into the regressor stages, and every boundary is Case IV across all 25 references
        m.Kind.Should().Be(DatasetKind.Tid2013);
        m.Stages.Values.Sum(v => v.Count).Should().Be(3000);
        m.Stage(Stages.RegressorTrain).Should().HaveCount(1800);
        report.Cases.Should().Be(Leak.CaseIV);
        report.Violations.Single(v => v.StageA == Stages.RegressorTrain && v.StageB == Stages.RegressorTest).GroupCount.Should().Be(25);
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void G2_a_KADID_split_by_reference_given_as_CSV_audits_clean()
    {
        // Given a KADID-10k CSV with a split column, split by reference
        var path = SklearnReferenceTests.FixturePath("kadid10k_reference_split.csv");

        // When read and audited
        var m = SplitFileReader.Read(path);
        var report = new LeakAuditor().Audit([m]);

        // Then all 10,125 names are read and no violation is found
        m.Kind.Should().Be(DatasetKind.Kadid10k);
        m.Stages.Values.Sum(v => v.Count).Should().Be(10125);
        report.IsClean.Should().BeTrue(report.ToText());
    }

    [Fact]
    public void KonIQs_own_sets_CSV_is_read_with_its_set_column_and_quoted_names()
    {
        // Given rows in the layout of koniq10k_distributions_sets.csv
        var path = SklearnReferenceTests.FixturePath("koniq10k_sets_sample.csv");

        // When read with the kind given
        var m = SplitFileReader.Read(path, DatasetKind.Koniq10k);

        // Then training/validation/test map to the regressor stages, quotes are removed
        m.Stage(Stages.RegressorTrain).Should().HaveCount(28).And.Contain("100000.jpg");
        m.Stage(Stages.RegressorVal).Should().HaveCount(4);
        m.Stage(Stages.RegressorTest).Should().HaveCount(8);
        new LeakAuditor().Audit([m]).IsClean.Should().BeTrue();
    }

    [Fact]
    public void Stage_names_in_a_split_column_are_taken_as_they_are_so_fine_tuning_leaks_can_be_audited()
    {
        // Given a CSV naming LeakSpec stages, one test image also fine-tuned on
        var path = Write("stages.csv", "name,stage\na.jpg,finetune.train\nb.jpg,finetune.val\na.jpg,regressor.test\nc.jpg,regressor.train\n");

        // When read and audited
        var report = new LeakAuditor().Audit([SplitFileReader.Read(path, DatasetKind.LiveC)]);

        // Then it is Case I
        report.Cases.Should().Be(Leak.CaseI);
    }

    [Theory]
    [InlineData("bad.csv", "name,set\na.jpg,train\nb.jpg,holdout\n", "*bad.csv: line 3, column 'set': unknown split label 'holdout'*")]
    [InlineData("nosplit.csv", "name,score\na.jpg,3\n", "*nosplit.csv: line 1: no split column*")]
    [InlineData("lists.json", "{\"train\": [\"a.jpg\", 7]}", "*lists.json: train[1]: expected a name*")]
    [InlineData("unknown.json", "{\"train\": [\"a.jpg\"], \"test\": [\"b.jpg\"]}", "*unknown.json: (ids): cannot tell the dataset kind*--kind*")]
    public void Bad_split_files_get_an_error_naming_the_file_and_the_line_or_field(string name, string content, string expected)
    {
        // Given a malformed split file
        var path = Write(name, content);

        // When read without a kind
        var act = () => SplitFileReader.Read(path);

        // Then the error names the file and where
        act.Should().Throw<ManifestException>().WithMessage(expected);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
