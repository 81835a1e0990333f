namespace Synthesis.Chemistry.Symmetry;

/// <summary>
/// How far atoms may sit from their symmetric positions and still count as symmetric, as spglib takes it.
/// </summary>
/// <param name="Distance">
/// symprec in Å, default 0.1: loose enough for DFT-relaxed structures (pymatgen and aviary use 0.1 when labelling
/// them), tight enough to keep the symmetry of matbench_phonons' structures as python3-spglib finds it.
/// </param>
/// <param name="AngleDegrees">angle_tolerance in degrees, default 5 (pymatgen's SpacegroupAnalyzer default).</param>
public sealed record SymmetryTolerance(double Distance = 0.1, double AngleDegrees = 5.0)
{
    public static SymmetryTolerance Default { get; } = new();
}
