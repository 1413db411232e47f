package org.jointboard.risk;

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
    private Map<String, Integer> appetiteByCategory = new LinkedHashMap<>();
    /** Residual score at or above which reviews are monthly. */
    private int monthlyFrom = 15;
    /** Residual score at or above which reviews are quarterly (below: six-monthly). */
    private int quarterlyFrom = 8;

    protected RiskSettings() {
    }

    static RiskSettings defaults(String partnershipCode) {
        var settings = new RiskSettings();
        settings.partnershipCode = partnershipCode;
        DEFAULT_CATEGORIES.forEach(category -> settings.appetiteByCategory.put(category, 12));
        settings.appetiteByCategory.put("Finance", 9);
        settings.appetiteByCategory.put("Practice", 8);
        return settings;
    }

    /** Months until the next review for a residual score: ≥ 15 monthly, 8–14 quarterly, otherwise six-monthly by default. */
    public int reviewEveryMonths(int residualScore) {
        return residualScore >= monthlyFrom ? 1 : residualScore >= quarterlyFrom ? 3 : 6;
    }

    void change(Map<String, Integer> appetiteByCategory, int monthlyFrom, int quarterlyFrom) {
        this.appetiteByCategory = new LinkedHashMap<>(appetiteByCategory);
        this.monthlyFrom = monthlyFrom;
        this.quarterlyFrom = quarterlyFrom;
    }

    void expectVersion(long version) {
        this.version = version;
    }

    public boolean hasCategory(String category) {
        return appetiteByCategory.containsKey(category);
    }

    public Integer appetite(String category) {
        return appetiteByCategory.get(category);
    }

    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Long getVersion() {
        return version;
    }

    public Map<String, Integer> getAppetiteByCategory() {
        return appetiteByCategory;
    }

    public int getMonthlyFrom() {
        return monthlyFrom;
    }

    public int getQuarterlyFrom() {
        return quarterlyFrom;
    }
}
