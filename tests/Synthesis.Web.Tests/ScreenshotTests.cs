using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>
/// The README's screenshots, made by the same headless browser: run with SYNTHESIS_SCREENSHOTS=docs/screenshots
/// (a folder, relative to the repository root) and, for pictures of the whole dataset, SYNTHESIS_WEB_URL pointing
/// at a running server. Skipped otherwise.
/// </summary>
[Collection(WebSiteCollection.Name)]
public sealed class ScreenshotTests(WebSite site)
{
    public const string FolderVariable = "SYNTHESIS_SCREENSHOTS";

    private Browser Browser => site.Browser;

    [ScreenshotFact]
    public void Pictures_of_the_pages()
    {
        var folder = Path.Combine(Synthesis.Server.Tests.Fixtures.PythonClient.RepositoryRoot, Environment.GetEnvironmentVariable(FolderVariable)!);

        site.Open("plan");
        Browser.Type("plan-precursor-1", "BaCO3");
        Browser.Type("plan-precursor-2", "TiO2");
        Browser.Driver.FindElement(By.CssSelector("#plan-form button[type=submit]")).Click();
        Browser.WaitFor(d => d.FindElements(By.CssSelector("#plan-heating dl.facts")).FirstOrDefault(), "the plan");
        SaveWholePage(Path.Combine(folder, "plan.png"));

        site.Open("lookup");
        Browser.Type("lookup-text", "LiCoO2");
        Browser.Type("lookup-include", "Li, Co");
        Browser.Type("lookup-exclude", "Ni");
        Browser.Type("lookup-page-size", "10");
        Browser.Driver.FindElement(By.CssSelector("#lookup-form button[type=submit]")).Click();
        Browser.Text("lookup-summary");
        SaveWholePage(Path.Combine(folder, "lookup.png"));

        Browser.Driver.FindElement(By.CssSelector("#lookup-table tbody tr a[href^='#reaction/']")).Click();
        Browser.Text("reaction-equation");
        SaveWholePage(Path.Combine(folder, "reaction.png"));

        site.Open("review");
        Browser.WaitFor(d => d.FindElement(By.Id("review-error")).Text.Length > 0 || d.FindElements(By.Id("review-table")).Count > 0, "the queue");
        SaveWholePage(Path.Combine(folder, "review.png"));
    }

    /// <summary>The viewport stretched to the page's height (DevTools' device metrics), so that one picture shows all of it.</summary>
    private void SaveWholePage(string path)
    {
        var height = Convert.ToInt64(Browser.Driver.ExecuteScript("return document.documentElement.scrollHeight"));
        Browser.Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object>
        {
            ["width"] = 1280, ["height"] = Math.Clamp(height, 600, 2400), ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });
        Browser.SavePicture(path);
        Browser.Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", []);
    }
}

/// <summary>A fact that runs only when SYNTHESIS_SCREENSHOTS names a folder (and a browser is installed).</summary>
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (Browser.Unavailable is { } reason) Skip = reason;
        else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ScreenshotTests.FolderVariable)))
            Skip = $"makes the README's screenshots only when {ScreenshotTests.FolderVariable} names a folder";
    }
}
