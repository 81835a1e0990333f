using Synthesis.Chemistry;

namespace Synthesis.Cli.Commands;

/// <summary>A crystal structure's file (CIF or pymatgen JSON) as text, for the commands that read one.</summary>
public static class StructureFile
{
    /// <summary>The file's text; a file too large to be a structure is refused before it is read.</summary>
    public static string Read(FileInfo file)
    {
        if (!file.Exists) throw new FileNotFoundException($"no such file: {file.FullName}");
        if (file.Length > 4L * InputLimits.MaxStructureTextLength)
            throw new FormatException($"{file.Name}: {file.Length:N0} bytes, more than a structure of {InputLimits.MaxStructureTextLength:N0} characters can be");
        return File.ReadAllText(file.FullName);
    }
}
