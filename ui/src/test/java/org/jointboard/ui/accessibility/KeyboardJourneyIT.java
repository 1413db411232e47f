package org.jointboard.ui.accessibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Journeys done with the keyboard alone (Tab, Shift+Tab, Enter, Space and arrows; no mouse, no clicks): each step moves
 * the focus to the next control a person would use, checks that the focus is visible there, and acts with a key. The
 * outcome is announced (a live region) and stored.
 */
class KeyboardJourneyIT extends BrowserJourney {

    private static final int MOST_TABS = 80;

    @Test
    void anAgencyLeadAnswersASectionAndChecksTheirReturnWithTheKeyboardOnly() {
        signIn("health.lead");
        tabTo("Section 11 audit \\d{4}/\\d{2}").press("Enter"); // from the to-do list on home
        assertThat(page.getByRole(AriaRole.LIST, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sections of the return"))).isVisible();
        tabTo("Safe workforce").press("Enter");
        tabTo("S11-5\\.2 .*").type("77");
        page.keyboard().press("Tab"); // leaving the field saves it
        assertThat(page.getByText(Pattern.compile("^All changes saved at"))).isVisible();
        shiftTabTo("Check and submit").press("Enter");
        var check = page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Check your answers before submitting"));
        assertThat(check).isVisible();
        assertThat(page.getByText("77", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).last()).isVisible();
        page.keyboard().press("Escape");
        assertThat(check).hasCount(0);
    }

    @Test
    void anExecutiveMemberReviewsARiskWithTheKeyboardOnly() {
        signIn("exec");
        tabTo("Executive risk view").press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Residual risk heat map"))).isVisible();
        // a heat-map cell opens its risks (which cell holds which risk depends on the reviews other journeys made)
        tabTo("\\d+ (low|medium|high) \\d+: \\d+ risks? at likelihood .*").press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName(Pattern.compile("^Risks at likelihood")))).isVisible();
        tabTo(".*Revenue deficit.*").press("Enter"); // the exec's own risk, listed on the view whatever its cell
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Record a review"))).isVisible();
        tabTo("Commentary").type("Reviewed at the executive with the keyboard");
        tabTo("Save review").press("Enter");
        assertThat(page.getByText("Review saved")).isVisible();
        assertThat(page.getByText("Reviewed at the executive with the keyboard").first()).isVisible();
    }

    @Test
    void theBusinessUnitRecordsAttendanceWithTheKeyboardOnly() {
        signIn("admin");
        page.navigate(UI + "/committees/wolv-executive"); // typing the address is the keyboard's way there too
        tabTo("\\d{1,2} \\w+ \\d{4} – .*").press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Attendance"))).isVisible();
        tabTo("Mark everyone present").press("Space");
        tabTo("Save attendance").press("Enter");
        assertThat(page.getByText("Attendance saved")).isVisible();
    }

    /**
     * Presses Tab until the focused control's name matches {@code name} (a regular expression), checking on the way that
     * every control reached shows where the focus is; returns the page's keyboard, to act on that control.
     */
    private com.microsoft.playwright.Keyboard tabTo(String name) {
        return moveTo(name, "Tab");
    }

    /** As {@link #tabTo}, backwards. */
    private com.microsoft.playwright.Keyboard shiftTabTo(String name) {
        return moveTo(name, "Shift+Tab");
    }

    private com.microsoft.playwright.Keyboard moveTo(String name, String key) {
        waitForServer(); // the page (or the view an Enter opened) is drawn before the keys go on
        var wanted = Pattern.compile(name);
        var passed = new java.util.ArrayList<String>();
        for (int i = 0; i < MOST_TABS; i++) {
            page.keyboard().press(key);
            String focused = (String) page.evaluate(FOCUSED_NAME);
            passed.add((focused == null ? "(nothing)" : focused.strip()) + " @" + page.evaluate(FOCUSED_TAG));
            if (focused != null && wanted.matcher(focused.strip()).matches()) {
                org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(FOCUS_VISIBLE)).as("focus visible on " + focused).isTrue();
                return page.keyboard();
            }
        }
        throw new AssertionError(key + " never reached a control named " + name + " on " + page.url() + "; it reached " + passed);
    }

    /** The focused control's accessible name, as a person hears it: its label, aria-label or text. */
    private static final String FOCUSED_NAME = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e) return null;
              const root = e.getRootNode();
              const light = root instanceof ShadowRoot ? root.host : e; // a control inside a component: the component
              const host = light.closest('vaadin-button, vaadin-side-nav-item, vaadin-text-field, vaadin-text-area, vaadin-combo-box,'
                + ' vaadin-date-picker, vaadin-radio-group, vaadin-checkbox, a') || light;
              const labelled = e.getAttribute('aria-labelledby');
              if (labelled) {
                const text = labelled.split(' ').map(id => document.getElementById(id)).filter(x => x).map(x => x.textContent).join(' ');
                if (text.trim()) return text;
              }
              return e.getAttribute('aria-label') || host.getAttribute('aria-label') || host.label || host.textContent;
            }""";

    private static final String FOCUSED_TAG = """
            () => {
              let e = document.activeElement;
              const chain = [];
              while (e) { chain.push(e.tagName + (e.id ? '#' + e.id : '')); e = e.shadowRoot && e.shadowRoot.activeElement; }
              return chain.join('>');
            }""";

    /** Whether the focus shows: Vaadin marks a keyboard-focused control with focus-ring; links and others match :focus-visible. */
    private static final String FOCUS_VISIBLE = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              const root = e.getRootNode();
              const light = root instanceof ShadowRoot ? root.host : e;
              return !!light.closest('[focus-ring]') || !!e.closest('[focus-ring]') || e.matches(':focus-visible')
                || getComputedStyle(e).outlineStyle !== 'none';
            }""";
}
