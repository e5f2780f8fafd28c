using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

[Trait("Category", "Fast")]
public sealed class ManifestTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-manifest-tests-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public ManifestTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Canonical_JSON_is_sorted_LF_only_hash_stamped_and_independent_of_input_order()
    {
        // Given one manifest with stages and ids given in two different orders
        var a = new SplitManifest(DatasetKind.LiveC, new string('a', 64), "random", 42, GroupKey.Item, new Dictionary<string, IReadOnlyList<string>>
        {
            [Stages.RegressorTest] = ["z.bmp", "b.bmp"],
            [Stages.FinetuneTrain] = ["c.bmp", "a.bmp"],
        });
        var b = a with { Stages = new Dictionary<string, IReadOnlyList<string>> { [Stages.RegressorTest] = ["b.bmp", "z.bmp"], [Stages.FinetuneTrain] = ["c.bmp", "a.bmp"] } };

        // When written as canonical JSON
        var json = a.ToCanonicalJson();

        // Then both orders give the same bytes: stages in canonical order, ids sorted, LF, trailing newline, hash last
        json.Should().Be(b.ToCanonicalJson());
        b.Stage(Stages.FinetuneTrain).Should().Equal("a.bmp", "c.bmp");
        b.Should().Be(a);
        json.Should().NotContain("\r").And.EndWith("}\n");
        json.IndexOf("finetune.train", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("regressor.test", StringComparison.Ordinal));
        json.IndexOf("\"a.bmp\"", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("\"c.bmp\"", StringComparison.Ordinal));
        json.Should().Contain($"\"contentHash\": \"{a.ContentHash}\"");
        a.ContentHash.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
    }

    [Fact]
    public void A_manifest_round_trips_and_any_changed_id_changes_its_hash()
    {
        // Given a KADID-10k manifest
        var m = ManifestBuilder.Build(NameDerivedDatasets.Kadid10k(), SplitPolicy.ByReference, Leak.None, 322);

        // When parsed back, and when one id moves between stages
        var back = SplitManifest.Parse(m.ToCanonicalJson(), "m.json");
        var moved = m.Stage(Stages.RegressorTest)[0];
        var changed = m with
        {
            Stages = m.Stages.ToDictionary(s => s.Key, s => s.Key == Stages.RegressorTest ? (IReadOnlyList<string>)[.. s.Value.Skip(1)] : s.Value),
        };

        // Then the round trip is exact (bytes and value) and the change shows in the hash and in equality
        back.ToCanonicalJson().Should().Be(m.ToCanonicalJson());
        back.Should().Be(m);
        changed.Should().NotBe(m);
        (back.Kind, back.Fingerprint, back.Policy, back.Seed, back.GroupKey).Should().Be((m.Kind, m.Fingerprint, m.Policy, m.Seed, m.GroupKey));
        changed.ContentHash.Should().NotBe(m.ContentHash);
        moved.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("{ \"format\": ", "bad.json: line 1*malformed JSON*")]
    [InlineData("[]", "bad.json: (root)*object*")]
    [InlineData("STAGES:{\"finetune.tran\": []}", "bad.json: stages.finetune.tran: unknown stage name*finetune.train*")]
    [InlineData("STAGES:{\"regressor.test\": [\"a\", 3]}", "bad.json: stages.regressor.test[1]*non-empty item id*")]
    [InlineData("SEED:\"42\"", "bad.json: seed: expected a 32-bit integer*")]
    [InlineData("KIND:\"tid2008\"", "bad.json: kind: unknown dataset kind \"tid2008\"*")]
    [InlineData("HASH:\"sha256:00\"", "bad.json: contentHash*edited*")]
    [InlineData("EXTRA", "bad.json: timestamp: unknown property*")]
    public void Bad_manifests_get_an_error_naming_the_file_and_the_field(string fault, string expected)
    {
        // Given a manifest file with one fault
        var json = Faulty(fault);

        // When parsed
        var act = () => SplitManifest.Parse(json, "bad.json");

        // Then the message names the file and the field
        act.Should().Throw<ManifestException>().WithMessage(expected);
    }

    [Fact]
    public void Writing_never_overwrites_an_existing_manifest_unless_told_to()
    {
        // Given a manifest already on disk
        var path = Path.Combine(dir, "split-1.json");
        var first = ManifestBuilder.Build(SplitTestData.LiveC(), SplitPolicy.Random, Leak.None, 42);
        var second = ManifestBuilder.Build(SplitTestData.LiveC(), SplitPolicy.Random, Leak.None, 69);
        ManifestStore.Write(path, first, overwrite: false);

        // When another is written there without and then with overwrite
        var act = () => ManifestStore.Write(path, second, overwrite: false);

        // Then the first attempt fails naming the file and leaves it intact; the second replaces it, leaving no temp files
        act.Should().Throw<ManifestException>().WithMessage($"{path}*overwrite*");
        ManifestStore.Read(path).ContentHash.Should().Be(first.ContentHash);
        ManifestStore.Write(path, second, overwrite: true);
        ManifestStore.Read(path).ContentHash.Should().Be(second.ContentHash);
        Directory.GetFiles(dir).Should().ContainSingle();
    }

    [Fact]
    public void Reading_against_a_dataset_checks_the_fingerprint_and_every_id()
    {
        // Given a manifest of one dataset, the same dataset with one score changed, and a manifest naming a foreign id
        var ds = SplitTestData.LiveC(50);
        var m = ManifestBuilder.Build(ds, SplitPolicy.Random, Leak.None, 42);
        var path = Path.Combine(dir, "m.json");
        ManifestStore.Write(path, m, overwrite: false);
        var rescored = new Dataset(ds.Kind, ds.Root, [.. ds.Items.Select((it, i) => i == 0 ? it with { Score = 99 } : it)]);
        var foreign = m with { Stages = m.Stages.ToDictionary(s => s.Key, s => s.Key == Stages.RegressorTest ? (IReadOnlyList<string>)["nope.bmp"] : s.Value) };
        var foreignPath = Path.Combine(dir, "foreign.json");
        ManifestStore.Write(foreignPath, foreign, overwrite: false);

        // When read back against the datasets
        var ok = ManifestStore.Read(path, ds);
        var wrongFingerprint = () => ManifestStore.Read(path, rescored);
        var unknownId = () => ManifestStore.Read(foreignPath, ds);
        var missing = () => ManifestStore.Read(Path.Combine(dir, "absent.json"));

        // Then the matching one reads, and each mismatch names the file and field
        ok.ContentHash.Should().Be(m.ContentHash);
        wrongFingerprint.Should().Throw<ManifestException>().WithMessage($"{path}: fingerprint: expected {rescored.Fingerprint}*");
        unknownId.Should().Throw<ManifestException>().WithMessage($"{foreignPath}: stages.regressor.test[0]: id 'nope.bmp' is not an item*");
        missing.Should().Throw<ManifestException>().WithMessage("*absent.json: (file)*");
    }

    private static string Faulty(string fault)
    {
        if (!fault.Contains(':') && fault != "EXTRA")
        {
            return fault;
        }

        var (name, value) = fault == "EXTRA" ? ("EXTRA", string.Empty) : (fault[..fault.IndexOf(':', StringComparison.Ordinal)], fault[(fault.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        if (name is not ("STAGES" or "SEED" or "KIND" or "HASH" or "EXTRA"))
        {
            return fault;
        }

        var kind = name == "KIND" ? value : "\"livec\"";
        var seed = name == "SEED" ? value : "42";
        var stages = name == "STAGES" ? value : "{\"regressor.test\": [\"a.bmp\"]}";
        var extra = name == "HASH" ? $",\"contentHash\": {value}" : name == "EXTRA" ? ",\"timestamp\": \"2026-11-26\"" : string.Empty;
        return $"{{\"format\": \"leakspec-split-manifest/1\", \"kind\": {kind}, \"fingerprint\": \"\", \"policy\": \"random\", \"seed\": {seed}, \"groupKey\": \"item\", \"stages\": {stages}{extra}}}";
    }
}
