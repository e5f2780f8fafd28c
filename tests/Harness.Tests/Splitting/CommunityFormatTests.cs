using System.Text.Json;
using LeakSpec.Datasets;
using LeakSpec.Splitting;
using LeakSpec.Splitting.Formats;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>
/// `leakspec audit` on split files in the formats IQA codebases publish, written by Python's pickle, json and csv
/// (fixtures/splitting/make_community_formats.py): one file per set, and pyiqa's pickles with their meta file.
/// </summary>
[Trait("Category", "Fast")]
public sealed class CommunityFormatTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-community-tests-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public CommunityFormatTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string F(string name) => SklearnReferenceTests.FixturePath(name);

    private static (int Code, string Out, string Err) Audit(AuditRequest request)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = SplitRunner.Audit(request, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void One_file_per_set_in_JSON_records_TSV_and_a_plain_list_shows_the_one_reference_on_both_sides()
    {
        // Given KADID-10k sets as JSON records with folder prefixes, a TSV and a plain list; I05 straddles train and test
        var request = new AuditRequest([]) { Train = F("kadid10k_train.json"), Val = F("kadid10k_val.tsv"), Test = F("kadid10k_test.txt") };

        // When audited (the kind inferred from the names, which are checked against KADID-10k's naming scheme)
        var (code, stdout, _) = Audit(request);
        var (m, _, names) = ExternalSplits.FromSetFiles([("train", request.Train!), ("val", request.Val!), ("test", request.Test!)], null, null, false);
        var report = new LeakAuditor().Audit([m]);

        // Then every name is read without its prefix, and the only finding is Case IV on I05's 50 test images
        code.Should().Be(1, stdout);
        m.Kind.Should().Be(DatasetKind.Kadid10k);
        names.ChecksItems.Should().BeTrue();
        m.Stages.Values.Sum(v => v.Count).Should().Be(2500);
        m.Stage(Stages.RegressorTrain).Should().Contain("I05_01_01.png").And.NotContain(n => n.Contains('/'));
        var v = report.Violations.Should().ContainSingle().Subject;
        (v.Kind, v.StageA, v.StageB, v.ItemCount, v.GroupCount).Should().Be((ViolationKind.CaseIV, Stages.RegressorTrain, Stages.RegressorTest, 50, 1));
        v.FirstGroups.Should().Equal("I05");
        stdout.Should().Contain("LEAK Case IV").And.Contain("train=").And.Contain("I05");
    }

    [Fact]
    public void A_CSV_with_a_quoted_newline_and_no_test_file_is_read_and_warned_about()
    {
        // Given LIVE Challenge train and val CSVs (Images/ prefixes, a comment spanning two lines), no test file
        var request = new AuditRequest([], DatasetKind.LiveC) { Train = F("livec_train.csv"), Val = F("livec_val.csv") };

        // When audited
        var (code, stdout, stderr) = Audit(request);
        var (m, _, _) = ExternalSplits.FromSetFiles([("train", request.Train!), ("val", request.Val!)], DatasetKind.LiveC, null, false);

        // Then all 32 + 8 names are read, it is clean, and the warning says what reporting on val means
        code.Should().Be(0, stderr);
        m.Stage(Stages.RegressorTrain).Should().HaveCount(32).And.Contain(["100.bmp", "103.bmp", "106.bmp"]);
        m.Stage(Stages.RegressorVal).Should().HaveCount(8);
        stdout.Should().Contain("WARNING").And.Contain("no test set").And.Contain("selected on").And.Contain("names not checked");
    }

    [Fact]
    [Trait("Claim", "G.2")]
    public void Pyiqa_pickles_are_read_split_by_split_with_the_names_Python_reads()
    {
        // Given pyiqa's KADID meta file, a by-image pickle (3 splits), a by-reference one (2), and Python's own reading
        var expected = JsonDocument.Parse(File.ReadAllText(F("pyiqa_expected_names.json"))).RootElement.GetProperty("kadid10k_by_image_split1");

        // When each is read and audited
        var byImage = ExternalSplits.FromPyiqaPickle(F("pyiqa_kadid10k_by_image.pkl"), F("pyiqa_kadid10k_meta.csv"), null, null, false);
        var (code, stdout, _) = Audit(new AuditRequest([F("pyiqa_kadid10k_by_image.pkl"), F("pyiqa_kadid10k_by_reference.pkl")]) { Meta = F("pyiqa_kadid10k_meta.csv") });
        var byRef = ExternalSplits.FromPyiqaPickle(F("pyiqa_kadid10k_by_reference.pkl"), F("pyiqa_kadid10k_meta.csv"), null, null, false);

        // Then split 1 holds exactly Python's names, every by-image split is Case IV, the by-reference splits are clean
        byImage.Manifests.Should().HaveCount(3);
        byImage.Sources[0].Should().EndWith("split 1");
        foreach (var (label, stage) in new[] { ("train", Stages.RegressorTrain), ("val", Stages.RegressorVal), ("test", Stages.RegressorTest) })
        {
            byImage.Manifests[0].Stage(stage).Should().Equal(expected.GetProperty(label).EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        }

        new LeakAuditor().Audit(byImage.Manifests).Violations.Select(v => v.Source).Distinct().Should().HaveCount(3);
        new LeakAuditor().Audit(byImage.Manifests).Cases.Should().Be(Leak.CaseIV);
        new LeakAuditor().Audit(byRef.Manifests).IsClean.Should().BeTrue();
        code.Should().Be(1);
        stdout.Should().Contain("LEAKAGE: ").And.Contain("in 3 of 5 manifest(s)");
    }

    [Fact]
    public void Pyiqa_LIVE_Challenge_indices_skip_the_seven_training_images_and_an_8_2_split_is_warned_about()
    {
        // Given pyiqa's LIVE meta file (t1..t7 first) and its 8:2 train/val pickle, and Python's reading of split 1
        var expected = JsonDocument.Parse(File.ReadAllText(F("pyiqa_expected_names.json"))).RootElement.GetProperty("livec_8_2_split1");

        // When read and audited
        var read = ExternalSplits.FromPyiqaPickle(F("pyiqa_livec_8_2.pkl"), F("pyiqa_livec_meta.csv"), DatasetKind.LiveC, null, false);
        var (code, stdout, _) = Audit(new AuditRequest([F("pyiqa_livec_8_2.pkl")], DatasetKind.LiveC) { Meta = F("pyiqa_livec_meta.csv") });

        // Then index 0 is the row after t7.bmp, both splits warn of no test set, and no leak is found
        read.Skipped.Should().Be(7);
        read.Manifests[0].Stage(Stages.RegressorTrain).Should().Equal(expected.GetProperty("train").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        read.Manifests.SelectMany(m => m.Stages.Values.SelectMany(v => v)).Should().NotContain(n => n.StartsWith('t'));
        code.Should().Be(0);
        stdout.Split('\n').Count(l => l.StartsWith("WARNING") && l.Contains("no test set")).Should().Be(2);
        stdout.Should().Contain("first 7 rows");
    }

    [Theory]
    [InlineData("pyiqa_livec_index_out_of_range.pkl", "split 1, 'train'[30]", "row index 40")]
    [InlineData("pyiqa_livec_set.pkl", "split 1, 'train'", "expected a list of row indices")]
    [InlineData("pyiqa_runs_code.pkl", "(file)", "builtins.print")]
    public void A_pickle_that_is_not_plain_indices_into_the_meta_file_is_refused_naming_the_field(string file, string field, string what)
    {
        // Given a pyiqa-style pickle with an index past the meta file, a set instead of a list, or a callable
        var request = new AuditRequest([F(file)], DatasetKind.LiveC) { Meta = F("pyiqa_livec_meta.csv") };

        // When audited
        var (code, stdout, stderr) = Audit(request);

        // Then it is bad input, the message names the file, the field and what was wrong, and nothing was printed by Python code
        code.Should().Be(SplitRunner.BadInput, stdout);
        stderr.Should().Contain(file).And.Contain(field).And.Contain(what);
        stdout.Should().NotContain("ran code");
        if (file == "pyiqa_runs_code.pkl")
        {
            stderr.Should().Contain("nothing from the file is run");
        }
    }

    [Fact]
    public void A_name_that_is_no_item_of_the_dataset_is_an_error_that_names_it()
    {
        // Given a KADID-10k test list with a level that does not exist (06), and a LIVE list checked against a root
        var typo = Path.Combine(dir, "test.txt");
        File.WriteAllText(typo, "I01_01_05.png\nI01_01_06.png\n");
        var request = new AuditRequest([]) { Train = F("kadid10k_train.json"), Test = typo };

        // When audited
        var (code, _, stderr) = Audit(request);

        // Then the name, the file and its line are in the error
        code.Should().Be(SplitRunner.BadInput);
        stderr.Should().Contain("'I01_01_06.png' is not an item").And.Contain(typo).And.Contain("line 2");
    }

    [Fact]
    public void Options_that_do_not_go_together_are_refused_naming_the_flags()
    {
        // Given --val without --train, and --train together with split files
        var (c1, _, e1) = Audit(new AuditRequest([]) { Val = F("kadid10k_val.tsv") });
        var (c2, _, e2) = Audit(new AuditRequest([F("kadid10k_reference_split.csv")]) { Train = F("kadid10k_train.json") });
        var (c3, _, e3) = Audit(new AuditRequest([]) { Train = F("livec_train.csv") });

        // Then each is bad input and says which flag to use
        (c1, c2, c3).Should().Be((SplitRunner.BadInput, SplitRunner.BadInput, SplitRunner.BadInput));
        e1.Should().Contain("--train");
        e2.Should().Contain("--train/--val/--test");
        e3.Should().Contain("--kind");
    }
}
