using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>
/// Item id → group, for ids alone (external split files, name-derived datasets, the auditor): TID2013
/// <c>i01_01_2.bmp</c> → <c>I01</c> (any case), KADID-10k <c>I01_01_01.png</c> → <c>I01</c>, KoNViD-1k frame ids
/// <c>&lt;video&gt;#&lt;frame&gt;</c> or <c>&lt;video&gt;/&lt;frame&gt;</c> → the video, KonIQ-10k and LIVE → the id itself.
/// </summary>
public static class GroupFunctions
{
    public static Func<string, string> For(DatasetKind kind) => kind switch
    {
        DatasetKind.Tid2013 => id => Reference(id, levelDigits: 1, ".bmp", "TID2013", "iRR_DD_L.bmp (e.g. i01_01_2.bmp)"),
        DatasetKind.Kadid10k => id => Reference(id, levelDigits: 2, ".png", "KADID-10k", "IRR_DD_LL.png (e.g. I01_01_01.png)"),
        DatasetKind.Konvid1k => Video,
        DatasetKind.Koniq10k or DatasetKind.LiveC => id => id,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No group function for this dataset kind."),
    };

    /// <summary>
    /// The key under which two ids name the same item. TID2013 writes one name in different cases across its files,
    /// so its ids compare case-insensitively; every other dataset compares ids exactly.
    /// </summary>
    public static Func<string, string> ItemKey(DatasetKind kind) =>
        kind == DatasetKind.Tid2013 ? id => id.ToUpperInvariant() : id => id;

    private static string Video(string id)
    {
        var video = FrameIds.VideoOf(id);
        return video.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase) ? video[..^4] : video;
    }

    /// <summary>
    /// "I" + RR from <c>[iI]RR_DD_L…ext</c> or a reference name <c>[iI]RR.ext</c> (any case, any folder prefix). Parsed by
    /// hand rather than by regex: the auditor calls this for every id of every stage.
    /// </summary>
    private static string Reference(string id, int levelDigits, string extension, string dataset, string expected)
    {
        var name = id.AsSpan(id.LastIndexOfAny(['/', '\\']) + 1);
        var ok = name.Length >= 3 + extension.Length && (name[0] is 'i' or 'I') && char.IsAsciiDigit(name[1]) && char.IsAsciiDigit(name[2]) &&
            name.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
        if (ok)
        {
            var rest = name[3..^extension.Length];
            ok = rest.Length == 0 || (rest.Length == 4 + levelDigits && rest[0] == '_' && rest[3] == '_' &&
                char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && AllDigits(rest[4..]));
        }

        if (!ok)
        {
            throw new ArgumentException($"Item id '{id}' does not follow {dataset}'s naming {expected}; cannot tell its reference image.", nameof(id));
        }

        return string.Concat("I", name.Slice(1, 2));
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
