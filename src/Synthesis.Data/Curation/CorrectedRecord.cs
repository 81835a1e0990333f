using System.Globalization;
using System.Text.Json.Nodes;
using Synthesis.Chemistry.Formulas;

namespace Synthesis.Data.Curation;

/// <summary>
/// A source record with a curator's corrected target written in: "target" (formula, string, one phase with the
/// element amounts), "targets_string", the target's term on the product side of "reaction_string" and
/// "reaction.right_side", and a "curation" object naming the original reaction id and target. Variables stay: the
/// precursors' amounts may use them.
/// </summary>
public static class CorrectedRecord
{
    public static JsonObject Apply(JsonObject record, string originalReactionId, ReviewRecord review)
    {
        var formula = review.CorrectedTarget ?? throw new ArgumentException("a corrected review carries the corrected target");
        var original = WriteTarget(record, FormulaParser.Parse(formula), formula);
        if (record["reaction_string"]?.GetValue<string>() is { } reactionString) record["reaction_string"] = Rewrite(reactionString, original, formula);
        if (record["reaction"]?["right_side"] is JsonArray right)
            foreach (var species in right.OfType<JsonObject>().Where(s => s["material"]?.GetValue<string>() == original))
                species["material"] = formula;
        record["curation"] = new JsonObject
        {
            ["original_reaction_id"] = originalReactionId,
            ["original_target"] = original,
            ["status"] = "corrected",
            ["reviewer"] = review.Reviewer,
            ["revision"] = review.Revision,
            ["reviewed_at"] = review.ReviewedUtc.ToString("O", CultureInfo.InvariantCulture),
        };
        return record;
    }

    /// <summary>Writes the target as one phase of <paramref name="composition"/>, named <paramref name="formula"/>; returns the target as it was named.</summary>
    public static string WriteTarget(JsonObject record, Composition composition, string formula)
    {
        var target = record["target"] as JsonObject ?? [];
        var original = (target["material_string"] ?? target["material_formula"])?.GetValue<string>() ?? "";
        target["material_string"] = formula;
        target["material_formula"] = formula;
        target["composition"] = new JsonArray(new JsonObject
        {
            ["formula"] = formula,
            ["elements"] = new JsonObject(composition.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)Amount(e.Value)))),
            ["amount"] = "1",
        });
        record["target"] = target;
        record["targets_string"] = new JsonArray(formula);
        return original;
    }

    /// <summary>The product side with the original target's term replaced; the whole side when the term is not found.</summary>
    private static string Rewrite(string reactionString, string original, string formula)
    {
        var sides = reactionString.Split("==", 2);
        if (sides.Length < 2) return reactionString;
        var products = sides[1];
        var rewritten = original.Length > 0 && products.Contains(original, StringComparison.Ordinal)
            ? products.Replace(original, formula, StringComparison.Ordinal) : " 1 " + formula;
        return sides[0] + "==" + rewritten;
    }

    private static string Amount(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
