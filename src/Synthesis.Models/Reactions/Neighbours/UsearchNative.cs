using System.Reflection;
using System.Runtime.InteropServices;
using Cloud.Unum.USearch;

namespace Synthesis.Models.Reactions.Neighbours;

/// <summary>
/// Two calls of USearch's C library (libusearch_c, shipped in the Cloud.Unum.USearch package) that its .NET binding
/// 2.26.6 does not expose: changing a built index's search expansion ef, and the index's own memory use. The binding
/// keeps the native handle in its private field "_index"; a package update that renames it fails
/// <c>NeighbourIndexTests</c> loudly instead of silently searching with another ef.
/// </summary>
internal static class UsearchNative
{
    private const string Library = "libusearch_c";

    private static readonly FieldInfo HandleField = typeof(USearchIndex).GetField("_index", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new MissingFieldException(nameof(USearchIndex), "_index");

    [DllImport(Library, EntryPoint = "usearch_change_expansion_search")]
    private static extern void ChangeExpansionSearch(IntPtr index, UIntPtr expansion, out IntPtr error);

    [DllImport(Library, EntryPoint = "usearch_expansion_search")]
    private static extern UIntPtr ExpansionSearch(IntPtr index, out IntPtr error);

    [DllImport(Library, EntryPoint = "usearch_memory_usage")]
    private static extern UIntPtr MemoryUsage(IntPtr index, out IntPtr error);

    public static void SetExpansionSearch(USearchIndex index, int expansion)
    {
        ChangeExpansionSearch(Handle(index), (UIntPtr)expansion, out var error);
        Check(error);
    }

    public static int GetExpansionSearch(USearchIndex index)
    {
        var expansion = ExpansionSearch(Handle(index), out var error);
        Check(error);
        return (int)expansion;
    }

    public static long MemoryBytes(USearchIndex index)
    {
        var bytes = MemoryUsage(Handle(index), out var error);
        Check(error);
        return (long)bytes;
    }

    private static IntPtr Handle(USearchIndex index) => (IntPtr)HandleField.GetValue(index)!;

    private static void Check(IntPtr error)
    {
        if (error != IntPtr.Zero) throw new USearchException($"USearch: {Marshal.PtrToStringAnsi(error)}");
    }
}
