using LeakSpec.Datasets;
using LeakSpec.Experiments;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Experiments;

/// <summary>The case runners take the authors' splits where the context asks for them (--splits authors, the Full tier).</summary>
[Trait("Category", "Fast")]
public sealed class AuthorsSplitRunnerTests
{
    [Theory]
    [InlineData(false, "name-derived:by-reference", "name-derived:by-reference+leak:CaseIV")]
    [InlineData(true, "name-derived:authors", "name-derived:by-reference+leak:CaseIV")]
    public void Case_IV_splits_by_the_authors_references_when_asked_and_draws_the_unrecorded_leaky_split(bool authors, string grouped, string random)
    {
        // Given KADID-10k's item list as the loaded dataset of a replication, with or without the authors' splits
        using var dir = new TestFolder();
        const string root = "/name-derived/kadid10k";
        var ctx = new ReplicationContext(dir.Path, "cpu", _ => { }, dir.Path)
        {
            Roots = new Dictionary<DatasetKind, string> { [DatasetKind.Kadid10k] = root },
            AuthorsSplits = authors,
        };
        ctx.Media.GetOrAdd(DatasetKind.Kadid10k, root, null, () => new MediaStore(NameDerivedDatasets.Kadid10k()));
        var runner = new Case4Runner(ctx, ReplicationProfile.Fast);

        // When the manifests of the grouped and the random (leaky) variants of seed 42 are built
        var (_, byReference) = runner.Manifest(Case4Runner.FtGrouped, 42);
        var (_, leaky) = runner.Manifest(Case4Runner.FtRandom, 42);

        // Then the grouped one is the authors' split only when asked; the leaky one is always drawn from the seed
        byReference.Policy.Should().Be(grouped);
        leaky.Policy.Should().Be(random);
        var authorsTest = AuthorsSplits.Embedded.KadidReferences(42).Test.Select(r => r[..3]).Order();
        (byReference.Stage(Stages.RegressorTest).Select(id => id[..3]).Distinct().Order().SequenceEqual(authorsTest)).Should().Be(authors);
    }

    [Theory]
    [InlineData("5", 1, 5, false)]
    [InlineData("3", 7, 3, false)]
    [InlineData("authors", 1, 5, true)]
    [InlineData("AUTHORS", 1, 5, true)]
    public void Splits_option_takes_a_count_or_authors(string value, int seed, int count, bool authors) =>
        ReplicationSetup.ParseSplits(value, seed).Should().Be((count, authors));

    [Theory]
    [InlineData("authors", 7, "*--splits authors uses the authors' seeds (42, 69, 322, 1337, 9000); drop --seed 7*")]
    [InlineData("0", 1, "*--splits 0: expected a whole number*or 'authors'*")]
    [InlineData("five", 1, "*--splits five*")]
    public void Splits_option_rejects_what_it_cannot_do(string value, int seed, string message)
    {
        var act = () => ReplicationSetup.ParseSplits(value, seed);
        act.Should().Throw<ReplicationException>().WithMessage(message);
    }
}
