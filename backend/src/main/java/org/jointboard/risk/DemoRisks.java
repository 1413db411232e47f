package org.jointboard.risk;

import static org.jointboard.partnership.DemoPeople.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 18 risks of DOMAIN.md §6 on each demo partnership's register, with a year of reviews at the cadence their
 * residual score sets. Scores start one step of likelihood above today's residual (never above inherent) and settle on it; one risk in
 * six stopped being reviewed four months ago, so overdue reviews show.
 */
public final class DemoRisks {

    private record Row(String title, String cause, String category, String owner, int il, int ii, int rl, int ri) { }

    private static final List<Row> ROWS = List.of(
            new Row("Revenue deficit; the board relies on reserves", "Spend above income for two years", "Finance", "exec", 5, 4, 4, 4),
            new Row("A partner withdraws the £40k discretionary training grant", "Partner budget pressures", "Finance", "exec", 5, 3, 5, 3),
            new Row("A partner contribution is delayed (police funding awaiting the PCC)", "Funding routed through the PCC", "Finance", "chair", 3, 3, 2, 3),
            new Row("Committee chairs vacant", "Senior leaders unable to commit time", "Governance", "chair", 4, 4, 2, 4),
            new Row("Low or unstable attendance at board and committees", "Competing priorities in partner agencies", "Partnership engagement", "gov", 4, 3, 3, 3),
            new Row("Partner restructuring (NPS/CRC split; Prospects leaves)", "National reorganisation of probation", "Partnership engagement", "exec", 3, 3, 2, 3),
            new Row("Data quality: ethnicity and disability unrecorded; no police CSE data", "Inconsistent recording across agencies", "Information and data", "qa", 4, 4, 3, 4),
            new Row("Audits miss failures in frontline practice", "Audit samples too small and self-reported", "Practice", "qa", 4, 5, 3, 5),
            new Row("Rising demand: child protection plans +28.5%, looked-after children +35%", "Demand outpacing capacity", "Practice", "chair", 4, 4, 4, 3),
            new Row("Workforce: 67% agency staff; high caseloads for newly qualified social workers", "Recruitment and retention", "Workforce", "exec", 4, 4, 3, 4),
            new Row("CSE and missing children (905 missing-from-care episodes)", "Exploitation risks not identified early", "Practice", "semt", 4, 5, 3, 5),
            new Row("Neglect tools not embedded", "Toolkit launched without follow-up", "Practice", "qa", 3, 4, 2, 4),
            new Row("Early help and thresholds weak; inappropriate referrals", "Thresholds document not understood", "Practice", "ei", 4, 4, 3, 4),
            new Row("Low training take-up (police 17%, health 3%)", "Release of staff for training", "Workforce", "ld", 3, 3, 3, 3),
            new Row("Voluntary sector, faith groups and GPs poorly engaged", "No routes into the board for small organisations", "Partnership engagement", "qa", 4, 3, 4, 3),
            new Row("Serious case review cost and independence (£42,580; 26.5 manager-days)", "Reviews commissioned without a budget line", "Finance", "scr", 3, 4, 3, 3),
            new Row("Working Together 2018 casts doubt on the board's future", "New safeguarding partner arrangements", "Governance", "chair", 5, 3, 3, 3),
            new Row("Messages not reaching frontline staff", "Newsletters read by managers only", "Reputation", "ce", 3, 3, 2, 3));

    private static final Map<String, Map<String, String>> OWNERS = Map.of(
            "wolverhampton", Map.of("exec", STRATEGIC_DIRECTOR, "chair", INDEPENDENT_CHAIR, "gov", STRATEGIC_DIRECTOR, "qa", NAMED_NURSE,
                    "semt", DCI_PPU, "ei", HEAD_OF_SAFEGUARDING, "ld", DESIGNATED_NURSE, "scr", DESIGNATED_DOCTOR, "ce", YOW_COORDINATOR),
            "warwickshire", Map.of("exec", WARW_HEAD_OF_SAFEGUARDING, "chair", WARW_CHAIR, "gov", WARW_CHAIR, "qa", WARW_CCG_LEAD,
                    "semt", WARW_CCG_LEAD, "ei", WARW_HEAD_OF_SAFEGUARDING, "ld", WARW_HEAD_OF_SAFEGUARDING, "scr", WARW_HEAD_OF_SAFEGUARDING,
                    "ce", WARW_CHAIR),
            "wiltshire", Map.of("exec", WILT_QA_LEAD, "chair", WILT_CHAIR, "gov", WILT_CHAIR, "qa", WILT_QA_LEAD, "semt", WILT_WORKFORCE_LEAD,
                    "ei", WILT_QA_LEAD, "ld", WILT_WORKFORCE_LEAD, "scr", WILT_CHAIR, "ce", WILT_WORKFORCE_LEAD));

    private DemoRisks() {
    }

    /** The id of the demo partnership's risk number {@code n} (1 to 18, the rows of DOMAIN.md §6 in order). */
    public static String id(String partnershipCode, int n) {
        return "demo-risk-" + partnershipCode + "-" + n;
    }

    public static List<Risk> build(String partnershipCode, LocalDate today) {
        RiskSettings settings = RiskSettings.defaults(partnershipCode);
        LocalDate raised = today.minusMonths(13);
        var risks = new ArrayList<Risk>();
        for (int i = 0; i < ROWS.size(); i++) {
            Row row = ROWS.get(i);
            var risk = new Risk(partnershipCode, "R-%d-%03d".formatted(raised.getYear(), i + 1), raised);
            risk.identify(id(partnershipCode, i + 1));
            RiskScore start = new RiskScore(Math.min(row.il(), row.rl() + 1), row.ri());
            String owner = OWNERS.getOrDefault(partnershipCode, Map.of()).get(row.owner());
            risk.describe(new RiskDescription(row.title(), row.cause(), row.title(), "Children and adults less safe; the board cannot assure partners' work",
                    row.category(), Risk.RiskScope.CHILDREN, owner, null, new RiskScore(row.il(), row.ii()), start, null,
                    new RiskScore(Math.max(1, row.rl() - 1), row.ri()), today.plusMonths(9),
                    List.of(new RiskControl("Quarterly report to the executive group", owner, RiskControl.Effectiveness.PARTIALLY_EFFECTIVE)),
                    List.of()), settings);
            LocalDate date = raised.plusWeeks(2);
            boolean stopsEarly = i % 6 == 5;
            int reviewsDone = 0;
            while (!date.isAfter(today) && !(stopsEarly && date.isAfter(today.minusMonths(4)))) {
                RiskScore score = reviewsDone < 2 ? start : new RiskScore(row.rl(), row.ri());
                risk.review(date, owner, null, score, reviewsDone == 0 ? "First review of the year." : "Controls reviewed; see the update to the executive.",
                        reviewsDone < 2 ? "Keep under review" : "Agreed residual score", settings);
                reviewsDone++;
                date = date.plusMonths(settings.reviewEveryMonths(score.score()));
            }
            risks.add(risk);
        }
        return risks;
    }
}
