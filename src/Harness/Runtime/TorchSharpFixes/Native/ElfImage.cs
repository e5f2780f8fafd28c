using System.Buffers.Binary;
using System.Text;

namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>
/// Just enough of an ELF64 little-endian reader to inspect and edit symbol versioning in place:
/// section headers, the dynamic string table, dynamic symbols, .gnu.version, .gnu.version_r and .gnu.version_d.
/// </summary>
internal sealed class ElfImage
{
    internal const uint ShtDynsym = 11;
    internal const uint ShtGnuVerdef = 0x6ffffffd;
    internal const uint ShtGnuVerneed = 0x6ffffffe;
    internal const uint ShtGnuVersym = 0x6fffffff;

    private ElfImage(string path, byte[] bytes, IReadOnlyList<ElfSection> sections)
    {
        FilePath = path;
        Bytes = bytes;
        Sections = sections;
    }

    public string FilePath { get; }

    /// <summary>The whole file; edits are made here and written back by the caller.</summary>
    public byte[] Bytes { get; }

    public IReadOnlyList<ElfSection> Sections { get; }

    public static ElfImage Read(string path) => Parse(path, File.ReadAllBytes(path));

    public static ElfImage Parse(string path, byte[] bytes)
    {
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
        {
            throw new NativeLibraryException($"{path}: not an ELF file (no \\x7fELF magic).");
        }

        if (bytes[4] != 2 || bytes[5] != 1)
        {
            throw new NativeLibraryException($"{path}: expected a 64-bit little-endian ELF (class 2, data 1), found class {bytes[4]}, data {bytes[5]}.");
        }

        var span = bytes.AsSpan();
        var shoff = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]));
        int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        if (shoff <= 0 || shentsize < 64 || (long)shoff + ((long)shnum * shentsize) > bytes.Length)
        {
            throw new NativeLibraryException($"{path}: section header table (offset {shoff}, {shnum} × {shentsize} bytes) lies outside the file of {bytes.Length} bytes; the file is truncated or stripped of section headers.");
        }

        var sections = new List<ElfSection>(shnum);
        for (var i = 0; i < shnum; i++)
        {
            var h = span.Slice(shoff + (i * shentsize), 64);
            sections.Add(new ElfSection(
                i,
                BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
                checked((int)BinaryPrimitives.ReadUInt64LittleEndian(h[24..])),
                checked((int)BinaryPrimitives.ReadUInt64LittleEndian(h[32..])),
                (int)BinaryPrimitives.ReadUInt32LittleEndian(h[40..]),
                checked((int)BinaryPrimitives.ReadUInt64LittleEndian(h[56..]))));
        }

        return new ElfImage(path, bytes, sections);
    }

    public ElfSection? FindByType(uint type) => Sections.FirstOrDefault(s => s.Type == type);

    public ElfSection Require(uint type, string name) =>
        FindByType(type) ?? throw new NativeLibraryException($"{FilePath}: has no {name} section.");

    /// <summary>The NUL-terminated string at <paramref name="offset"/> of a string-table section.</summary>
    public string ReadString(ElfSection strtab, int offset)
    {
        var start = strtab.Offset + offset;
        var end = Array.IndexOf(Bytes, (byte)0, start, strtab.Size - offset);
        if (end < 0)
        {
            throw new NativeLibraryException($"{FilePath}: unterminated string at offset {offset} of its string table.");
        }

        return Encoding.ASCII.GetString(Bytes, start, end - start);
    }

    public ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes.AsSpan(offset));

    public uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes.AsSpan(offset));

    public void SetU16(int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Bytes.AsSpan(offset), value);

    /// <summary>Names of the versions this library defines (.gnu.version_d), e.g. GLIBCXX_3.4.30.</summary>
    public IReadOnlySet<string> DefinedVersions()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var verdef = FindByType(ShtGnuVerdef);
        if (verdef is null)
        {
            return result;
        }

        var strtab = Sections[verdef.Link];
        var at = verdef.Offset;
        while (true)
        {
            // Elf64_Verdef: vd_version u16, vd_flags u16, vd_ndx u16, vd_cnt u16, vd_hash u32, vd_aux u32, vd_next u32.
            var aux = at + (int)U32(at + 12);
            result.Add(ReadString(strtab, (int)U32(aux)));
            var next = (int)U32(at + 16);
            if (next == 0)
            {
                break;
            }

            at += next;
        }

        return result;
    }
}
