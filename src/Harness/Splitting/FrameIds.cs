namespace LeakSpec.Splitting;

/// <summary>Ids of single video frames: <c>&lt;videoId&gt;#&lt;frameIndex:D4&gt;</c> (also read: <c>&lt;videoId&gt;/&lt;frame&gt;</c>).</summary>
public static class FrameIds
{
    public static string Of(string videoId, int frameIndex) => videoId + "#" + frameIndex.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The video part of a frame id, or the id itself when it names a whole video.</summary>
    public static string VideoOf(string id)
    {
        var cut = id.LastIndexOfAny(['#', '/']);
        return cut > 0 ? id[..cut] : id;
    }

    public static bool IsFrame(string id) => id.LastIndexOfAny(['#', '/']) > 0;

    /// <summary>Splits a frame id into its video and 0-based frame index; false for a whole-video id or a non-numeric frame.</summary>
    public static bool TryParse(string id, out string videoId, out int frameIndex)
    {
        var cut = id.LastIndexOfAny(['#', '/']);
        videoId = cut > 0 ? id[..cut] : id;
        frameIndex = -1;
        return cut > 0 && int.TryParse(id.AsSpan(cut + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out frameIndex);
    }
}
