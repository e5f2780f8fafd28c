using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>
/// The Full tier's run / skip / fail decision (FullTier.Require in spec/Shared and `leakspec doctor` call it), as a
/// pure function of environment, files and CUDA: the machine here has neither GPU nor datasets.
/// </summary>
[Trait("Category", "Fast")]
public sealed class FullTierGateTests
{
    private static readonly (string, string) InceptionV3 = ("inception_v3.pt", "Run scripts/make-weights.py.");

    // A machine with /data/kadid10k (its dmos.csv), /data/konvid1k and /w/inception_v3.pt.
    private static readonly HashSet<string> Files =
        ["/data", "/data/kadid10k", "/data/kadid10k/dmos.csv", "/data/konvid1k", "/data/konvid1k/KoNViD_1k_mos.csv", "/w", "/w/inception_v3.pt", "/empty"];

    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    private static FullTierDecision Decide(Func<string, string?> env, bool cuda = true, string backend = "cuda") =>
        FullTierGate.Decide([DatasetKind.Kadid10k], InceptionV3, env, Files.Contains, cuda, backend);

    [Fact]
    public void Data_weights_and_CUDA_present_run_on_CUDA()
    {
        // When everything is exported, then the test runs on CUDA with the resolved paths
        var d = Decide(Env(("LEAKSPEC_KADID10K", "/data/kadid10k"), ("LEAKSPEC_WEIGHTS", "/w")));
        (d.Verdict, d.Device, d.WeightsPath, d.Roots[DatasetKind.Kadid10k]).Should().Be((FullTierVerdict.Run, "cuda", "/w/inception_v3.pt", "/data/kadid10k"));
    }

    [Fact]
    public void LEAKSPEC_DATA_alone_provides_every_dataset_under_its_folder_name()
    {
        // When only LEAKSPEC_DATA and the weights are set, for a test needing two datasets
        var d = FullTierGate.Decide([DatasetKind.Kadid10k, DatasetKind.Konvid1k], InceptionV3, Env(("LEAKSPEC_DATA", "/data"), ("LEAKSPEC_WEIGHTS", "/w")), Files.Contains, true, "cuda");

        // Then both roots resolve under it
        d.Verdict.Should().Be(FullTierVerdict.Run);
        d.Roots.Should().BeEquivalentTo(new Dictionary<DatasetKind, string> { [DatasetKind.Kadid10k] = "/data/kadid10k", [DatasetKind.Konvid1k] = "/data/konvid1k" });
    }

    [Fact]
    public void A_placeholder_counts_as_unset_and_the_skip_says_so_and_falls_back_to_LEAKSPEC_DATA()
    {
        // Given runsettings' unedited placeholder for KADID-10k
        var placeholderOnly = Decide(Env(("LEAKSPEC_KADID10K", "/path/to/kadid10k"), ("LEAKSPEC_WEIGHTS", "/w")));
        var withData = Decide(Env(("LEAKSPEC_KADID10K", "/path/to/kadid10k"), ("LEAKSPEC_DATA", "/data"), ("LEAKSPEC_WEIGHTS", "/w")));

        // Then alone it skips naming the placeholder; with LEAKSPEC_DATA it runs from there
        placeholderOnly.Verdict.Should().Be(FullTierVerdict.Skip);
        placeholderOnly.Message.Should().Contain("LEAKSPEC_KADID10K is the unedited placeholder '/path/to/kadid10k' of runsettings/full.runsettings (counted as unset");
        withData.Verdict.Should().Be(FullTierVerdict.Run);
        withData.Roots[DatasetKind.Kadid10k].Should().Be("/data/kadid10k");
    }

    [Fact]
    public void Missing_data_or_weights_skip_naming_every_missing_thing_even_without_CUDA()
    {
        // When the dataset root lacks its metadata and the weights folder lacks the file, on a machine without CUDA
        var d = Decide(Env(("LEAKSPEC_KADID10K", "/empty"), ("LEAKSPEC_WEIGHTS", "/data")), cuda: false, backend: "cpu");

        // Then it skips (never fails, never runs), and the message names both, with how to obtain them
        d.Verdict.Should().Be(FullTierVerdict.Skip);
        d.Message.Should().Contain("LEAKSPEC_KADID10K=/empty, and /empty has no dmos.csv")
            .And.Contain("/data/inception_v3.pt does not exist (LEAKSPEC_WEIGHTS=/data). Run scripts/make-weights.py.")
            .And.Contain("kadid10k.zip");
    }

    [Fact]
    public void Data_and_weights_without_CUDA_fail_unless_the_CPU_is_allowed()
    {
        var env = new[] { ("LEAKSPEC_KADID10K", "/data/kadid10k"), ("LEAKSPEC_WEIGHTS", "/w") };

        // When CUDA is unavailable, with a CPU build, a CUDA build, and LEAKSPEC_ALLOW_CPU=1
        var cpuBuild = Decide(Env(env), cuda: false, backend: "cpu");
        var cudaBuild = Decide(Env(env), cuda: false, backend: "cuda");
        var allowed = Decide(Env([.. env, ("LEAKSPEC_ALLOW_CPU", "1")]), cuda: false, backend: "cpu");

        // Then the first two fail saying why and how out, the third runs on the CPU
        cpuBuild.Verdict.Should().Be(FullTierVerdict.Fail);
        cpuBuild.Message.Should().Contain("'cpu' TorchSharp backend").And.Contain("-p:LeakSpecTorchBackend=cuda").And.Contain("LEAKSPEC_ALLOW_CPU=1");
        cudaBuild.Verdict.Should().Be(FullTierVerdict.Fail);
        cudaBuild.Message.Should().Contain("libtorch sees no CUDA device");
        (allowed.Verdict, allowed.Device).Should().Be((FullTierVerdict.Run, "cpu"));
    }

    [Fact]
    public void The_build_records_its_TorchSharp_backend_and_commit()
    {
        // The build embeds what it was restored with and the commit it was built from ("unknown" outside git)
        BuildInfo.TorchBackend.Should().BeOneOf("cpu", "cuda");
        BuildInfo.Commit.Should().MatchRegex("^([0-9a-f]{40}|unknown)$");
        BuildInfo.Id.Should().StartWith(BuildInfo.Version.Split('+')[0] + "@" + BuildInfo.Commit);
        var code = Guid.Parse("0123456789abcdef0123456789abcdef");
        BuildInfo.Compose("1.0.0+abc", "abc", dirty: true, code).Should().Be("1.0.0@abc+dirty.0123456789ab");
        BuildInfo.Compose("1.0.0+abc", "abc", dirty: false, code).Should().Be("1.0.0@abc");
        BuildInfo.Compose("1.0.0", "unknown", dirty: false, code).Should().Be("1.0.0@unknown+code.0123456789ab");
    }
}
