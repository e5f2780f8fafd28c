namespace LeakSpec.Harness.Tests.Runtime;

/// <summary>The analyzer rule that makes an unseeded Random a build error is wired in for every project.</summary>
[Trait("Category", "Fast")]
public sealed class BannedApiTests
{
    [Fact]
    public void BannedSymbols_ListsTheUnseededRandoms_AndEveryProjectImportsIt()
    {
        var root = RepoPaths.Root;
        var banned = File.ReadAllText(Path.Combine(root, "BannedSymbols.txt"));
        banned.Should().Contain("P:System.Random.Shared").And.Contain("M:System.Random.#ctor;");

        var props = File.ReadAllText(Path.Combine(root, "Directory.Build.props"));
        props.Should().Contain("Microsoft.CodeAnalysis.BannedApiAnalyzers").And.Contain("BannedSymbols.txt");
        props.Should().Contain("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
    }
}
