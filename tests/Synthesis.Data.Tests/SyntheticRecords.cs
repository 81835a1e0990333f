using System.Text.Json;
using System.Text.Json.Nodes;
using Synthesis.Data.Cleaning;
using Synthesis.Data.Import;

namespace Synthesis.Data.Tests;

/// <summary>Builds small text-mined records in the source schema, and dataset files holding them.</summary>
public static class SyntheticRecords
{
    public static JsonObject Material(string formula, JsonObject? elements = null, JsonObject? variables = null,
        JsonObject? elementVariables = null, JsonArray? phases = null, JsonArray? additives = null) => new()
    {
        ["material_string"] = formula,
        ["material_formula"] = formula,
        ["composition"] = phases ?? new JsonArray(Phase(formula, elements ?? new JsonObject())),
        ["amounts_vars"] = variables ?? new JsonObject(),
        ["elements_vars"] = elementVariables ?? new JsonObject(),
        ["additives"] = additives ?? new JsonArray(),
        ["oxygen_deficiency"] = null,
        ["mp_id"] = null,
    };

    /// <summary>A record resolved and cleaned as the import does (duplicates and the dataset-wide steps aside).</summary>
    public static Reactions.Reaction Resolve(JsonObject record) =>
        ReactionResolver.Resolve(new SourceRecordResult(7, record.Deserialize<SourceReaction>(), null));

    public static JsonObject Phase(string formula, JsonObject elements, string amount = "1") =>
        new() { ["formula"] = formula, ["elements"] = elements, ["amount"] = amount };

    public static JsonObject Elements(params (string Element, string Amount)[] amounts) =>
        new(amounts.Select(a => KeyValuePair.Create(a.Element, (JsonNode?)JsonValue.Create(a.Amount))));

    public static JsonObject Range(params double[] values) => new()
    {
        ["values"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        ["min_value"] = values.Min(),
        ["max_value"] = values.Max(),
    };

    public static JsonObject Operation(string type, double? temperature = null, string temperatureUnits = "C", double? time = null, string timeUnits = "h")
    {
        JsonArray Condition(double? value, string units) => value is null ? [] : [new JsonObject
        {
            ["max_value"] = value, ["min_value"] = null, ["values"] = new JsonArray(value), ["units"] = units,
        }];
        return new JsonObject
        {
            ["token"] = type.ToLowerInvariant(),
            ["type"] = type,
            ["conditions"] = new JsonObject
            {
                ["heating_temperature"] = Condition(temperature, temperatureUnits),
                ["heating_time"] = Condition(time, timeUnits),
                ["heating_atmosphere"] = new JsonArray("air"),
                ["mixing_media"] = new JsonArray(),
                ["mixing_device"] = new JsonArray(),
            },
        };
    }

    /// <summary>A record; <paramref name="leftSide"/> pairs a precursor formula with its amount in the balanced equation.</summary>
    public static JsonObject Reaction(string doi, JsonObject target, JsonObject[] precursors, (string Material, string Amount)[] leftSide,
        JsonArray? operations = null, JsonObject? substitution = null, string? reactionString = null) => new()
    {
        ["doi"] = doi,
        ["targets_string"] = new JsonArray(target["material_formula"]!.GetValue<string>()),
        ["reaction_string"] = reactionString ?? string.Join(" + ", leftSide.Select(s => $"{s.Amount} {s.Material}")) + " == 1 " + target["material_formula"],
        ["reaction"] = new JsonObject
        {
            ["element_substitution"] = substitution ?? new JsonObject(),
            ["left_side"] = new JsonArray(leftSide.Select(s => (JsonNode?)new JsonObject { ["material"] = s.Material, ["amount"] = s.Amount }).ToArray()),
            ["right_side"] = new JsonArray(),
        },
        ["target"] = target,
        ["precursors"] = new JsonArray(precursors.Select(p => (JsonNode?)p).ToArray()),
        ["operations"] = operations ?? new JsonArray(Operation("MixingOperation"), Operation("HeatingOperation", 900, time: 12)),
        ["paragraph_string"] = "synthetic",
    };

    /// <summary>BaTiO3 from BaCO3 + TiO2, the simplest kept reaction; <paramref name="doi"/> and <paramref name="tag"/> make it distinct.</summary>
    public static JsonObject BariumTitanate(string doi = "10.1000/bto", string tag = "") => Reaction(doi,
        Material("BaTiO3", Elements(("Ba", "1"), ("Ti", "1"), ("O", "3"))),
        [Material("BaCO3", Elements(("Ba", "1"), ("C", "1"), ("O", "3"))), Material("TiO2", Elements(("Ti", "1"), ("O", "2")))],
        [("BaCO3", "1"), ("TiO2", "1")], reactionString: $"1 BaCO3 + 1 TiO2 == 1 BaTiO3 + 1 CO2{tag}");

    /// <summary>A distinct kept reaction per index: A_{i} Sr titanate family with its own DOI and target.</summary>
    public static JsonObject Numbered(int i, string? doi = null)
    {
        var strontium = (1 + i / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Reaction(doi ?? $"10.1000/paper{i}",
            Material($"Sr{strontium}TiO3", Elements(("Sr", strontium), ("Ti", "1"), ("O", "3"))),
            [Material("SrCO3", Elements(("Sr", "1"), ("C", "1"), ("O", "3"))), Material("TiO2", Elements(("Ti", "1"), ("O", "2")))],
            [("SrCO3", strontium), ("TiO2", "1")], reactionString: $"{strontium} SrCO3 + 1 TiO2 == Sr{strontium}TiO3 #{i}");
    }

    public static string Dataset(params JsonObject[] reactions) =>
        new JsonObject { ["release_date"] = "2019-12-03", ["reactions"] = new JsonArray(reactions.Select(r => (JsonNode?)r).ToArray()) }.ToJsonString();

    public static string WriteDataset(string folder, string name, params JsonObject[] reactions)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, Dataset(reactions));
        return path;
    }
}
