using OpenQA.Selenium;
using Synthesis.Web.Tests.Fixtures;

namespace Synthesis.Web.Tests;

/// <summary>What a keyboard or screen-reader user needs: labelled controls, and a plan made without the mouse.</summary>
[Collection(WebSiteCollection.Name)]
public sealed class AccessibilityTests(WebSite site)
{
    private Browser Browser => site.Browser;

    [BrowserFact]
    public void Every_control_has_a_label()
    {
        site.Open("plan");
        Browser.WaitFor(d => d.FindElement(By.Id("plan-precursor-1")).Displayed, "the Plan page");

        var unlabelled = (IEnumerable<object>)Browser.Driver.ExecuteScript("""
            return [...document.querySelectorAll("input, select, textarea, button")]
              .filter(c => !(c.labels && c.labels.length) && !c.getAttribute("aria-label") && !c.textContent.trim())
              .map(c => c.id || c.outerHTML);
            """)!;

        Assert.Empty(unlabelled);
    }

    [BrowserFact]
    public void A_plan_is_made_with_the_keyboard_alone()
    {
        site.Open("plan");
        var first = Browser.WaitFor(d => d.FindElement(By.Id("plan-precursor-1")), "the first precursor");
        first.Clear();
        first.SendKeys("Na2O2");
        // Tab past the first precursor's Remove button to the second precursor; Enter submits the form.
        new OpenQA.Selenium.Interactions.Actions(Browser.Driver)
            .SendKeys(Keys.Tab).SendKeys(Keys.Tab).KeyDown(Keys.Control).SendKeys("a").KeyUp(Keys.Control).SendKeys("NiO").SendKeys(Keys.Enter)
            .Perform();

        Assert.Equal("NiO", Browser.Driver.FindElement(By.Id("plan-precursor-2")).GetAttribute("value"));
        Assert.Contains("Ni", Browser.Text("plan-top-formula").Text);
    }
}
