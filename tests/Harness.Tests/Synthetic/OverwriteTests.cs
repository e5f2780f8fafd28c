using LeakSpec.Datasets;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>Nothing the user had is lost: a non-empty directory is refused unless overwriting is asked for.</summary>
[Trait("Category", "Fast")]
public sealed class OverwriteTests
{
    [Fact]
    public void Non_empty_directory_is_refused_and_left_untouched()
    {
        // Given a directory holding a user's file
        var dir = TempDir.Create("synth-refuse");
        try
        {
            var mine = Path.Combine(dir, "notes.txt");
            File.WriteAllText(mine, "my data");

            // When a synthetic dataset is written there without overwrite
            var act = () => SyntheticGenerator.Write(DatasetKind.Kadid10k, SyntheticSize.Tiny, 1, dir);

            // Then it is refused with a message naming the directory and the way out, and nothing was written
            act.Should().Throw<SyntheticDataException>().Which.Message.Should().Contain(dir).And.Contain("not empty").And.Contain("--force");
            Directory.EnumerateFileSystemEntries(dir).Should().Equal(mine);
            File.ReadAllText(mine).Should().Be("my data");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void With_overwrite_it_writes_and_keeps_unrelated_files()
    {
        // Given a directory holding a user's file
        var dir = TempDir.Create("synth-force");
        try
        {
            var mine = Path.Combine(dir, "notes.txt");
            File.WriteAllText(mine, "my data");

            // When overwriting is asked for
            var result = SyntheticGenerator.Write(DatasetKind.Tid2013, SyntheticSize.Tiny, 1, dir, overwrite: true);

            // Then the dataset is written and the unrelated file is still there
            File.Exists(Path.Combine(dir, "mos_with_names.txt")).Should().BeTrue();
            File.Exists(Path.Combine(dir, SyntheticResult.TruthFileName)).Should().BeTrue();
            result.Items.Should().HaveCount(160);
            File.ReadAllText(mine).Should().Be("my data");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_file_in_place_of_the_directory_is_refused()
    {
        // Given a path that is a file
        var dir = TempDir.Create("synth-file");
        try
        {
            var file = Path.Combine(dir, "out");
            File.WriteAllText(file, "x");

            // When it is used as the output directory, even with overwrite
            var act = () => SyntheticGenerator.Write(DatasetKind.Tid2013, SyntheticSize.Tiny, 1, file, overwrite: true);

            // Then it is refused, naming the path
            act.Should().Throw<SyntheticDataException>().Which.Message.Should().Contain(file);
            File.ReadAllText(file).Should().Be("x");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
