using System.Text;

namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>
/// Makes TorchSharp 0.107's libLibTorchSharp.so load on libstdc++ older than GCC 13 (Debian 12, Ubuntu 22.04, RHEL 9).
/// </summary>
/// <remarks>
/// The library needs GLIBCXX_3.4.32 for a single symbol, <c>std::ios_base_library_init()</c>, which GCC 13 headers emit
/// so that iostreams are initialised; older libstdc++ initialise iostreams themselves. The fix, verified on the
/// project's machines (../shared/DESIGN.md, "Components"): mark that version need weak, make the symbol's
/// .gnu.version entry global (1), and point its .dynstr name at an existing argument-less libstdc++ function
/// (<c>std::locale::classic()</c>). Only the build-output copy is edited, atomically, and only where the system lacks
/// the version.
/// </remarks>
public static class LibStdCxxVersionPatch
{
    public const string MissingVersion = "GLIBCXX_3.4.32";
    public const string Symbol = "_ZSt21ios_base_library_initv";
    public const string Replacement = "_ZNSt6locale7classicEv";

    private const ushort VerFlgWeak = 0x2;
    private const uint ShtDynamic = 6;

    /// <summary>The decision alone, so it can be tested without touching a file.</summary>
    /// <param name="systemVersions">Versions the system libstdc++ defines.</param>
    /// <param name="state">How the library stands towards <see cref="MissingVersion"/>.</param>
    internal static PatchDecision Decide(IReadOnlySet<string> systemVersions, LibraryVersionState state) => state switch
    {
        LibraryVersionState.DoesNotNeed => PatchDecision.NotNeeded,
        _ when systemVersions.Contains(MissingVersion) => PatchDecision.NotNeeded,
        LibraryVersionState.Patched => PatchDecision.AlreadyPatched,
        _ => PatchDecision.Patch,
    };

    /// <summary>Inspects <paramref name="libraryPath"/> and patches it when the system libstdc++ lacks the version.</summary>
    /// <returns>What was decided; the file changed only for <see cref="PatchDecision.Patch"/>.</returns>
    public static PatchDecision EnsureLoadable(string libraryPath, IReadOnlySet<string> systemVersions)
    {
        var image = ElfImage.Read(libraryPath);
        var decision = Decide(systemVersions, Inspect(image));
        if (decision != PatchDecision.Patch)
        {
            return decision;
        }

        Apply(image);
        WriteAtomically(libraryPath, image.Bytes);
        return decision;
    }

    internal static LibraryVersionState Inspect(ElfImage image)
    {
        var need = FindNeed(image);
        if (need is null)
        {
            return LibraryVersionState.DoesNotNeed;
        }

        var weak = (image.U16(need.Value.AuxOffset + 4) & VerFlgWeak) != 0;
        return weak && BoundSymbols(image, need.Value.Index).Count == 0 ? LibraryVersionState.Patched : LibraryVersionState.Needs;
    }

    /// <summary>Edits the image's bytes in place; a second call changes nothing.</summary>
    internal static void Apply(ElfImage image)
    {
        var need = FindNeed(image) ?? throw new NativeLibraryException($"{image.FilePath}: does not need {MissingVersion}; nothing to patch.");
        var flagsAt = need.AuxOffset + 4;
        image.SetU16(flagsAt, (ushort)(image.U16(flagsAt) | VerFlgWeak));

        var dynsym = image.Require(ElfImage.ShtDynsym, ".dynsym");
        var dynstr = image.Sections[dynsym.Link];
        var versym = image.Require(ElfImage.ShtGnuVersym, ".gnu.version");
        foreach (var symbol in BoundSymbols(image, need.Index))
        {
            var nameOffset = (int)image.U32(dynsym.Offset + (symbol * dynsym.EntrySize));
            var name = image.ReadString(dynstr, nameOffset);
            if (name != Symbol)
            {
                throw new NativeLibraryException(
                    $"{image.FilePath}: symbol '{name}' is bound to {MissingVersion}; only '{Symbol}' was expected, so the verified fix does not apply to this build of the library.");
            }

            EnsureNotShared(image, dynstr, nameOffset, name.Length);
            var replacement = Encoding.ASCII.GetBytes(Replacement);
            var at = dynstr.Offset + nameOffset;
            Array.Clear(image.Bytes, at, name.Length);
            replacement.CopyTo(image.Bytes, at);
            image.SetU16(versym.Offset + (symbol * 2), 1);
        }
    }

    private static (int AuxOffset, ushort Index)? FindNeed(ElfImage image)
    {
        var verneed = image.FindByType(ElfImage.ShtGnuVerneed);
        if (verneed is null)
        {
            return null;
        }

        var strtab = image.Sections[verneed.Link];
        var at = verneed.Offset;
        while (true)
        {
            // Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
            int count = image.U16(at + 2);
            var aux = at + (int)image.U32(at + 8);
            for (var i = 0; i < count; i++)
            {
                // Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
                if (image.ReadString(strtab, (int)image.U32(aux + 8)) == MissingVersion)
                {
                    return (aux, image.U16(aux + 6));
                }

                aux += (int)image.U32(aux + 12);
            }

            var next = (int)image.U32(at + 12);
            if (next == 0)
            {
                return null;
            }

            at += next;
        }
    }

    private static List<int> BoundSymbols(ElfImage image, ushort versionIndex)
    {
        var versym = image.Require(ElfImage.ShtGnuVersym, ".gnu.version");
        var result = new List<int>();
        for (var i = 0; i < versym.Size / 2; i++)
        {
            if ((image.U16(versym.Offset + (i * 2)) & 0x7fff) == versionIndex)
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>Linkers merge string tails; overwriting a name that another entry points into would rename that one too.</summary>
    private static void EnsureNotShared(ElfImage image, ElfSection dynstr, int start, int length)
    {
        var references = new List<int>();
        var dynsym = image.Require(ElfImage.ShtDynsym, ".dynsym");
        for (var at = dynsym.Offset; at < dynsym.Offset + dynsym.Size; at += dynsym.EntrySize)
        {
            references.Add((int)image.U32(at));
        }

        var dynamic = image.FindByType(ShtDynamic);
        if (dynamic is not null)
        {
            for (var at = dynamic.Offset; at < dynamic.Offset + dynamic.Size; at += 16)
            {
                var tag = BitConverter.ToInt64(image.Bytes, at);
                if (tag is 1 or 14 or 15 or 29)
                {
                    references.Add((int)BitConverter.ToInt64(image.Bytes, at + 8));
                }
            }
        }

        if (references.Any(r => r > start && r <= start + length))
        {
            throw new NativeLibraryException(
                $"{image.FilePath}: another entry shares the string of '{Symbol}' in .dynstr; renaming it in place would break that entry.");
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
        var tmp = path + ".leakspec-tmp-" + Environment.ProcessId;
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                fs.Write(bytes);
                fs.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tmp, mode);
            }

            File.Move(tmp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NativeLibraryException(
                $"Could not write the patched copy of {path} (via {tmp}): {e.Message}. The build output folder must be writable; rebuild or run as the user who built it.", e);
        }
        finally
        {
            File.Delete(tmp);
        }
    }
}
