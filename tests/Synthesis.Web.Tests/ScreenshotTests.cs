using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>
/// The README's screenshots, made by the same headless browser: run with SYNTHESIS_SCREENSHOTS=docs/screenshots
/// (a folder, relative to the repository root) and, for pictures of the whole dataset, SYNTHESIS_WEB_URL pointing
/// at a running server whose database holds a flagging run (`synthesis curate run`). Skipped otherwise.
/// </summary>
[Collection(WebSiteCollection.Name)]
public sealed class ScreenshotTests(WebSite site)
{
    public const string FolderVariable = "SYNTHESIS_SCREENSHOTS";

    public static string Folder => Path.Combine(Synthesis.Server.Tests.Fixtures.PythonClient.RepositoryRoot, Environment.GetEnvironmentVariable(FolderVariable)!);

    private Browser Browser => site.Browser;

    [ScreenshotFact]
    public void Pictures_of_the_pages()
    {
        var folder = Folder;

        site.Open("plan");
        Browser.Type("plan-precursor-1", "BaCO3");
        Browser.Type("plan-precursor-2", "TiO2");
        Browser.Driver.FindElement(By.CssSelector("#plan-form button[type=submit]")).Click();
        Browser.WaitFor(d => d.FindElements(By.CssSelector("#plan-heating dl.facts")).FirstOrDefault(), "the plan");
        Browser.SaveWholePage(Path.Combine(folder, "plan.png"));

        site.Open("lookup");
        Browser.Type("lookup-text", "LiCoO2");
        Browser.Type("lookup-include", "Li, Co");
        Browser.Type("lookup-exclude", "Ni");
        Browser.Type("lookup-page-size", "10");
        Browser.Driver.FindElement(By.CssSelector("#lookup-form button[type=submit]")).Click();
        Browser.Text("lookup-summary");
        Browser.SaveWholePage(Path.Combine(folder, "lookup.png"));

        Browser.Driver.FindElement(By.CssSelector("#lookup-table tbody tr a[href^='#reaction/']")).Click();
        Browser.Text("reaction-equation");
        Browser.SaveWholePage(Path.Combine(folder, "reaction.png"));
    }

    /// <summary>The queue as it opens (unreviewed flags, highest score first) and its top flag; nothing is reviewed.</summary>
    [ScreenshotFact]
    public void Pictures_of_the_review_pages()
    {
        site.Open("review");
        Browser.WaitFor(d => d.FindElements(By.CssSelector("#review-table tbody tr")).Count > 0, "the queue (the server's database needs a flagging run)");
        Browser.SaveWholePage(Path.Combine(Folder, "review.png"));

        Browser.Driver.FindElement(By.CssSelector("#review-table tbody tr a")).Click();
        Browser.Text("flag-status");
        Browser.SaveWholePage(Path.Combine(Folder, "flag.png"));
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
