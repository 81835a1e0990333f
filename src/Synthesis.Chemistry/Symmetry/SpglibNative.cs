using System.Runtime.InteropServices;

namespace Synthesis.Chemistry.Symmetry;

/// <summary>
/// The C functions of spglib (Togo, Shinohara &amp; Tanaka, Sci. Technol. Adv. Mater. Meth. 4, 2384822, 2024) that
/// the bridge calls, from Debian's libsymspg1 (soname libsymspg.so.1, spglib 2.0.2 on Debian 12).
/// </summary>
internal static class SpglibNative
{
    public const string Library = "libsymspg.so.1";

    /// <summary>
    /// The symmetry dataset of a cell, or null (IntPtr.Zero) when the search fails. lattice[3][3] holds the cell
    /// vectors as columns (lattice[i][j] = component i of vector j), position[n][3] fractional coordinates, types[n]
    /// one integer per species; symprec in Å, angle_tolerance in degrees (-1: spglib's own). Free with
    /// <see cref="FreeDataset"/>.
    /// </summary>
    [DllImport(Library, EntryPoint = "spgat_get_dataset")]
    public static extern IntPtr GetDataset(double[] lattice, double[] position, int[] types, int numAtom, double symprec, double angleTolerance);

    [DllImport(Library, EntryPoint = "spg_free_dataset")]
    public static extern void FreeDataset(IntPtr dataset);

    [DllImport(Library, EntryPoint = "spg_get_error_code")]
    public static extern int GetErrorCode();

    [DllImport(Library, EntryPoint = "spg_get_error_message")]
    public static extern IntPtr GetErrorMessage(int error);

    [DllImport(Library, EntryPoint = "spg_get_major_version")]
    public static extern int GetMajorVersion();

    [DllImport(Library, EntryPoint = "spg_get_minor_version")]
    public static extern int GetMinorVersion();
}

/// <summary>
/// spglib 2.0's SpglibDataset (spglib.h), field for field, for <see cref="Marshal.PtrToStructure{T}(IntPtr)"/>:
/// 472 bytes on x86-64; the array fields are pointers into memory spglib owns until spg_free_dataset.
/// </summary>
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Ansi)]
internal struct SpglibDatasetNative
{
    public int SpacegroupNumber;
    public int HallNumber;
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 11)] public string InternationalSymbol;
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 17)] public string HallSymbol;
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 6)] public string Choice;
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 9)] public double[] TransformationMatrix;
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 3)] public double[] OriginShift;
    public int OperationCount;
    public IntPtr Rotations;
    public IntPtr Translations;
    public int AtomCount;
    public IntPtr Wyckoffs;
    public IntPtr SiteSymmetrySymbols;
    public IntPtr EquivalentAtoms;
    public IntPtr CrystallographicOrbits;
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 9)] public double[] PrimitiveLattice;
    public IntPtr MappingToPrimitive;
    public int StandardAtomCount;
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 9)] public double[] StandardLattice;
    public IntPtr StandardTypes;
    public IntPtr StandardPositions;
    [MarshalAs(UnmanagedType.ByValArray, SizeConst = 9)] public double[] StandardRotationMatrix;
    public IntPtr StandardMappingToPrimitive;
    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 6)] public string PointGroupSymbol;
}
