using Synthesis.Models.Properties;

namespace Synthesis.Server.Startup;

/// <summary>What a property model reads: a composition (Roost) or a crystal structure (Wren).</summary>
public enum PropertyInput
{
    Composition,
    Structure,
}

/// <summary>A property model the server has: its name (its folder's), what it reads, and its manifest.</summary>
public sealed record PropertyModelEntry(string Name, PropertyInput Input, string Folder, PropertyManifest Manifest);
