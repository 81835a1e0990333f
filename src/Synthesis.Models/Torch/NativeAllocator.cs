using System.Runtime.InteropServices;

namespace Synthesis.Models.Torch;

/// <summary>
/// glibc's allocator settings for a process that runs libtorch. By default glibc gives each thread that allocates
/// concurrently its own arena (up to 8 per core) and keeps freed memory in each: libtorch's per-batch buffers, freed
/// on one thread and wanted on another, then pile up as resident memory that no arena returns. Two arenas bound it
/// (the issue measured one peak fall from 9.9 to 3.3 GB with MALLOC_ARENA_MAX=2); large blocks mapped on their own go
/// back to the system when freed. Set by the program, before the model
/// loads, so that users need no environment variable; a no-op where the C library is not glibc.
/// </summary>
public static partial class NativeAllocator
{
    /// <summary>mallopt's M_ARENA_MAX and M_MMAP_THRESHOLD.</summary>
    private const int ArenaMax = -8;
    private const int MmapThreshold = -3;

    public const int Arenas = 2;

    /// <summary>
    /// Blocks from this size up are mapped on their own and unmapped when freed, so a batch's large activations go back
    /// to the system. Setting it also stops glibc raising the threshold (up to 32 MB) after each such free, which would
    /// otherwise keep every later activation on the heap.
    /// </summary>
    public const int OwnMappingFrom = 1 << 20;

    /// <summary>Limits glibc to <see cref="Arenas"/> arenas and maps blocks of <see cref="OwnMappingFrom"/> bytes or more on their own; true when the C library took both.</summary>
    public static bool LimitArenas()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Mallopt(ArenaMax, Arenas) == 1 & Mallopt(MmapThreshold, OwnMappingFrom) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl and others have no mallopt
        }
    }

    /// <summary>Sets glibc's M_MMAP_THRESHOLD alone (benchmarks compare thresholds in one process); true when the C library took it.</summary>
    public static bool MapOwnFrom(int bytes)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Mallopt(MmapThreshold, bytes) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
