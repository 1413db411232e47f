package org.jointboard.ui.partnership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.jointboard.ui.support.FullStack;
import org.junit.jupiter.api.Test;


/**
 * What a person does in a browser: signs in through the real Keycloak, opens Organisations, edits one
 * (as a board admin) or only reads (as an agency lead), and signs out.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class OrganisationsJourneyIT extends BrowserJourney {

    @Test
    void boardAdminEditsAnOrganisationAndSeesFieldErrorsFromTheBackend() {
        signIn("admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Alex Admin"))).isVisible();
        // home is the business unit's to-do list: the demo's submitted returns wait for review, each item a link to the page
        var toDo = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("What needs you now"));
        assertThat(toDo.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(Pattern.compile("^\\d+ submitted returns? waiting for your review$"))).first()).isVisible();
        assertThat(toDo).containsText("for Wolverhampton Safeguarding Partnership (Section 11 audit");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisations"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit West Midlands Fire Service")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("West Midlands Fire and Rescue Service");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Saved West Midlands Fire and Rescue Service")).isVisible();
        assertThat(page.getByText("West Midlands Fire and Rescue Service").first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add organisation")).click();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("cafcass");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("CAFCASS again");
        chooseInComboBox("Kind of organisation", "CAFCASS", "Add organisation");
        chooseInMultiSelect("Serves partnerships", "Wolverhampton Safeguarding Partnership", "Add organisation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByLabel("Add organisation").getByText("An organisation with this code already exists")).isVisible();
        screenshot("organisations-admin-error");

        // the test runs the ui in development mode: Vaadin's own dev tools (not in production builds) are left out
        List<Rule> serious = new AxeBuilder(page).exclude(List.of("copilot-main")).exclude(List.of("vaadin-dev-tools"))
                .analyze().getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact())).toList();
        assertThat(serious).as(serious.stream().map(r -> r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(node -> node.getTarget() + " " + node.getHtml()).toList()).toList().toString()).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        // signed out of Keycloak too: back at JointBoard, Keycloak asks for the password again instead of signing straight back in
        assertThat(page.locator("#username")).isVisible();
        page.navigate(UI + "/organisations");
        assertThat(page.locator("#username")).isVisible();
    }

    /** Every journey runs under this policy, so it is one Vaadin works with; here its headers and cookie are checked. */
    @Test
    void theAppIsServedWithSecurityHeadersAndALaxSessionCookie() {
        signIn("viewer");
        com.microsoft.playwright.Response response = page.navigate(UI + "/organisations");
        java.util.Map<String, String> headers = response.allHeaders();
        org.assertj.core.api.Assertions.assertThat(headers.get("content-security-policy")).as(response.status() + " " + response.url() + " " + headers)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self' http://localhost:");
        org.assertj.core.api.Assertions.assertThat(headers).containsEntry("referrer-policy", "strict-origin-when-cross-origin")
                .containsEntry("x-content-type-options", "nosniff");
        org.assertj.core.api.Assertions.assertThat(context.cookies(UI)).filteredOn(cookie -> cookie.name.equals("JSESSIONID"))
                .singleElement().satisfies(cookie -> {
                    org.assertj.core.api.Assertions.assertThat(cookie.sameSite).isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
                    org.assertj.core.api.Assertions.assertThat(cookie.httpOnly).isTrue();
                });
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisations"))).isVisible();
    }

    @Test
    void agencyLeadSeesOrganisationsButNoWayToEditThem() {
        signIn("police.lead");
        assertThat(page.getByText("You work for Walsall Safeguarding Partnership, Wolverhampton Safeguarding Partnership as agency safeguarding lead.")).isVisible();
        page.navigate(UI + "/organisations");
        assertThat(page.getByText("West Midlands Police").first()).isVisible();
        assertThat(page.getByText("Walsall Council").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit ")))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add organisation"))).hasCount(0);
        screenshot("organisations-police-lead");
    }

    @Test
    void aFilterNarrowsTheList() {
        signIn("health.lead");
        page.navigate(UI + "/organisations");
        assertThat(page.getByText("Royal Wolverhampton NHS Trust").first()).isVisible();
        page.getByLabel("Name contains").fill("college");
        assertThat(page.getByText("City of Wolverhampton College").first()).isVisible();
        assertThat(visible("Royal Wolverhampton NHS Trust")).hasCount(0);
        assertThat(visible("Walsall Council")).hasCount(0); // not one of health.lead's partnerships
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void whenTheBackendIsDownThePageSaysSoInPlainEnglish() {
        signIn("viewer");
        FullStack.withBackendDown(() -> {
            page.navigate(UI + "/organisations");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The service is unavailable"))).isVisible();
            assertThat(page.getByText("Try again in a minute; anything you were saving at this moment was not saved.",
                    new Page.GetByTextOptions().setExact(false))).isVisible();
            // no stack text: a Java exception's name or "Exception:" (the menu's "Exception report" is a page, not an error)
            assertThat(page.getByText(java.util.regex.Pattern.compile("[A-Za-z]Exception|Exception:"))).hasCount(0);
            screenshot("backend-down");
        });
    }
}
