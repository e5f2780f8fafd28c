using System.Reflection;
using NetArchTest.Rules;

namespace LeakSpec.Harness.Tests.Architecture;

/// <summary>
/// The harness's folders form one chain, data flowing one way (DESIGN.md, "Harness folders"): a folder may use the
/// folders before it and never one after it. Each folder is one namespace root (LeakSpec.&lt;Folder&gt;, with its
/// sub-namespaces), so a back-edge is a type of an earlier folder that depends on a type of a later one.
/// </summary>
[Trait("Category", "Fast")]
public sealed class LayeringTests
{
    /// <summary>
    /// DESIGN.md's order, with the two helper folders first: IO (atomic writes) and Runtime (device choice, seeding,
    /// native libraries) are used by every concern and use none of them.
    /// </summary>
    public static readonly IReadOnlyList<string> Order =
        ["IO", "Runtime", "Datasets", "Synthetic", "Splitting", "Models", "Training", "Features", "Regression", "Metrics", "Experiments", "Reporting"];

    private static readonly Assembly Harness = typeof(LeakSpec.Datasets.DatasetKind).Assembly;

    public static TheoryData<string> Folders() => new(Order);

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_folder_after_it_in_the_design_order(string folder)
    {
        // Given the folders after this one in DESIGN.md's order
        var later = Order.SkipWhile(f => f != folder).Skip(1).Select(f => $"LeakSpec.{f}").ToArray();
        if (later.Length == 0) return;

        // When the folder's types are read for their dependencies
        var result = Types.InAssembly(Harness).That().ResideInNamespace($"LeakSpec.{folder}")
            .ShouldNot().HaveDependencyOnAny(later).GetResult();

        // Then none of them reaches a later folder
        (result.FailingTypeNames ?? []).Should().BeEmpty($"{folder} must not depend on {string.Join(", ", later)}");
    }

    [Fact]
    public void Every_namespace_of_the_harness_belongs_to_one_folder_of_the_order()
    {
        // Given every namespace the harness assembly declares
        var roots = Harness.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("LeakSpec.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1]).Distinct();

        // Then each is one of the ordered folders, so the layering test above sees every type
        roots.Should().BeSubsetOf(Order);
    }
}
