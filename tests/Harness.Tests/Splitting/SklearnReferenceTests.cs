using System.Text.Json;
using LeakSpec.Splitting;

namespace LeakSpec.Harness.Tests.Splitting;

/// <summary>Split sizes against scikit-learn 1.2.1 (fixtures/splitting/sklearn_sizes.json, made by make_sklearn_sizes.py).</summary>
[Trait("Category", "Fast")]
public sealed class SklearnReferenceTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(FixturePath("sklearn_sizes.json"))).RootElement;

    [Fact]
    public void GroupShuffleSplit_puts_as_many_groups_in_test_as_scikit_learn()
    {
        foreach (var row in Golden.GetProperty("groupShuffleSplit").EnumerateArray())
        {
            // Given scikit-learn's group counts for this size and fraction
            var nGroups = row.GetProperty("nGroups").GetInt32();
            var testSize = row.GetProperty("testSize").GetDouble();
            var groups = Enumerable.Range(0, nGroups).SelectMany(g => Enumerable.Repeat($"g{g}", 3)).ToArray();

            // When our splitter draws
            var fold = new GroupShuffleSplit(1, testSize, 1).Split(groups)[0];

            // Then the group counts agree
            fold.Test.Select(i => groups[i]).Distinct().Count().Should().Be(row.GetProperty("testGroups").GetInt32(), $"{nGroups} groups, test {testSize}");
            fold.Train.Select(i => groups[i]).Distinct().Count().Should().Be(row.GetProperty("trainGroups").GetInt32());
        }
    }

    [Fact]
    public void KFold_makes_the_fold_sizes_scikit_learn_makes()
    {
        foreach (var row in Golden.GetProperty("kFold").EnumerateArray())
        {
            // Given scikit-learn's fold sizes for n items and k folds
            var n = row.GetProperty("n").GetInt32();
            var k = row.GetProperty("k").GetInt32();
            var expected = row.GetProperty("testSizes").EnumerateArray().Select(e => e.GetInt32()).ToList();

            // When our k-fold splits
            var folds = new KFold(k, 3).Split(n);

            // Then the fold sizes agree, fold by fold
            folds.Select(f => f.Test.Length).Should().Equal(expected, $"n {n}, k {k}");
        }
    }

    internal static string FixturePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "splitting", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"fixtures/splitting/{name} not found above {AppContext.BaseDirectory}.");
    }
}
