package org.jointboard.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partnership's risk settings: its categories with their appetite (the highest residual score the board
 * accepts in that category) and how often risks are reviewed by residual score.
 */
@Document("riskSettings")
public class RiskSettings {

    public static final List<String> DEFAULT_CATEGORIES = List.of("Partnership engagement", "Finance", "Workforce", "Practice",
            "Information and data", "Governance", "Reputation");

    @Id
    private String partnershipCode;
    @Version
    private Long version;
    /** Categories as a list, never as document keys: a category is the user's text ("St. Helens liaison", "$where"). */
    private List<Appetite> categories = new ArrayList<>();
    /** How stores written before kept the categories (a map keyed by name); read when there is no list, never written. */
    private Map<String, Integer> appetiteByCategory;
    /** Residual score at or above which reviews are monthly. */
    private int monthlyFrom = 15;
    /** Residual score at or above which reviews are quarterly (below: six-monthly). */
    private int quarterlyFrom = 8;

    /** One category and the highest residual score the board accepts in it. */
    public record Appetite(String category, int appetite) {
    }

    protected RiskSettings() {
    }

    static RiskSettings defaults(String partnershipCode) {
        var settings = new RiskSettings();
        settings.partnershipCode = partnershipCode;
        DEFAULT_CATEGORIES.forEach(category -> settings.categories.add(new Appetite(category,
                category.equals("Finance") ? 9 : category.equals("Practice") ? 8 : 12)));
        return settings;
    }

    /** Months until the next review for a residual score: ≥ 15 monthly, 8–14 quarterly, otherwise six-monthly by default. */
    public int reviewEveryMonths(int residualScore) {
        return residualScore >= monthlyFrom ? 1 : residualScore >= quarterlyFrom ? 3 : 6;
    }

    void change(Map<String, Integer> appetiteByCategory, int monthlyFrom, int quarterlyFrom) {
        this.categories = new ArrayList<>();
        appetiteByCategory.forEach((category, appetite) -> categories.add(new Appetite(category, appetite)));
        this.appetiteByCategory = null;
        this.monthlyFrom = monthlyFrom;
        this.quarterlyFrom = quarterlyFrom;
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public boolean hasCategory(String category) {
        return getAppetiteByCategory().containsKey(category);
    }

    public Integer appetite(String category) {
        return getAppetiteByCategory().get(category);
    }

    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Long getVersion() {
        return version;
    }

    /** Category → appetite, in the board's order. */
    public Map<String, Integer> getAppetiteByCategory() {
        if (categories.isEmpty() && appetiteByCategory != null) {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(appetiteByCategory));
        }
        var byCategory = new LinkedHashMap<String, Integer>();
        categories.forEach(c -> byCategory.put(c.category(), c.appetite()));
        return java.util.Collections.unmodifiableMap(byCategory);
    }

    public int getMonthlyFrom() {
        return monthlyFrom;
    }

    public int getQuarterlyFrom() {
        return quarterlyFrom;
    }
}
