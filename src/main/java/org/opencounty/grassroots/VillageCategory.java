package org.opencounty.grassroots;

/**
 * What a village discloses (村民委员会组织法 art. 30, STANDARDS §13.1), with how often the law asks for it: ordinary items
 * at least once a quarter, finance every month where the village is marked 财务往来较多, "其他" when there is something.
 */
public enum VillageCategory {
    VILLAGER_DECISIONS("村民会议决定及实施", true),
    FINANCE("财务收支", true),
    SUBSIDIES("惠农补贴与救灾救助款物", true),
    COLLECTIVE_ASSETS("集体资产资源", true),
    PROJECTS("工程项目", true),
    ASSISTING_GOVERNMENT("协助政府工作", true),
    OTHER("其他", false);

    private final String label;
    private final boolean periodic;

    VillageCategory(String label, boolean periodic) {
        this.label = label;
        this.periodic = periodic;
    }

    public String label() {
        return label;
    }

    /** Whether the law asks for it every period (else only when there is something to say). */
    public boolean periodic() {
        return periodic;
    }

    /** Finance and subsidy lists carry tables of money, which the 村务监督委员会 checks before the leader approves. */
    public boolean needsMonitorCheck() {
        return this == FINANCE || this == SUBSIDIES;
    }
}
