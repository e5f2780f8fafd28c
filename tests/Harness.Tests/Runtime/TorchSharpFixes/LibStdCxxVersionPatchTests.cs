using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;

namespace LeakSpec.Harness.Tests.Runtime.TorchSharpFixes;

/// <summary>The native fix that lets TorchSharp 0.107 load on libstdc++ older than GCC 13.</summary>
[Trait("Category", "Fast")]
public sealed class LibStdCxxVersionPatchTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("leakspec-patch-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Decide_SystemHasTheVersion_LeavesTheLibraryUntouched()
    {
        // Given a libstdc++ from GCC 13 or newer
        var gcc13 = new HashSet<string> { "GLIBCXX_3.4.31", LibStdCxxVersionPatch.MissingVersion };

        // When / Then: whatever state the library is in, nothing is written
        LibStdCxxVersionPatch.Decide(gcc13, LibraryVersionState.Needs).Should().Be(PatchDecision.NotNeeded);
        LibStdCxxVersionPatch.Decide(gcc13, LibraryVersionState.Patched).Should().Be(PatchDecision.NotNeeded);
        LibStdCxxVersionPatch.Decide(gcc13, LibraryVersionState.DoesNotNeed).Should().Be(PatchDecision.NotNeeded);
    }

    [Fact]
    public void Decide_SystemLacksTheVersion_PatchesOnlyAnUnpatchedLibrary()
    {
        var gcc12 = new HashSet<string> { "GLIBCXX_3.4.30" };

        LibStdCxxVersionPatch.Decide(gcc12, LibraryVersionState.Needs).Should().Be(PatchDecision.Patch);
        LibStdCxxVersionPatch.Decide(gcc12, LibraryVersionState.Patched).Should().Be(PatchDecision.AlreadyPatched);
        LibStdCxxVersionPatch.Decide(gcc12, LibraryVersionState.DoesNotNeed).Should().Be(PatchDecision.NotNeeded);
    }

    [Fact]
    public void EnsureLoadable_AppliedTwice_IsByteIdenticalToOnce()
    {
        // Given a pristine copy of TorchSharp's native library, straight from the NuGet cache
        var pristine = PristineLibrary();
        var copy = Path.Combine(dir, "libLibTorchSharp.so");
        File.Copy(pristine, copy);
        var gcc12 = new HashSet<string> { "GLIBCXX_3.4.30" };

        // When the fix is applied once, then again
        var first = LibStdCxxVersionPatch.EnsureLoadable(copy, gcc12);
        var once = File.ReadAllBytes(copy);
        var second = LibStdCxxVersionPatch.EnsureLoadable(copy, gcc12);

        // Then the first patched, the second found nothing to do, and the bytes did not move
        first.Should().Be(PatchDecision.Patch);
        second.Should().Be(PatchDecision.AlreadyPatched);
        File.ReadAllBytes(copy).Should().Equal(once);
        once.Should().NotEqual(File.ReadAllBytes(pristine));
        Directory.GetFiles(dir).Should().ContainSingle("the temporary file of the atomic write is renamed, never left behind");
    }

    [Fact]
    public void Apply_ChangesExactlyTheFlagTheVersionEntryAndTheName()
    {
        // Given the pristine library
        var pristine = File.ReadAllBytes(PristineLibrary());
        var image = ElfImage.Parse("pristine", (byte[])pristine.Clone());
        LibStdCxxVersionPatch.Inspect(image).Should().Be(LibraryVersionState.Needs);

        // When patched in memory
        LibStdCxxVersionPatch.Apply(image);

        // Then it reads as patched, and only a handful of bytes differ (flag, .gnu.version entry, name)
        LibStdCxxVersionPatch.Inspect(image).Should().Be(LibraryVersionState.Patched);
        var changed = pristine.Zip(image.Bytes).Count(p => p.First != p.Second);
        changed.Should().BeInRange(3, 2 + 2 + LibStdCxxVersionPatch.Symbol.Length);
        System.Text.Encoding.ASCII.GetString(image.Bytes).Should().Contain(LibStdCxxVersionPatch.Replacement);
    }

    [Fact]
    public void EnsureLoadable_SystemHasTheVersion_DoesNotWrite()
    {
        var copy = Path.Combine(dir, "libLibTorchSharp.so");
        File.Copy(PristineLibrary(), copy);
        var before = File.GetLastWriteTimeUtc(copy);
        var gcc13 = new HashSet<string> { LibStdCxxVersionPatch.MissingVersion };

        LibStdCxxVersionPatch.EnsureLoadable(copy, gcc13).Should().Be(PatchDecision.NotNeeded);

        File.GetLastWriteTimeUtc(copy).Should().Be(before);
        File.ReadAllBytes(copy).Should().Equal(File.ReadAllBytes(PristineLibrary()));
    }

    [Fact]
    public void Parse_NotAnElfFile_SaysSo()
    {
        var act = () => ElfImage.Parse("/x/not-elf.so", new byte[128]);
        act.Should().Throw<NativeLibraryException>().WithMessage("*/x/not-elf.so*not an ELF*");
    }

    [Fact]
    public void SystemLibStdCxx_OnThisMachine_IsFoundAndDefinesVersions()
    {
        var path = SystemLibStdCxx.Locate();
        path.Should().NotBeNull();
        SystemLibStdCxx.DefinedVersions(path!).Should().Contain("GLIBCXX_3.4.29");
    }

    private static string PristineLibrary()
    {
        var nuget = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(nuget, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        File.Exists(path).Should().BeTrue($"TorchSharp 0.107.0 is restored into {nuget}");
        return path;
    }
}
