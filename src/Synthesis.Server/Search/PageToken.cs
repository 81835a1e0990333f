using System.Buffers.Text;
using System.Text;

namespace Synthesis.Server.Search;

/// <summary>Opaque page tokens: the next offset bound to the query's fingerprint (the index is immutable, so offsets are stable).</summary>
public static class PageToken
{
    public static string Encode(int offset, string fingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{offset}:{fingerprint}"));

    /// <summary>The offset a token stands for, or null when it is malformed or belongs to another query.</summary>
    public static int? Decode(string token, string fingerprint)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split(':');
            return parts.Length == 2 && parts[1] == fingerprint && int.TryParse(parts[0], out var offset) && offset >= 0 ? offset : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
