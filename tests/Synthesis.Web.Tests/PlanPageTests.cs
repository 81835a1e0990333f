using System.Net.Http.Json;
using System.Text.Json;
using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>The Plan page in a real browser against the real server: a prediction with its literature, and a bad formula's reason.</summary>
[Collection(WebSiteCollection.Name)]
public sealed class PlanPageTests(WebSite site)
{
    private Browser Browser => site.Browser;

    private void Plan(params string[] precursors)
    {
        site.Open("plan");
        Browser.WaitFor(d => d.FindElement(By.Id("page-plan")).Displayed, "the Plan page");
        for (var i = 0; i < precursors.Length; i++)
        {
            if (i >= 2) Browser.Driver.FindElement(By.Id("plan-add-precursor")).Click();
            Browser.Type($"plan-precursor-{i + 1}", precursors[i]);
        }
        Browser.Driver.FindElement(By.CssSelector("#plan-form button[type=submit]")).Click();
    }

    [BrowserFact]
    public void Planning_BaCO3_and_TiO2_shows_the_top_product_and_literature_with_doi_links()
    {
        Plan("BaCO3", "TiO2");

        var product = Browser.Text("plan-top-formula").Text;
        Assert.Matches("^(?=.*Ba)(?=.*Ti)(?=.*O)[A-Za-z0-9.]+$", product);
        // With ranked candidates the headline is the first candidate; without them, the model's own formula.
        var candidates = Browser.Driver.FindElements(By.CssSelector("#plan-candidates-table tbody tr"));
        if (candidates.Count > 0) Assert.Equal(product, candidates[0].FindElement(By.CssSelector(".formula-cell")).Text);
        var doi = Browser.WaitFor(d => d.FindElements(By.CssSelector("#plan-result a.doi")).FirstOrDefault(), "a DOI link");
        Assert.StartsWith("https://doi.org/10.", doi.GetAttribute("href"));
        Assert.NotEmpty(Browser.Driver.FindElements(By.CssSelector("#plan-neighbours-table tbody tr")));
        Assert.NotNull(Browser.Driver.FindElement(By.CssSelector("#plan-result svg.chart")));
        var heating = Browser.WaitFor(d => d.FindElements(By.CssSelector("#plan-heating dl.facts")).FirstOrDefault(), "the heating the literature reports");
        Assert.Contains("Heating temperature", heating.Text);
        Assert.Empty(Browser.Driver.FindElement(By.Id("plan-error")).Text);
        // The precursor inputs suggest the data's precursor formulas, BaCO3 among them.
        Browser.WaitFor(d => d.FindElements(By.CssSelector("#precursor-formulas option[value='BaCO3']")).Count == 1, "the precursor suggestions");
        Assert.Equal("precursor-formulas", Browser.Driver.FindElement(By.Id("plan-precursor-1")).GetAttribute("list"));
        Assert.Empty(Browser.ScriptErrors());
    }

    [BrowserFact]
    public async Task A_bad_formula_shows_the_one_line_reason_the_api_gives()
    {
        using var http = site.Http();
        using var answer = await http.PostAsJsonAsync("v1/reactions:predict",
            new { query = new { precursors = new[] { new { formula = "NaCl)(" }, new { formula = "TiO2" } } } });
        var reason = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();

        Plan("NaCl)(", "TiO2");

        Assert.Equal(reason, Browser.Text("plan-error").Text);
        Assert.Contains("NaCl)(", reason);
        Assert.Empty(Browser.Driver.FindElement(By.Id("plan-result")).Text);
    }
}
